// Projects and import in browser mode: create a project, import the seed article by menu and a
// GB18030 copy by drag-and-drop, see its structure in the reader, reload, undo, and refuse a
// file that is not a project.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi, anchorIn } from './fixtures';

const SEED = 'fixtures/articles/seed-tencent-ai.txt';
const SEED_GB18030 = 'fixtures/articles/seed-tencent-ai.gb18030.txt';

async function newProject(page: Page, title: string, path: string) {
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /^新建项目/ }).click();
  const dialog = page.getByRole('dialog', { name: '新建项目' });
  await dialog.getByRole('textbox', { name: '项目名称' }).fill(title);
  await dialog.getByRole('textbox', { name: '项目文件路径' }).fill(path);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog).toBeHidden();
}

async function importByMenu(page: Page, file: string) {
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /^导入文章/ }).click();
  const dialog = page.getByRole('dialog', { name: '导入文章' });
  await dialog.getByTestId('import-file-input').setInputFiles(file);
  return dialog;
}

async function dropFile(page: Page, file: string, name: string) {
  const bytes = [...readFileSync(file)];
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
      return dt;
    },
    { bytes, name },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

test('a new project takes the seed article from the import menu with its structure', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-project-'));
  const path = join(dir, '腾讯核查.pizhu');
  await newProject(page, '腾讯核查', path);
  await expect(page.getByRole('complementary', { name: '导航' }).getByRole('heading', { name: '腾讯核查' })).toBeVisible();
  await expect(page).toHaveTitle('腾讯核查 — 批注');

  const dialog = await importByMenu(page, SEED);
  await expect(dialog.getByTestId('detected-encoding')).toContainText('UTF-8');
  await expect(dialog.getByRole('textbox', { name: '标题' })).toHaveValue('腾讯的AI困局');
  await expect(dialog.getByRole('checkbox', { name: /去掉转载套话首行/ })).toBeChecked();
  await dialog.getByRole('button', { name: '导入' }).click();
  await expect(dialog).toBeHidden();

  const reader = page.getByRole('main', { name: '阅读' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('腾讯的AI困局');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(['01 及格边缘', /^02 /, '03 产品掣肘']);
  await expect(reader.getByText('图源 / 量子位')).toBeVisible();
  await expect(reader.getByRole('figure').filter({ hasText: '元宝、Kimi、通义千问' })).toHaveCount(1);
  await expect(reader).not.toContainText('今天小编分享的科技经验');

  // The CLI reads what the UI wrote.
  const info = spawnSync(process.execPath, ['bin/pizhu.mjs', 'info', path, '--json'], { encoding: 'utf8' });
  expect(JSON.parse(info.stdout)).toMatchObject({ title: '腾讯核查', articles: 1 });
});

test('a GB18030 file dropped on the window is previewed as GB18030 and imported', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-project-'));
  await newProject(page, '编码', join(dir, 'enc.pizhu'));
  await dropFile(page, SEED_GB18030, 'seed-gb18030.txt');
  const dialog = page.getByRole('dialog', { name: '导入文章' });
  await expect(dialog.getByTestId('detected-encoding')).toContainText('GB18030');
  await dialog.getByRole('button', { name: '导入' }).click();
  await expect(page.getByRole('main', { name: '阅读' }).getByRole('heading', { level: 1 })).toHaveText('腾讯的AI困局');
});

test('the open project and its article survive a reload, and undo removes the import', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-project-'));
  await newProject(page, '重载', join(dir, 'reload.pizhu'));
  const dialog = await importByMenu(page, SEED);
  await dialog.getByRole('button', { name: '导入' }).click();
  const articles = page.getByRole('listbox', { name: /文章/ });
  await expect(articles.getByRole('option')).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole('listbox', { name: /文章/ }).getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('main', { name: '阅读' }).getByRole('heading', { level: 1 })).toHaveText('腾讯的AI困局');

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('listbox', { name: /文章/ })).toHaveCount(0);
  await expect(page.getByRole('main', { name: '阅读' })).toContainText('没有打开的文章');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('listbox', { name: /文章/ }).getByRole('option')).toHaveCount(1);
});

