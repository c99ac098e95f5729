// Signing in to browser mode: the address `pizhu web` prints works once. Opening it trades its
// token for a session and leaves no token in the address bar or the tab's history; anyone who
// opens the same address afterwards is told, in the UI language, to start `pizhu web` again.
import { test, expect, enterName, callApi } from './fixtures';

test('the printed address signs in and leaves no token in the address or history', async ({ page, host }) => {
  expect(host.url).toContain('#token=');
  await enterName(page);
  await expect(page.getByRole('button', { name: '文件' })).toBeVisible();
  expect(page.url()).toBe(`${host.origin}/`);
  expect(await page.evaluate(() => location.href + history.state)).not.toContain('token');

  // The tab's history holds the blank start page and the clean workspace address, nothing else.
  await page.goBack();
  expect(page.url()).not.toContain('token');
  await page.goForward();
  expect(page.url()).toBe(`${host.origin}/`);
  await expect(page.getByRole('button', { name: '文件' })).toBeVisible();

  // Reloading keeps the session; the token is not needed again.
  await page.reload();
  await expect(page.getByRole('button', { name: '文件' })).toBeVisible();
  expect(host.consoleErrors).toEqual([]);
});

test('a second visit with the same address is refused, and says what to do', async ({ page, host, browser }) => {
  await enterName(page);
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(host.url);
  await expect(stranger.getByRole('alert')).toHaveText(/这个地址已经用过或已失效。.*请在终端中重新运行「pizhu web」/);
  expect(stranger.url()).toBe(`${host.origin}/`);
  await expect(stranger.getByRole('button', { name: '文件' })).toHaveCount(0);
  const api = await stranger.request.post(`${host.origin}/api/getPreferences`, { data: '' });
  expect(api.status()).toBe(401);
  await other.close();
});

test('the refusal is worded in English when the workspace speaks English', async ({ page, host, browser }) => {
  await enterName(page);
  await callApi(page, 'setPreferences', { language: 'en' });
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(host.url);
  await expect(stranger.getByRole('alert')).toHaveText(/This address has already been used.*Run “pizhu web” again/);
  await other.close();
});

test('opening the address again in the signed-in browser shows the workspace and cleans the address', async ({ page, host }) => {
  await enterName(page);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: '文件' })).toBeVisible();
  await expect.poll(() => page.url()).toBe(`${host.origin}/`);
});
