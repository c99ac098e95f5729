// Team sync in browser mode, two people at two desks: a real `pizhu serve` on loopback and two
// browser-mode hosts (each its own config folder, name and project file) in two browser contexts.
// A shares a project through 文件 → 团队同步…; B joins it there by typing the address and key.
// A tags a claim and B sees it; each sees where the other is. The server stops: both work on,
// the status bar says offline with what waits; each sets a different verdict on the same claim.
// The server comes back: both catch up, both see the one conflict, B settles it from the conflict
// list with the keyboard, and A sees B's choice. And a claim A deletes while B, offline, gives it
// a verdict comes back at A's desk with B's verdict, listed as a conflict A settles by keeping it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect, enterName, callApi, anchorIn, startHost } from './fixtures';
import { retype, tabTo, typeAsPerson } from './person';

const PROJECT = '混元核查';
const QUOTE = '总参数量 389B';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `pizhu serve` on loopback; resolves with its ws:// address once it listens. */
async function startServe(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/pizhu.mjs', 'serve', '--port', String(port), '--data', dataDir, '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      try {
        resolve((JSON.parse(out) as { url: string }).url);
      } catch {
        // Not all of the JSON has arrived yet.
      }
    });
    child.once('exit', (code) => reject(new Error(`pizhu serve exited with ${code}`)));
  });
  return { child, url };
}

async function stopServe(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A server holding the project's key, and desk B: its own browser-mode host and a page on it. */
async function serverAndDeskB(browser: Browser, prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dataDir = join(dir, 'server');
  const made = spawnSync(process.execPath, ['bin/pizhu.mjs', 'serve', '--data', dataDir, '--add-key', PROJECT, '--json'], { encoding: 'utf8' });
  const key = (JSON.parse(made.stdout) as { key: string }).key;
  const port = await freePort();
  const server = await startServe(dataDir, port);
  const hostB = await startHost(mkdtempSync(join(tmpdir(), 'pizhu-e2e-b-')));
  const contextB = await browser.newContext({ locale: 'zh-CN' });
  return { dir, dataDir, key, port, server, hostB, contextB, pageB: await contextB.newPage() };
}

/** Desk A's project, set up through the API (the tests are about sync): the seed with one claim. */
async function deskAProject(page: Page, dir: string): Promise<void> {
  await enterName(page, '张编辑');
  await callApi(page, 'projectNew', { path: join(dir, 'a.pizhu'), title: PROJECT });
  const article = await callApi<{ id: string; content: { text: string } }>(page, 'importCommit', {
    source: { kind: 'path', path: join(process.cwd(), 'fixtures/articles/seed-tencent-ai.txt') },
  });
  await callApi(page, 'addClaim', { articleId: article.id, anchor: anchorIn(article.content.text, QUOTE) });
}

const syncState = (page: Page) => page.getByRole('group', { name: '团队同步' }).getByRole('status');

async function openTeamSync(page: Page) {
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: '团队同步…' }).click();
  return page.getByRole('dialog', { name: '团队同步' });
}

