// Hostile files through the import dialog, with the keyboard: a Word file that unpacks to a
// gigabyte (its zip headers lying about it), a text of over 2 million characters, a page nested
// 100,000 deep and a page full of active content (fixtures/hostile/generate.ts). The refused
// ones say why, naming the file, and leave the project file as it was, byte for byte; the
// others import, with a note of what was left out.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateHostileCorpus } from '../fixtures/hostile/generate';
import { callApi, enterName, expect, test } from './fixtures';
import { tabTo } from './person';

const FILES = ['zeros-bomb-lying.docx', 'long-2m.txt', 'nested-100k.html', 'active-content.html'];

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Presses Enter on the focused button that opens a file chooser and picks `files`. */
async function chooseFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(files);
}

interface StoredArticle {
  content: { text: string; links: { href: string }[]; blocks: { kind: string; alt?: string; assetHash?: string }[] };
}

test('hostile files are refused in the import dialog with their reason, and the project stays as it was', async ({ page, host }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-hostile-'));
  await generateHostileCorpus(dir, FILES);
  await enterName(page);
  const project = join(dir, 'hostile.pizhu');
  await callApi(page, 'projectNew', { path: project, title: '敌意输入' });
  await page.reload();
  await expect(page.getByRole('complementary', { name: '导航' }).getByRole('heading', { name: '敌意输入' })).toBeVisible();
  const before = sha256(project);

  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: '导入文章' });
  await tabTo(page, dialog.getByRole('button', { name: '选择文件…' }));
  await chooseFiles(
    page,
    FILES.map((f) => join(dir, f)),
  );
  const reason = dialog.getByRole('alert');
  const skip = async () => {
    await tabTo(page, dialog.getByRole('button', { name: '跳过此文件' }));
    await page.keyboard.press('Enter');
  };

  await expect(reason).toHaveText('“zeros-bomb-lying.docx”中的部件 word/media/image1.png 解压后超过 50 MB，因此没有打开。它可能是“解压炸弹”。');
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await skip();

  await expect(dialog.getByText('long-2m.txt', { exact: true })).toBeVisible();
  await expect(reason).toHaveText(/^“long-2m\.txt”有 2,\d{3},\d{3} 个字，超过了一篇文章最多 2,000,000 个字的限制。/);
  await skip();
  expect(sha256(project)).toBe(before);

  // The page nested 100,000 deep is read, its depth capped, and says so.
  await expect(dialog.getByText('“nested-100k.html”有些部分嵌套超过 256 层，已按普通段落读取。')).toBeVisible();
  await expect(reason).toBeHidden();
  await skip();

  // The page with active content: its SVG images are left out, with a note; the rest imports.
  await expect(dialog.getByText(/^“active-content\.html”中的一张 SVG 图片没有导入/)).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: '导入', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const { articles } = await callApi<{ articles: { id: string }[] }>(page, 'projectState');
  expect(articles).toHaveLength(1);
  const article = await callApi<StoredArticle>(page, 'getArticle', { id: articles[0]!.id });
  expect(article.content.text).not.toMatch(/alert|attacker|document\./);
  expect(article.content.links.map((l) => l.href)).toEqual([]);
  const figures = article.content.blocks.filter((b) => b.kind === 'figure');
  expect(figures.map((f) => [f.alt, f.assetHash !== undefined])).toEqual([
    ['SVG 图', false],
    ['冒充 PNG 的 SVG', false],
    ['真正的 PNG', true],
  ]);
  // What the reader shows of it runs nothing and goes nowhere: no frame, no script, no javascript: link.
  const reader = page.getByRole('main', { name: '阅读' });
  await expect(reader.getByText(/点这里/)).toBeVisible();
  expect(await reader.locator('iframe, script, object, embed, a[href^="javascript" i], img[src^="data:image/svg" i]').count()).toBe(0);
  expect(page.url()).toContain(host.origin);
  expect(host.consoleErrors).toEqual([]);
});
