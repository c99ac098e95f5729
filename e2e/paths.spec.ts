// Where browser mode may write, and projects another computer holds: a save into a hidden folder
// is refused with the rule in the UI language and nothing is written; a project whose lock names
// another computer is opened only after the user confirms taking it over.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, enterName, callApi } from './fixtures';

async function typePathInto(page: Page, menuItem: RegExp, dialogName: string, path: string) {
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: menuItem }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('textbox', { name: '项目文件路径' }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(path);
  await page.keyboard.press('Enter');
}

test('a project whose lock names another computer opens only after the user takes it over', async ({ page }) => {
  await enterName(page);
  const path = join(mkdtempSync(join(tmpdir(), 'pizhu-e2e-lock-')), '共享盘项目.pizhu');
  await callApi(page, 'projectNew', { path, title: '共享盘项目' });
  await callApi(page, 'projectClose');
  await page.reload();
  writeFileSync(`${path}.lock`, JSON.stringify({ pid: 77, hostname: 'li-laptop', mode: 'read-write', since: '2026-11-28T08:00:00.000Z', author: '核查李' }));

  await typePathInto(page, /^打开…/, '打开项目', path);
  const confirm = page.getByRole('dialog', { name: '接管项目？' });
  await expect(confirm).toContainText('电脑「li-laptop」上的批注中打开（由 核查李 打开，自 2026-11-28T08:00:00.000Z 起）');
  // Cancel is where focus starts: taking over is a deliberate second step.
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: '接管' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('complementary', { name: '导航' }).getByRole('heading', { name: '共享盘项目' })).toBeVisible();
  expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ hostname: hostname() });
});

test('saving a copy into a hidden folder of the home folder is refused and writes nothing', async ({ page }) => {
  await enterName(page);
  await callApi(page, 'projectNew', { path: join(mkdtempSync(join(tmpdir(), 'pizhu-e2e-paths-')), '核查.pizhu'), title: '核查' });
  await page.reload();
  const target = join(homedir(), '.config', `pizhu-e2e-${process.pid}.pizhu`);
  await typePathInto(page, /^保存副本…/, '保存副本…', target);
  await expect(page.getByRole('alert')).toContainText(`批注不会写入「${target}」：它是隐藏的「.config」或位于其中`);
  expect(existsSync(target)).toBe(false);
});
