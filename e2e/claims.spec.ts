// Claims in browser mode: an editor marks "总参数量 389B" in the seed article, codes it, judges
// it, annotates it and adds evidence; everything survives a reload, the claims list filters,
// and undo/redo change what is shown.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi, anchorIn } from './fixtures';
import { retype } from './person';

const SEED = 'fixtures/articles/seed-tencent-ai.txt';

type ArticleFile = string | { name: string; mimeType: string; buffer: Buffer };

/** A new project with one imported article; returns the project file's path. */
async function newProjectWithSeed(page: Page, article: ArticleFile = SEED, expected = '总参数量 389B'): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'pizhu-claims-')), '腾讯核查.pizhu');
  await enterName(page);
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /^新建项目/ }).click();
  const dialog = page.getByRole('dialog', { name: '新建项目' });
  await dialog.getByLabel('项目名称').fill('腾讯核查');
  await dialog.getByLabel('项目文件路径').fill(path);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /^导入文章/ }).click();
  const importDialog = page.getByRole('dialog', { name: '导入文章' });
  await importDialog.getByTestId('import-file-input').setInputFiles(article);
  await importDialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(importDialog).toBeHidden();
  await expect(articleText(page)).toContainText(expected);
  return path;
}

const articleText = (page: Page) => page.getByRole('main', { name: '阅读' }).locator('.article-text');

/** Selects the first occurrence of `quote` in the reader, as a mouse drag would. */
async function selectInReader(page: Page, quote: string): Promise<void> {
  await articleText(page).waitFor();
  // A string script: the e2e tsconfig has no DOM types, and this runs in the page.
  const found = await page.evaluate(`(() => {
    const quote = ${JSON.stringify(quote)};
    const root = document.querySelector('.pane-reader .article-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent.indexOf(quote);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + quote.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return true;
    }
    return false;
  })()`);
  expect(found, `"${quote}" is in the reader`).toBe(true);
}

test('an editor marks, codes and judges a claim, and it all survives a reload', async ({ page, host }) => {
  await newProjectWithSeed(page);
  await selectInReader(page, '总参数量 389B');
  await page.keyboard.press('Control+Enter');
  const mark = articleText(page).locator('mark.claim-mark');
  await expect(mark).toHaveText('总参数量 389B');

  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(inspector.locator('.inspector-quote')).toHaveText('总参数量 389B');
  await page.keyboard.press('1');
  await expect(inspector.getByRole('button', { name: /数据/ })).toHaveAttribute('aria-pressed', 'true');
  await inspector.locator('label', { hasText: '3 较强' }).click();
  await expect(inspector.getByRole('radio', { name: '3 较强' })).toBeChecked();
  await inspector.getByLabel('核查结论').selectOption({ label: '属实' });
  await expect(inspector.getByLabel('核查结论')).toHaveValue('true');
  // Highlights take the first tag's colour, or the verdict's when switched.
  await expect(mark).toHaveAttribute('style', /#1f77b4/);
  await page.getByRole('radio', { name: '按结论' }).click();
  await expect(mark).toHaveAttribute('style', /#2e7d32/);

  await inspector.getByRole('textbox', { name: '批注' }).click();
  await page.keyboard.type('腾讯官方公告给出的数字');
  await page.keyboard.press('Shift+Home');
  await inspector.getByRole('button', { name: '链接' }).click();
  await inspector.getByLabel('链接地址').fill('https://llm.hunyuan.tencent.com/');
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('link', { name: '腾讯官方公告给出的数字' })).toBeVisible();
  await inspector.locator('.inspector-quote').click();
  await inspector.getByRole('button', { name: '添加证据' }).click();
  const evidence = inspector.getByRole('group', { name: '证据 1' });
  await evidence.getByLabel('标题').fill('Hunyuan-Large 技术报告');
  await evidence.getByLabel('网址').click();
  await expect(inspector.getByRole('group', { name: '证据 1' }).getByLabel('标题')).toHaveValue('Hunyuan-Large 技术报告');

  await page.reload();
  await expect(mark).toHaveText('总参数量 389B');
  await mark.click();
  await expect(inspector.getByRole('button', { name: /数据/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(inspector.getByRole('radio', { name: '3 较强' })).toBeChecked();
  await expect(inspector.getByLabel('核查结论')).toHaveValue('true');
  await expect(inspector.getByRole('textbox', { name: '批注' })).toHaveText('腾讯官方公告给出的数字');
  await expect(inspector.getByRole('link', { name: '腾讯官方公告给出的数字' })).toHaveAttribute('href', 'https://llm.hunyuan.tencent.com/');
  await expect(inspector.getByRole('group', { name: '证据 1' }).getByLabel('标题')).toHaveValue('Hunyuan-Large 技术报告');
  expect(host.consoleErrors).toEqual([]);
});

test('the claims list filters by verdict, and undo and redo change what is shown', async ({ page }) => {
  await newProjectWithSeed(page);
  await selectInReader(page, '总参数量 389B');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('complementary', { name: '检查器' }).locator('.inspector-quote')).toHaveText('总参数量 389B');
  await selectInReader(page, '激活参数量 52B');
  await page.keyboard.press('Control+Enter');
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(inspector.locator('.inspector-quote')).toHaveText('激活参数量 52B');
  await inspector.getByLabel('核查结论').selectOption({ label: '不实' });

  const navigator = page.getByRole('complementary', { name: '导航' });
  const list = navigator.getByRole('listbox', { name: /论断/ });
  await expect(list.getByRole('option')).toHaveCount(2);
  await navigator.getByLabel('结论').selectOption({ label: '不实' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toContainText('激活参数量 52B');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('option')).toHaveCount(0);
  await expect(inspector.getByLabel('核查结论')).toHaveValue('');
  // An empty result says so and offers the way out.
  await expect(navigator.getByText('没有符合筛选的论断。')).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(inspector.getByLabel('核查结论')).toHaveValue('false');
  await navigator.getByLabel('结论').selectOption({ label: '属实' });
  await navigator.getByRole('button', { name: '清除筛选' }).click();
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(navigator.getByLabel('结论')).toHaveValue('');
});

test('claims with the same quote show the text before it in the list, so they can be told apart', async ({ page }) => {
  await newProjectWithSeed(page);
  const { articles } = await callApi<{ articles: { id: string }[] }>(page, 'projectState');
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'getArticle', { id: articles[0]!.id });
  const text = article.content.text;
  const first = text.indexOf('元宝');
  const second = text.indexOf('元宝', first + 2);
  const anchorAt = (at: number) => {
    const start = [...text.slice(0, at)].length;
    const cps = [...text];
    return { exact: '元宝', prefix: cps.slice(Math.max(0, start - 32), start).join(''), suffix: cps.slice(start + 2, start + 34).join(''), start, end: start + 2 };
  };
  await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorAt(first) });
  await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorAt(second) });
  await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorIn(text, '总参数量 389B') });
  await page.reload();
  const list = page.getByRole('listbox', { name: /论断/ });
  await expect(list.getByRole('option')).toHaveCount(3);
  const titles = await list.locator('.nav-item-title').allTextContents();
  const repeated = titles.filter((title) => title.endsWith('元宝'));
  expect(repeated).toHaveLength(2);
  expect(repeated.every((title) => title.startsWith('…'))).toBe(true);
  expect(new Set(repeated).size).toBe(2);
  expect(titles).toContain('总参数量 389B');
});

