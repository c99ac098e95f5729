// 繁體中文（台灣）: chosen on the first run or from 視圖 → 語言, the whole UI reads as Taiwan
// usage, scale labels included; switching back to 简体中文 works from the same menu.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, callApi, anchorIn } from './fixtures';

test('a first-run choice of 繁體中文 gives a Taiwan UI, down to the verdicts, and 视图 → 语言 switches back', async ({ page }) => {
  const welcome = page.getByRole('dialog', { name: '欢迎使用批注' });
  await welcome.getByText('繁體中文（台灣）').click();
  const welcomeTw = page.getByRole('dialog', { name: '歡迎使用批註' });
  await expect(welcomeTw).toBeVisible();
  await welcomeTw.getByRole('textbox').focus();
  await page.keyboard.type('Lin');
  await page.keyboard.press('Enter');
  await expect(welcomeTw).toBeHidden();

  await callApi(page, 'projectNew', { path: join(mkdtempSync(join(tmpdir(), 'pizhu-tw-')), '核查.pizhu'), title: '核查' });
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', { source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') } });
  await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B'), verdict: 'mostly-true' });
  await page.reload();

  for (const name of ['檔案', '編輯', '檢視', '說明']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  const reader = page.getByRole('main', { name: '閱讀' });
  await expect(reader.getByRole('button', { name: '標記為論斷' })).toBeVisible();
  await page.getByRole('listbox', { name: /論斷/ }).getByRole('option', { name: /389B/ }).click();
  await expect(page.getByRole('complementary', { name: '檢查器' })).toContainText('基本屬實');

  await page.getByRole('button', { name: '檢視' }).click();
  await page.getByRole('menuitem', { name: '語言' }).click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(page.getByRole('button', { name: '文件', exact: true })).toBeVisible();
  await expect(page.getByRole('complementary', { name: '检查器' })).toContainText('基本属实');
});
