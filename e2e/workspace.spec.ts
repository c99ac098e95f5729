// The workspace shell in browser mode: it loads cleanly, speaks Chinese by default, switches to
// English and remembers it, and the host refuses requests without its token.
import { test, expect, enterName } from './fixtures';

test('the workspace opens in Chinese with its three panes and no console errors', async ({ page, host }) => {
  await enterName(page);
  await expect(page.getByRole('button', { name: '文件' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: '导航' })).toContainText('还没有打开项目');
  await expect(page.getByRole('main', { name: '阅读' })).toContainText('没有打开的文章');
  await expect(page.getByRole('complementary', { name: '检查器' })).toContainText('没有选中的论断');
  await expect(page.getByRole('contentinfo')).toContainText('张编辑');
  expect(host.consoleErrors).toEqual([]);
});

test('the File menu lists the project commands', async ({ page }) => {
  await enterName(page);
  await page.getByRole('button', { name: '文件' }).click();
  const menu = page.getByRole('menu', { name: '文件' });
  for (const item of ['新建项目', '打开…', '最近打开', '导入文章…', '导出…']) {
    await expect(menu.getByRole('menuitem', { name: new RegExp(`^${item}`) })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});

test('switching to English through the View menu survives a reload', async ({ page }) => {
  await enterName(page);
  await page.getByRole('button', { name: '视图' }).click();
  await page.getByRole('menuitem', { name: '语言' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'File' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'File' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Reader' })).toContainText('No article open');
});

test('the language can be changed in preferences and the theme follows the choice', async ({ page }) => {
  await enterName(page);
  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: '偏好设置' });
  await dialog.locator('label', { hasText: '深色' }).click();
  await expect(dialog.getByRole('radio', { name: '深色' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await dialog.locator('label', { hasText: 'English' }).click();
  await expect(page.getByRole('dialog', { name: 'Preferences' })).toBeVisible();
});

test('the first-run name is asked once and kept', async ({ page }) => {
  await enterName(page, 'Li Wei');
  await page.reload();
  await expect(page.getByRole('button', { name: '文件' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toContainText('Li Wei');
});

test('the host refuses requests that lack the token', async ({ page, host }) => {
  const api = await page.request.post(`${host.origin}/api/getPreferences`, { data: '' });
  expect(api.status()).toBe(401);
  const fresh = await page.context().browser()!.newContext();
  // Without a session a visitor gets only the sign-in page, never the workspace.
  const anonymous = await fresh.request.get(`${host.origin}/`);
  expect(await anonymous.text()).not.toContain('pizhu-session');
  expect((await fresh.request.get(`${host.origin}/asset/${'0'.repeat(64)}`)).status()).toBe(401);
  await fresh.close();
});

test('About shows the version and the running mode', async ({ page }) => {
  await enterName(page);
  await page.getByRole('button', { name: '帮助' }).click();
  await page.getByRole('menuitem', { name: '关于批注' }).click();
  const about = page.getByRole('dialog', { name: '关于批注' });
  await expect(about).toContainText('版本 0.1.0');
  await expect(about).toContainText('浏览器模式');
  await about.getByRole('button', { name: '确定' }).click();
  await expect(about).toBeHidden();
});