test('two checkers share a project through pizhu serve, see each other, and settle a verdict conflict', async ({ page, browser, host }) => {
  test.setTimeout(180_000);
  const { dir, dataDir, key, port, server: first, hostB, contextB, pageB } = await serverAndDeskB(browser, 'pizhu-e2e-sync-');
  let server = first;
  try {
    await deskAProject(page, dir);
    await page.reload();
    const rowA = page.getByRole('listbox', { name: '论断' }).getByRole('option', { name: new RegExp(QUOTE) });
    await expect(rowA).toBeVisible();

    // A shares it: address, Tab, project name, Tab, key, Enter.
    const shareDialog = await openTeamSync(page);
    await expect(shareDialog.getByRole('radio', { name: '共享当前项目' })).toBeChecked();
    await expect(shareDialog).toContainText('浏览器模式下没有系统钥匙串');
    await expect(shareDialog).toContainText('sync-connections.json');
    await typeAsPerson(page, server.url);
    await page.keyboard.press('Tab');
    await typeAsPerson(page, PROJECT);
    await page.keyboard.press('Tab');
    await page.keyboard.type(key);
    await page.keyboard.press('Enter');
    await expect(shareDialog).toBeHidden();
    await expect(syncState(page)).toHaveText('已同步');

    // B joins it into a new file of their own.
    await pageB.goto(hostB.url);
    await pageB.locator('meta[name="pizhu-session"]').waitFor({ state: 'attached' });
    await enterName(pageB, '李核查');
    const joinDialog = await openTeamSync(pageB);
    await expect(joinDialog.getByRole('radio', { name: '加入共享的项目' })).toBeChecked();
    await typeAsPerson(pageB, server.url);
    await pageB.keyboard.press('Tab');
    await typeAsPerson(pageB, PROJECT);
    await pageB.keyboard.press('Tab');
    await pageB.keyboard.type(key);
    await tabTo(pageB, joinDialog.getByRole('textbox', { name: '新项目文件的位置' }));
    await retype(pageB, join(dir, 'b.pizhu'));
    await pageB.keyboard.press('Enter');
    await expect(joinDialog).toBeHidden();
    await expect(syncState(pageB)).toHaveText('已同步');
    const rowB = pageB.getByRole('listbox', { name: '论断' }).getByRole('option', { name: new RegExp(QUOTE) });
    await expect(rowB).toBeVisible();

    // Presence: B selects the claim; A sees B's avatar on it and in the status bar.
    await rowB.click();
    await expect(rowA.getByRole('group', { name: '李核查 正在看这条论断' })).toBeVisible();
    await expect(page.getByRole('list', { name: '项目中的同事' }).getByRole('img', { name: `李核查（正在看「${QUOTE}」）` })).toBeVisible();

    // A tags the claim; B sees the tag.
    await rowA.click();
    const inspectorA = page.getByRole('complementary', { name: '检查器' });
    const inspectorB = pageB.getByRole('complementary', { name: '检查器' });
    await inspectorA.getByRole('button', { name: /数据/ }).click();
    await expect(inspectorA.getByRole('button', { name: /数据/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(inspectorB.getByRole('button', { name: /数据/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(rowB.getByRole('group', { name: '张编辑 正在看这条论断' })).toBeVisible();

    // The server stops: both are offline; each edit waits, counted in the status bar.
    await stopServe(server.child);
    await expect(syncState(page)).toHaveText('离线，0 项待上传');
    await expect(syncState(pageB)).toHaveText('离线，0 项待上传');
    await inspectorA.getByLabel('核查结论').selectOption({ label: '不实' });
    await inspectorB.getByLabel('核查结论').selectOption({ label: '有误导' });
    await expect(syncState(page)).toHaveText('离线，1 项待上传');
    await expect(syncState(pageB)).toHaveText('离线，1 项待上传');

    // It comes back: both catch up and both see the one conflict.
    server = await startServe(dataDir, port);
    await expect(syncState(page)).toHaveText('已同步', { timeout: 20_000 });
    await expect(syncState(pageB)).toHaveText('已同步', { timeout: 20_000 });
    const conflictsA = page.getByRole('group', { name: '团队同步' }).getByRole('button', { name: '冲突 1 处' });
    const conflictsB = pageB.getByRole('group', { name: '团队同步' }).getByRole('button', { name: '冲突 1 处' });
    await expect(conflictsA).toBeVisible();
    await expect(conflictsB).toBeVisible();

    // B settles it from the conflict list, by keyboard: the first choice has the focus, ↓ to the other, Enter.
    await conflictsB.focus();
    await pageB.keyboard.press('Enter');
    const list = pageB.getByRole('dialog', { name: '同步冲突' });
    const conflict = list.getByRole('group', { name: `「${QUOTE}」的核查结论` });
    await expect(conflict.getByRole('button', { name: '用「不实」（张编辑）' })).toBeVisible();
    await expect(conflict.getByRole('button', { name: '用「有误导」（李核查）' })).toBeVisible();
    const mine = conflict.getByRole('button', { name: '用「有误导」（李核查）' });
    for (let i = 0; i < 3 && !(await mine.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await pageB.keyboard.press('ArrowDown');
    await expect(mine).toBeFocused();
    await pageB.keyboard.press('Enter');
    await expect(list).toContainText('没有待解决的同步冲突。');
    await pageB.keyboard.press('Escape');

    // Everyone sees the choice: the conflict is gone and the verdict is B's.
    await expect(conflictsA).toBeHidden();
    await expect(conflictsB).toBeHidden();
    await expect(inspectorA.getByLabel('核查结论')).toHaveValue('misleading');
    await expect(inspectorB.getByLabel('核查结论')).toHaveValue('misleading');
    await expect(rowA).toContainText('有误导');
  } finally {
    await contextB.close();
    hostB.child.kill('SIGTERM');
    await stopServe(server.child).catch(() => {});
  }
  expect(host.consoleErrors).toEqual([]);
});

test('a claim deleted at one desk while the other edited it comes back as a conflict, and is kept from the list', async ({ page, browser, host }) => {
  test.setTimeout(120_000);
  const { dir, dataDir, key, port, server: first, hostB, contextB, pageB } = await serverAndDeskB(browser, 'pizhu-e2e-sync-del-');
  let server = first;
  try {
    // Sharing and joining are set up through the API here; the first test does them in the dialog.
    await deskAProject(page, dir);
    await callApi(page, 'syncShare', { server: server.url, project: PROJECT, key });
    await page.reload();
    await pageB.goto(hostB.url);
    await pageB.locator('meta[name="pizhu-session"]').waitFor({ state: 'attached' });
    await enterName(pageB, '李核查');
    await callApi(pageB, 'syncJoin', { server: server.url, project: PROJECT, key, path: join(dir, 'b.pizhu') });
    await pageB.reload();
    const rowA = page.getByRole('listbox', { name: '论断' }).getByRole('option', { name: new RegExp(QUOTE) });
    const rowB = pageB.getByRole('listbox', { name: '论断' }).getByRole('option', { name: new RegExp(QUOTE) });
    await expect(syncState(page)).toHaveText('已同步');
    await expect(syncState(pageB)).toHaveText('已同步');

    // Offline, A deletes the claim while B gives it a verdict.
    await stopServe(server.child);
    await expect(syncState(pageB)).toHaveText('离线，0 项待上传');
    await rowA.click();
    const inspectorA = page.getByRole('complementary', { name: '检查器' });
    await inspectorA.getByRole('button', { name: '删除论断…' }).click();
    await inspectorA.getByRole('button', { name: '确认删除' }).click();
    await expect(rowA).toHaveCount(0);
    await rowB.click();
    await pageB.getByRole('complementary', { name: '检查器' }).getByLabel('核查结论').selectOption({ label: '有误导' });
    await expect(syncState(pageB)).toHaveText('离线，1 项待上传');

    // Back online: the claim is back at A's desk with B's verdict, and both see the conflict.
    server = await startServe(dataDir, port);
    await expect(rowA).toContainText('有误导', { timeout: 20_000 });
    const conflictsA = page.getByRole('group', { name: '团队同步' }).getByRole('button', { name: '冲突 1 处' });
    await expect(conflictsA).toBeVisible();
    await expect(pageB.getByRole('group', { name: '团队同步' }).getByRole('button', { name: '冲突 1 处' })).toBeVisible();

    // A keeps it after all, from the list by keyboard.
    await conflictsA.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('dialog', { name: '同步冲突' });
    const conflict = list.getByRole('group', { name: `「${QUOTE}」的去留` });
    await expect(conflict.getByRole('button', { name: '用「删除」（张编辑）' })).toBeVisible();
    const keep = conflict.getByRole('button', { name: '用「保留」（李核查）' });
    for (let i = 0; i < 3 && !(await keep.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await expect(keep).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(list).toContainText('没有待解决的同步冲突。');
    await page.keyboard.press('Escape');
    await expect(conflictsA).toBeHidden();
    await expect(pageB.getByRole('group', { name: '团队同步' }).getByRole('button', { name: /冲突/ })).toBeHidden();
    await expect(rowA).toContainText('有误导');
    await expect(rowB).toContainText('有误导');
  } finally {
    await contextB.close();
    hostB.child.kill('SIGTERM');
    await stopServe(server.child).catch(() => {});
  }
  expect(host.consoleErrors).toEqual([]);
});