test('J and K move through the claims, find steps through a one-character query and marks a match', async ({ page }) => {
  await newProjectWithSeed(page);
  await selectInReader(page, '总参数量 389B');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('complementary', { name: '检查器' }).locator('.inspector-quote')).toHaveText('总参数量 389B');
  await selectInReader(page, '激活参数量 52B');
  await page.keyboard.press('Control+Enter');
  const quote = page.getByRole('complementary', { name: '检查器' }).locator('.inspector-quote');
  await expect(quote).toHaveText('激活参数量 52B');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('k');
  await expect(quote).toHaveText('总参数量 389B');
  await page.keyboard.press('j');
  await expect(quote).toHaveText('激活参数量 52B');

  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: '在文章中查找' });
  await find.getByLabel('查找内容').fill('腾');
  await expect(find).toContainText(/共 [1-9]\d* 处/);
  await page.keyboard.press('Enter');
  await expect(find).toContainText(/第 2 处/);
  await page.keyboard.press('Shift+Enter');
  await expect(find).toContainText(/第 1 处/);
  // The context menu's way: right-click a selection.
  await page.keyboard.press('Escape');
  await selectInReader(page, '上下文长度高达 256K');
  await articleText(page).getByText(/上下文长度高达 256K/).click({ button: 'right' });
  await page.getByRole('menuitem', { name: '标记为论断' }).click();
  await expect(quote).toHaveText('上下文长度高达 256K');
  await page.keyboard.press('Control+f');
  // The keyboard's way to a claim: find the words, then mark the match.
  await find.getByLabel('查找内容').fill('月访问量不到 200 万');
  await find.getByRole('button', { name: '将此处标记为论断' }).click();
  await expect(quote).toHaveText('月访问量不到 200 万');
});

