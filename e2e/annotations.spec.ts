// 导入批注…: a person imports a file of annotations made in other tools with the keyboard, and the
// report says what happened to each: anchored, not placed (kept), skipped, and why.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi as api, anchorIn } from './fixtures';
import { retype, tabTo, typeAsPerson } from './person';

async function projectWithArticle(page: Page): Promise<string> {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-annotations-'));
  await api(page, 'projectNew', { path: join(dir, 'annotations.pizhu'), title: '批注导入' });
  const article = await api<{ id: string; content: { text: string } }>(page, 'importCommit', {
    source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') },
  });
  await api(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '排在了第 11 位'), verdict: 'half-true' });
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
  expect(claims.map((c) => c.orphan).sort()).toEqual([false, false, true]);
});

test('发布设置… keeps who publishes the fact-checks; a ClaimReview export then links to the published report', async ({ page }) => {
  await projectWithArticle(page);
  await chooseFromFileMenu(page, /^发布设置/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '发布设置' });
  await expect(dialog.getByRole('textbox', { name: '机构名称' })).toBeFocused();
  await typeAsPerson(page, '核查实验室');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://factcheck.example.org/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await typeAsPerson(page, '李核查');
  await page.keyboard.press('Tab');
  await page.keyboard.type('factcheck.example.org/tencent');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('请填写以 http:// 或 https:// 开头的完整网址，或留空。')).toBeVisible();
  await retype(page, 'https://factcheck.example.org/tencent');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已保存发布设置。' })).toBeVisible();

  const out = await api<{ bytes: { $bytes: string } }>(page, 'exportProject', { options: { format: 'claimreview' } });
  const [review] = JSON.parse(Buffer.from(out.bytes.$bytes, 'base64').toString('utf8')) as { url: string; author: unknown }[];
  expect(review!.url).toMatch(/^https:\/\/factcheck\.example\.org\/tencent#claim-1$/);
  expect(review!.author).toEqual({ '@type': 'Organization', name: '核查实验室', url: 'https://factcheck.example.org/', employee: { '@type': 'Person', name: '李核查' } });

  // Kept in the project file (a colleague who opens it publishes alike), not in this computer's preferences.
  expect(await api<{ publisher?: { reviewer: string } }>(page, 'listSettings')).toMatchObject({ publisher: { reviewer: '李核查' } });
  expect(await api<{ publishers: object }>(page, 'getPreferences')).toMatchObject({ publishers: {} });
  await chooseFromFileMenu(page, /^发布设置/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '发布设置' }).getByRole('textbox', { name: '机构名称' })).toHaveValue('核查实验室');
});
