// Claim suggestions on the seed article, all by keyboard: the 建议 list offers the statements
// worth checking with their reasons; Enter makes one a claim coded with its tag, Delete
// dismisses one for good (after a reload, and for a colleague who opens the file on another
// computer: it is in the project file), and 在文中标出 underlines them in the reader.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { test, expect, enterName, callApi, startHost } from './fixtures';
import { tabTo } from './person';
import { suggestClaims } from '../shared/suggest/suggest';
import { suggestionKey } from '../shared/suggest/key';

const SEED = join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt');

/** The suggestions in `list` whose statement is exactly `title` (an option's name also holds its tag and reason). */
const titled = (list: Locator, title: string) => list.getByRole('option').filter({ has: list.page().locator('.nav-item-title').getByText(title, { exact: true }) });

/** A colleague's computer: another host with its own preferences, in a fresh browser context (no local storage). */
async function onAnotherComputer(browser: Browser, use: (page: Page) => Promise<void>): Promise<void> {
  const host = await startHost(mkdtempSync(join(tmpdir(), 'pizhu-e2e-colleague-')));
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.locator('meta[name="pizhu-session"]').waitFor({ state: 'attached' });
    await enterName(page, '李核查');
    await use(page);
  } finally {
    await context.close();
    host.child.kill('SIGTERM');
  }
}

test('a suggestion accepted with Enter becomes a tagged claim; one dismissed with Delete stays gone, for a colleague too', async ({ page, browser }) => {
  await enterName(page);
  const path = join(mkdtempSync(join(tmpdir(), 'pizhu-suggest-')), '建议.pizhu');
  await callApi(page, 'projectNew', { path, title: '建议' });
  await callApi(page, 'importCommit', { source: { kind: 'path', path: SEED } });
  await page.reload();
  const navigator = page.getByRole('complementary', { name: '导航' });
  const list = navigator.getByRole('listbox', { name: '建议' });
  const statistic = list.getByRole('option', { name: /总参数量 389B/ });
  await expect(statistic).toBeVisible();
  await expect(statistic).toContainText('数据');
  await expect(statistic).toContainText('389B');
  // The list is windowed: its heading counts them all.
  const counted = navigator.locator('#nav-suggestions .count');
  const before = Number(await counted.textContent());
  expect(before).toBeGreaterThan(5);

  // Enter on the first suggestion: a claim with the suggested tag, selected in the inspector.
  await tabTo(page, list.getByRole('option').first());
  const first = (await list.getByRole('option').first().locator('.nav-item-title').textContent())!;
  const firstTag = (await list.getByRole('option').first().locator('.nav-item-meta').textContent())!.split(' · ')[0]!;
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(inspector.locator('.inspector-quote')).toHaveText(first);
  await expect(inspector.getByRole('button', { name: new RegExp(firstTag) })).toHaveAttribute('aria-pressed', 'true');
  await expect(counted).toHaveText(String(before - 1));
  const { articles } = await callApi<{ articles: { id: string }[] }>(page, 'projectState');
  const claims = await callApi<{ anchor: { exact: string }; tagIds: string[] }[]>(page, 'listClaims', { articleId: articles[0]!.id });
  expect(claims.map((c) => c.anchor.exact)).toEqual([first]);
  expect(claims[0]!.tagIds).toHaveLength(1);

  // Delete on the next one: gone, and still gone after a reload.
  await tabTo(page, list.getByRole('option').first());
  const dismissed = (await list.getByRole('option').first().locator('.nav-item-title').textContent())!;
  await expect(titled(list, dismissed)).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(counted).toHaveText(String(before - 2));
  await expect(navigator.getByText('已采纳 1 条 · 已忽略 1 条')).toBeVisible();
  await page.reload();
  await expect(counted).toHaveText(String(before - 2));
  await expect(titled(list, dismissed)).toHaveCount(0);
  // Ctrl+Z brings it back, Ctrl+Shift+Z dismisses it again: a dismissal is an edit like any other.
  await tabTo(page, list.getByRole('option').first());
  await page.keyboard.press('Control+z');
  await expect(counted).toHaveText(String(before - 1));
  await expect(titled(list, dismissed)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(counted).toHaveText(String(before - 2));

  // Underlined in the reader when asked.
  await navigator.getByRole('button', { name: '在文中标出' }).click();
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('pizhu-suggest')?.size ?? 0)).toBe(before - 2);

  // The dismissal is in the project file: a colleague opening it elsewhere, with no local storage, does not see it either.
  await callApi(page, 'projectClose');
  await onAnotherComputer(browser, async (colleague) => {
    await callApi(colleague, 'projectOpen', { path });
    await colleague.reload();
    const theirs = colleague.getByRole('complementary', { name: '导航' });
    await expect(theirs.locator('#nav-suggestions .count')).toHaveText(String(before - 2));
    await expect(titled(theirs.getByRole('listbox', { name: '建议' }), dismissed)).toHaveCount(0);
    await expect(theirs.getByText('已采纳 1 条 · 已忽略 1 条')).toBeVisible();
  });
});

