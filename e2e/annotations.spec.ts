// 导入批注…: a person imports a file of annotations made in other tools with the keyboard, and the
// report says what happened to each: anchored, not placed (kept), skipped, and why.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi as api } from './fixtures';
import { tabTo } from './person';

async function projectWithArticle(page: Page): Promise<string> {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-annotations-'));
  await api(page, 'projectNew', { path: join(dir, 'annotations.pizhu'), title: '批注导入' });
  const article = await api<{ id: string }>(page, 'importCommit', {
    source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') },
  });
  await page.reload();
  await expect(page.getByRole('main', { name: '阅读' }).getByRole('heading', { level: 1 })).toHaveText('腾讯的AI困局');
  return article.id;
}

/** Opens the 文件 menu from the keyboard and walks down it to the item named `name`. */
async function chooseFromFileMenu(page: Page, name: RegExp): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: '文件' }));
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name });
  for (let i = 0; i < 20 && !(await item.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(item).toBeFocused();
}

test('导入批注… shows what became of each annotation: one anchored, one not placed, one skipped, with reasons', async ({ page }) => {
  const articleId = await projectWithArticle(page);
  await chooseFromFileMenu(page, /^导入批注/);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(join(process.cwd(), 'fixtures/annotations/one-of-each.jsonld'));

  const report = page.getByRole('dialog', { name: /导入批注的结果/ });
  await expect(report.getByRole('status')).toHaveText('文件里共 3 条批注：1 条已定位，1 条无法定位（已保留），0 条已更新，1 条跳过。');
  const row = (quote: string | RegExp) => report.getByRole('row').filter({ has: page.getByRole('rowheader', { name: quote }) });
  await expect(row('总参数量 389B')).toContainText('已定位');
  await expect(row('字节跳动豆包月活破亿')).toContainText('无法定位');
  await expect(row('字节跳动豆包月活破亿')).toContainText('在文章中找不到这段引文，已作为无法定位的论断保留。');
  await expect(row('http://example.org/tencent-ai')).toContainText('已跳过');
  await expect(row('http://example.org/tencent-ai')).toContainText('批注的是整个网页（http://example.org/tencent-ai），不是其中一段文字。');

  await expect(report.getByRole('button', { name: '关闭' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(report).toBeHidden();
  const claims = await api<{ orphan: boolean; anchor: { exact: string } }[]>(page, 'listClaims', { articleId });
  expect(claims.map((c) => [c.anchor.exact.length > 0, c.orphan]).sort()).toEqual([[true, false], [true, true]]);
});