test('opening a file that is not a project says so and leaves it untouched', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-project-'));
  const path = join(dir, 'notes.pizhu');
  writeFileSync(path, 'just some notes, not a database');
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /^打开/ }).click();
  const dialog = page.getByRole('dialog', { name: '打开项目' });
  await dialog.getByRole('textbox').fill(path);
  await dialog.getByRole('button', { name: '打开' }).click();
  await expect(page.getByRole('alert')).toContainText('notes.pizhu');
  await expect(page.getByRole('alert')).toContainText('不是批注项目');
  expect(readFileSync(path, 'utf8')).toBe('just some notes, not a database');
});

test('a binary file named .txt is refused in the import preview and nothing is added', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-project-'));
  await newProject(page, '坏文件', join(dir, 'bad.pizhu'));
  const bad = join(dir, 'photo.txt');
  writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 255, 254]));
  const dialog = await importByMenu(page, bad);
  await expect(dialog.getByRole('alert')).toContainText('photo.txt');
  await expect(dialog.getByRole('button', { name: '导入' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('listbox', { name: /文章/ })).toHaveCount(0);
});

test('a closed project is listed under recent projects; a missing one is marked and can be removed', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-project-'));
  const path = join(dir, 'recent.pizhu');
  await newProject(page, '最近的项目', path);
  await page.keyboard.press('Control+w');
  const recent = page.getByRole('region', { name: '最近打开' });
  await recent.getByRole('button', { name: '打开 最近的项目' }).click();
  await expect(page).toHaveTitle('最近的项目 — 批注');
  await page.keyboard.press('Control+w');

  rmSync(path);
  await page.reload();
  await expect(recent.getByRole('listitem')).toContainText('文件不存在');
  await expect(recent.getByRole('button', { name: '打开 最近的项目' })).toBeDisabled();
  await recent.getByRole('button', { name: /从列表中移除/ }).click();
  await expect(page.getByRole('region', { name: '最近打开' })).toHaveCount(0);
});

test('searching the project for one Chinese character opens the claim it found', async ({ page }) => {
  await enterName(page);
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-project-'));
  await newProject(page, '搜索', join(dir, 'search.pizhu'));
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', { source: { kind: 'path', path: join(process.cwd(), SEED) } });
  await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, '总参数量 389B'), note: { json: '', text: '与技术报告一致' } });
  await page.reload();
  await expect(page.getByRole('main', { name: '阅读' }).getByRole('heading', { level: 1 })).toHaveText('腾讯的AI困局');
  await page.keyboard.press('Control+Shift+F');
  const dialog = page.getByRole('dialog', { name: '在项目中搜索' });
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('告');
  await expect(dialog.getByRole('status')).toHaveText('1 条结果');
  await dialog.getByRole('option', { name: /与技术报告一致/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('listbox', { name: /论断/ }).getByRole('option', { name: /总参数量 389B/ })).toHaveAttribute('aria-selected', 'true');
  // A note written outside the editor (plain text only) shows in the inspector's note editor.
  await expect(page.getByRole('complementary', { name: '检查器' }).getByRole('textbox', { name: '批注' })).toContainText('与技术报告一致');

  // The article's own text is searched too: a hit opens the find bar on that very place.
  await page.keyboard.press('Control+Shift+F');
  await page.keyboard.type('混元');
  await expect(dialog.getByRole('option', { name: /混元/ }).first()).toContainText('正文');
  const places = await dialog.getByRole('option', { name: /正文/ }).count();
  expect(places).toBeGreaterThan(1);
  await dialog.getByRole('option', { name: /正文/ }).last().click();
  await expect(dialog).toBeHidden();
  const find = page.getByRole('search', { name: '在文章中查找' });
  await expect(find.getByLabel('查找内容')).toHaveValue('混元');
  await expect(find).toContainText(`第 ${places} 处`);
});
