// The whole job with the keyboard only: after the first-run name, not one mouse click. A new
// project, an article imported, a claim marked by caret browsing, tagged, rated, judged, given
// evidence and a screenshot comparison, exported; the shortcuts the 快捷键 dialog lists work.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, callApi } from './fixtures';
import { claimsOf, retype, stored, tabTo, typeAsPerson } from './person';

const SEED = join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt');
const IMG = (name: string) => join(process.cwd(), 'fixtures/images', name);
const QUOTE = '总参数量 389B';

/** Presses Enter on the focused button that opens a file chooser and picks `files`. */
async function chooseFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(files);
}

/** Presses `key` until `done` holds (a select or radio group stepping through its options). */
async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 10): Promise<void> {
  for (let i = 0; i < max && !(await done()); i++) await page.keyboard.press(key);
  expect(await done()).toBe(true);
}

test('import, mark, tag, rate, judge, add evidence, compare and export without the mouse', async ({ page, host }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-keys-'));
  await typeAsPerson(page, '张编辑');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '欢迎使用批注' })).toBeHidden();

  // New project.
  await page.keyboard.press('Control+n');
  await typeAsPerson(page, '腾讯核查');
  await page.keyboard.press('Tab');
  await retype(page, join(dir, 'keys.pizhu'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: '导航' }).getByRole('heading', { name: '腾讯核查' })).toBeVisible();

  // Import.
  await page.keyboard.press('Control+i');
  const importDialog = page.getByRole('dialog', { name: '导入文章' });
  await tabTo(page, importDialog.getByRole('button', { name: '选择文件…' }));
  await chooseFiles(page, [SEED]);
  await tabTo(page, importDialog.getByRole('button', { name: '导入', exact: true }));
  await page.keyboard.press('Enter');
  await expect(importDialog).toBeHidden();
  const { articles } = await callApi<{ articles: { id: string }[] }>(page, 'projectState');
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'getArticle', { id: articles[0]!.id });

  // Mark by caret browsing: Tab into the text, arrows to the quote, Shift+arrows over it.
  const reader = page.getByRole('main', { name: '阅读' });
  await tabTo(page, reader.locator('.article-text'));
  const before = [...article.content.text.slice(0, article.content.text.indexOf(QUOTE))].length;
  for (let i = 0; i < before; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < [...QUOTE].length; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate('getSelection().toString()')).toBe(QUOTE);
  await page.keyboard.press('Control+Enter');
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(inspector.locator('.inspector-quote')).toHaveText(QUOTE);

  // Tag with its hotkey, in the reader.
  await page.keyboard.press('1');
  await expect(inspector.getByRole('button', { name: /数据/ })).toHaveAttribute('aria-pressed', 'true');

  // Rate: into the strength group, a digit sets it.
  await tabTo(page, inspector.getByRole('radiogroup'));
  await page.keyboard.press('3');
  await expect(inspector.getByRole('radio', { name: '3 较强' })).toBeChecked();

  // Judge.
  const verdict = inspector.getByLabel('核查结论');
  await tabTo(page, verdict);
  await pressUntil(page, 'ArrowDown', async () => (await verdict.inputValue()) === 'false');

  // Evidence.
  await tabTo(page, inspector.getByRole('button', { name: '添加证据' }));
  await page.keyboard.press('Enter');
  await typeAsPerson(page, '混元大模型技术报告');
  await page.keyboard.press('Tab');
  await typeAsPerson(page, 'https://arxiv.org/abs/2411.02265');
  await tabTo(page, inspector.getByRole('button', { name: '保存' }));
  await page.keyboard.press('Enter');

  // Compare two answers for the claim.
  await tabTo(page, page.getByRole('button', { name: '新建截图对比…' }), { back: true, max: 80 });
  await page.keyboard.press('Enter');
  const compare = page.getByRole('dialog', { name: '新建截图对比' });
  await tabTo(page, compare.getByRole('button', { name: '选择图片…' }));
  await chooseFiles(page, [IMG('yuanbao-answer.png'), IMG('kimi-answer.jpg')]);
  await tabTo(page, compare.getByRole('textbox', { name: '第 1 张的标签' }), { back: true });
  await retype(page, '元宝');
  await tabTo(page, compare.getByRole('textbox', { name: '第 2 张的标签' }));
  await retype(page, 'Kimi');
  await expect(compare.getByRole('checkbox', { name: /总参数量 389B/ })).toBeChecked();
  await tabTo(page, compare.getByRole('button', { name: '创建对比' }));
  await page.keyboard.press('Enter');
  await expect(compare).toBeHidden();

  // Export the claims as CSV.
  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: '导出' });
  await tabTo(page, exportDialog.getByRole('radio', { name: /批注 PDF/ }));
  await pressUntil(page, 'ArrowDown', () => exportDialog.getByRole('radio', { name: /^CSV/ }).isChecked());
  await tabTo(page, exportDialog.getByRole('button', { name: '导出', exact: true }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const csv = join(dir, 'claims.csv');
  await (await download).saveAs(csv);

  // What was stored.
  const tags = await callApi<{ id: string; name: string }[]>(page, 'listTags');
  const [claim] = await claimsOf(page, article.id);
  expect(claim).toMatchObject({ tagIds: [tags.find((t) => t.name === '数据')!.id], strength: 3, verdict: 'false' });
  await stored(async () => (await callApi<{ title: string; url: string }[]>(page, 'listEvidence', { claimId: claim!.id })).map((e) => [e.title, e.url]), [
    ['混元大模型技术报告', 'https://arxiv.org/abs/2411.02265'],
  ]);
  const comparisons = await callApi<{ claimIds: string[]; items: { label: string }[] }[]>(page, 'listComparisons', {});
  expect(comparisons.map((c) => [c.claimIds, c.items.map((i) => i.label)])).toEqual([[[claim!.id], ['元宝', 'Kimi']]]);
  expect(readFileSync(csv, 'utf8')).toContain(QUOTE);

  // The shortcuts the 快捷键 dialog lists, beyond those used above.
  await page.keyboard.press('Control+/');
  const shortcuts = page.getByRole('dialog', { name: '快捷键' });
  for (const keys of ['Shift+Ctrl+F', 'Ctrl+E', 'Ctrl+W', '0 … 4', 'F2']) await expect(shortcuts.getByText(keys, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Control+F');
  const search = page.getByRole('dialog', { name: '在项目中搜索' });
  await expect(search).toBeVisible();
  await typeAsPerson(page, '389B');
  // The claim and the place in the article's text.
  await expect(search.getByText('2 条结果')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  const zoom = async () => (await callApi<{ zoom: number }>(page, 'getPreferences')).zoom;
  await page.keyboard.press('Control+=');
  await stored(zoom, 1.1);
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await stored(zoom, 0.9);
  await page.keyboard.press('Control+0');
  await stored(zoom, 1);
  for (const [keys, title] of [['Control+o', '打开项目'], ['Shift+Control+S', '另存为…']] as const) {
    await page.keyboard.press(keys);
    await expect(page.getByRole('dialog', { name: title })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: title })).toBeHidden();
  }
  await page.keyboard.press('Control+w');
  await expect(page.getByRole('button', { name: '新建项目' })).toBeVisible();
  expect(await callApi(page, 'projectState')).toBeNull();
  expect(host.consoleErrors).toEqual([]);
});