test('dismissals this computer kept before the file had settings are handed over to the file once', async ({ page, browser }) => {
  await enterName(page);
  const path = join(mkdtempSync(join(tmpdir(), 'pizhu-handover-')), '交接.pizhu');
  const { project } = await callApi<{ project: { id: string } }>(page, 'projectNew', { path, title: '交接' });
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', { source: { kind: 'path', path: SEED } });
  const old = suggestClaims(article.content.text).find((s) => s.exact.includes('389B'))!;
  // What an earlier Pizhu kept in this browser's local storage for the project.
  await page.evaluate(
    ({ projectId, key }) => localStorage.setItem(`pizhu.suggestions.${projectId}`, JSON.stringify({ dismissed: [key], stats: { statistic: { accepted: 2, dismissed: 1 } } })),
    { projectId: project.id, key: suggestionKey(article.id, old) },
  );
  await page.reload();
  const navigator = page.getByRole('complementary', { name: '导航' });
  await expect(navigator.getByText('已采纳 2 条 · 已忽略 1 条')).toBeVisible();
  await expect(navigator.getByRole('listbox', { name: '建议' }).getByRole('option', { name: /总参数量 389B/ })).toHaveCount(0);
  await expect.poll(() => page.evaluate((id) => localStorage.getItem(`pizhu.suggestions.${id}`), project.id)).toBeNull();
  expect(await callApi(page, 'listDismissedSuggestions', { articleId: article.id })).toEqual([suggestionKey(article.id, old)]);

  await callApi(page, 'projectClose');
  await onAnotherComputer(browser, async (colleague) => {
    await callApi(colleague, 'projectOpen', { path });
    await colleague.reload();
    const theirs = colleague.getByRole('complementary', { name: '导航' });
    await expect(theirs.getByRole('listbox', { name: '建议' })).toBeVisible();
    await expect(theirs.getByRole('listbox', { name: '建议' }).getByRole('option', { name: /总参数量 389B/ })).toHaveCount(0);
    await expect(theirs.getByText('已采纳 2 条 · 已忽略 1 条')).toBeVisible();
  });
});

test('the repost traces report lists 軟體 with its likely original, and keeps it as a claim with its explanation', async ({ page }) => {
  await enterName(page);
  await callApi(page, 'projectNew', { path: join(mkdtempSync(join(tmpdir(), 'pizhu-artefacts-')), '痕迹.pizhu'), title: '痕迹' });
  await callApi(page, 'importCommit', { source: { kind: 'path', path: SEED } });
  await page.reload();
  const textBefore = await page.getByRole('main', { name: '阅读' }).locator('.article-text').textContent();
  await page.getByRole('button', { name: '文章' }).click();
  await page.getByRole('menuitem', { name: /转载痕迹报告/ }).click();
  const report = page.getByRole('dialog', { name: '转载痕迹报告' });
  const software = report.getByRole('listitem').filter({ hasText: '軟體' });
  await expect(software).toContainText('软件');
  await expect(report.getByRole('listitem').filter({ hasText: '领網域' }).first()).toBeVisible();
  await software.getByRole('button', { name: /留作论断/ }).click();
  await expect(software.getByRole('status')).toHaveText('已留作论断');
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();

  const inspector = page.getByRole('complementary', { name: '检查器' });
  await page.getByRole('listbox', { name: /论断/ }).getByRole('option').first().click();
  await expect(inspector.locator('.inspector-quote')).toContainText('軟體');
  await expect(inspector.getByRole('textbox', { name: '批注' })).toContainText('软件');
  await expect(inspector.getByRole('button', { name: /评价/ })).toHaveAttribute('aria-pressed', 'true');
  // The article's text is as it was.
  await expect(page.getByRole('main', { name: '阅读' }).locator('.article-text')).toHaveText(textBefore!);
});