test('moving from claim to claim shows each its own choices, note and delete confirmation', async ({ page }) => {
  await newProjectWithSeed(page);
  const { articles } = await callApi<{ articles: { id: string }[] }>(page, 'projectState');
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'getArticle', { id: articles[0]!.id });
  const first = await callApi<{ id: string }>(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B') });
  const second = await callApi<{ id: string }>(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '激活参数量 52B') });
  await callApi(page, 'updateClaim', { id: first.id, patch: { verdict: 'false', strength: 4, note: { json: '', text: '第一条的批注' } } });
  await callApi(page, 'updateClaim', { id: second.id, patch: { status: 'checked', strength: 1 } });
  await page.reload();
  const inspector = page.getByRole('complementary', { name: '检查器' });
  const quote = inspector.locator('.inspector-quote');
  await page.getByRole('listbox', { name: '论断' }).getByRole('option').first().click();
  await expect(quote).toHaveText('总参数量 389B');
  await expect(inspector.getByRole('textbox', { name: '批注' })).toHaveText('第一条的批注');
  await inspector.getByRole('button', { name: '删除论断…' }).click();
  await expect(inspector.getByRole('alert')).toBeVisible();

  // The next claim: its own values, no confirmation carried over, and no note from the first.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await expect(quote).toHaveText('激活参数量 52B');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await expect(inspector.getByLabel('核查结论')).toHaveValue('');
  await expect(inspector.getByLabel('核查状态')).toHaveValue('checked');
  await expect(inspector.getByRole('radio', { checked: true })).toHaveAccessibleName(/^1 /);
  await expect(inspector.getByRole('textbox', { name: '批注' })).toHaveText('');
  await page.keyboard.press('k');
  await expect(quote).toHaveText('总参数量 389B');
  await expect(inspector.getByLabel('核查结论')).toHaveValue('false');
  await expect(inspector.getByRole('radio', { checked: true })).toHaveAccessibleName(/^4 /);
  await expect(inspector.getByRole('textbox', { name: '批注' })).toHaveText('第一条的批注');
});

test('the reader with a claim selected has no serious accessibility violations, in Chinese or English', async ({ page }) => {
  await newProjectWithSeed(page);
  await selectInReader(page, '总参数量 389B');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('complementary', { name: '检查器' }).locator('.inspector-quote')).toHaveText('总参数量 389B');
  const seriousViolations = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    return serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
  };
  expect(await seriousViolations()).toEqual([]);
  await page.getByRole('button', { name: '视图' }).click();
  await page.getByRole('menuitem', { name: '语言' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Mark as claim' })).toBeVisible();
  expect(await seriousViolations()).toEqual([]);
});

test('a claim after 𠮷 and an emoji is stored at code-point positions, as the CLI reads them', async ({ page, host }) => {
  const text = '𠮷野家🙂 的总参数量 389B。\n第二段:腾讯元宝。\n';
  const path = await newProjectWithSeed(page, { name: 'astral.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await selectInReader(page, '总参数量 389B');
  await page.keyboard.press('Control+Enter');
  await expect(articleText(page).locator('mark.claim-mark')).toHaveText('总参数量 389B');
  // The app holds the file while it is open.
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /^关闭项目/ }).click();
  await expect(page.getByRole('main', { name: '阅读' })).toContainText('没有打开的文章');
  const cli = spawnSync(process.execPath, ['bin/pizhu.mjs', 'claims', path, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, PIZHU_CONFIG_DIR: host.configDir },
  });
  expect(cli.stderr).toBe('');
  const [claim] = JSON.parse(cli.stdout) as { exact: string; prefix: string; start: number; end: number }[];
  expect(claim!.exact).toBe('总参数量 389B');
  expect(claim!.prefix.endsWith('🙂 的')).toBe(true);
  // Every code point before the claim is in its prefix, so the prefix's length is its start.
  expect(claim!.start).toBe([...claim!.prefix].length);
  expect(claim!.end - claim!.start).toBe(9);
});

test('the codebook is renamed, exported and imported, and a claim is deleted after confirming', async ({ page }) => {
  await newProjectWithSeed(page);
  await selectInReader(page, '总参数量 389B');
  await page.keyboard.press('Control+Enter');
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await expect(inspector.locator('.inspector-quote')).toHaveText('总参数量 389B');
  // Keys 0-4 set the strength while the strength control has focus.
  await inspector.locator('label', { hasText: '1 薄弱' }).click();
  await page.keyboard.press('4');
  await expect(inspector.getByRole('radio', { name: '4 确凿' })).toBeChecked();

  await page.getByRole('button', { name: '标签体系…' }).click();
  const codebook = page.getByRole('dialog', { name: '标签体系' });
  await codebook.getByLabel('名称：数据', { exact: true }).click();
  await retype(page, '统计数据');
  await codebook.getByLabel('说明：数据', { exact: true }).click();
  await expect(codebook.getByLabel('名称：统计数据', { exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await codebook.getByRole('button', { name: '导出标签体系' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported.tags.map((t: { name: string }) => t.name)).toContain('统计数据');
  const file = join(mkdtempSync(join(tmpdir(), 'pizhu-codebook-')), 'codebook.json');
  writeFileSync(file, JSON.stringify({ ...exported, tags: [...exported.tags, { name: '传闻', color: '#aa3355', description: '', hotkey: null, parent: '统计数据' }] }));
  await codebook.getByTestId('codebook-file-input').setInputFiles(file);
  await expect(codebook.getByLabel('名称：传闻', { exact: true })).toBeVisible();
  await expect(codebook.getByLabel('上级：传闻', { exact: true })).toHaveValue(/.+/);
  await codebook.getByRole('button', { name: '关闭' }).click();
  await expect(inspector.getByRole('button', { name: /统计数据/ })).toBeVisible();

  await inspector.getByRole('button', { name: '删除论断…' }).click();
  await inspector.getByRole('button', { name: '确认删除' }).click();
  await expect(articleText(page).locator('mark.claim-mark')).toHaveCount(0);
  await expect(inspector).toContainText('没有选中的论断');
});
