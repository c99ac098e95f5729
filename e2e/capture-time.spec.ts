// A screenshot's capture time, corrected by typing: the date-time field takes the year, month,
// day, hour and minute from the keyboard (the first guess is the file's date), saves when focus
// leaves it, refuses a time in the future, and Ctrl+Z takes the correction back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi } from './fixtures';
import { tabTo } from './person';

const IMG = (name: string) => join(process.cwd(), 'fixtures/images', name);
test.use({ timezoneId: 'Asia/Shanghai' });

async function comparisonOfTwo(page: Page) {
  await enterName(page);
  await callApi(page, 'projectNew', { path: join(mkdtempSync(join(tmpdir(), 'pizhu-e2e-time-')), 'time.pizhu'), title: '拍摄时间' });
  await callApi(page, 'importCommit', { source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') } });
  await page.reload();
  await page.getByRole('button', { name: '新建截图对比…' }).click();
  const dialog = page.getByRole('dialog', { name: '新建截图对比' });
  await dialog.getByTestId('comparison-file-input').setInputFiles([IMG('yuanbao-answer.png'), IMG('kimi-answer.jpg')]);
  await dialog.getByRole('textbox', { name: '标题' }).fill('两家回答');
  await dialog.getByRole('textbox', { name: '第 1 张的标签' }).fill('元宝');
  await dialog.getByRole('textbox', { name: '第 2 张的标签' }).fill('Kimi');
  await dialog.getByRole('button', { name: '创建对比' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '打开截图对比“两家回答”' }).click();
  return page.getByRole('dialog', { name: '两家回答' });
}

const storedTimes = async (page: Page) =>
  (await callApi<{ items: { label: string; capturedAt: string | null }[] }[]>(page, 'listComparisons', {}))[0]!.items.map((i) => i.capturedAt);

test('a capture time typed with the keyboard is saved on leaving the field, a future one is refused, and Ctrl+Z undoes it', async ({ page }) => {
  const viewer = await comparisonOfTwo(page);
  const yuanbao = viewer.getByRole('group', { name: '「元宝」的拍摄时间' });
  await expect(yuanbao).toBeVisible();
  // First guess: the files' own dates.
  const [, kimiFileTime] = await storedTimes(page);
  expect(Date.parse(kimiFileTime!)).toBeLessThanOrEqual(Date.now());

  // 年 月 日 时 分, one segment after another as the digits fill each.
  await tabTo(page, yuanbao.getByRole('spinbutton').first());
  await page.keyboard.type('202411051030');
  await expect(yuanbao).toContainText('2024');
  await page.keyboard.press('Tab');
  await expect.poll(() => storedTimes(page)).toEqual(['2024-11-05T10:30:00+08:00', kimiFileTime]);

  // The minute, stepped down with the arrow key and saved with Enter.
  await tabTo(page, yuanbao.getByRole('spinbutton', { name: /分/ }), { back: true });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedTimes(page)).toEqual(['2024-11-05T10:29:00+08:00', kimiFileTime]);

  // A time in the future is not a capture time.
  const kimi = viewer.getByRole('group', { name: '「Kimi」的拍摄时间' });
  await tabTo(page, kimi.getByRole('spinbutton').first());
  await page.keyboard.type('299901010000');
  await page.keyboard.press('Tab');
  await expect(viewer.getByText('拍摄时间不能晚于现在。')).toBeVisible();
  expect(await storedTimes(page)).toEqual(['2024-11-05T10:29:00+08:00', kimiFileTime]);

  // Undo takes back the last correction, and the field shows the time before it.
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedTimes(page)).toEqual(['2024-11-05T10:30:00+08:00', kimiFileTime]);
  await expect(yuanbao.getByRole('spinbutton', { name: /分/ })).toHaveText('30');
});
