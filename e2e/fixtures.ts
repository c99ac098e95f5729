// Playwright fixtures: each test gets its own browser-mode host (a fresh config folder, so
// preferences start clean) and a page already signed in: it opened the host's printed address,
// whose one-time token the page traded for a session.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface Host {
  url: string;
  origin: string;
  configDir: string;
  /** Console errors the page reported. */
  consoleErrors: string[];
}

export async function startHost(configDir: string): Promise<{ child: ChildProcess; url: string; origin: string }> {
  const child = spawn(process.execPath, ['bin/pizhu.mjs', 'web', '--json'], {
    env: { ...process.env, PIZHU_CONFIG_DIR: configDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const address = await new Promise<{ url: string; origin: string }>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      try {
        resolve(JSON.parse(out));
      } catch {
        // Not all of the JSON has arrived yet.
      }
    });
    child.once('exit', (code) => reject(new Error(`pizhu web exited with ${code}`)));
  });
  return { child, ...address };
}

/** Answers the first-run prompt so the workspace is usable. */
export async function enterName(page: Page, name = '张编辑'): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '欢迎使用批注' });
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: '开始使用' }).click();
  await expect(dialog).toBeHidden();
}

export const test = base.extend<{ host: Host }>({
  host: [
    async ({ page }, use) => {
    const configDir = mkdtempSync(join(tmpdir(), 'pizhu-e2e-'));
    const { child, url, origin } = await startHost(configDir);
    const consoleErrors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    await page.goto(url);
    // The sign-in page trades the token and loads the workspace, which carries the session's key.
    await page.locator('meta[name="pizhu-session"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('load');
    await use({ url, origin, configDir, consoleErrors });
    child.kill('SIGTERM');
    },
    { auto: true },
  ],
});

export { expect };

/** Calls the API as the renderer does (with the session's key), to set up data a test is not about. */
export async function callApi<T>(page: Page, method: string, arg?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, arg }) => {
      const apiKey = document.querySelector<HTMLMetaElement>('meta[name="pizhu-session"]')!.content;
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}` },
        body: arg === undefined ? '' : JSON.stringify(arg),
      });
      const body = await res.json();
      if (!body.ok) throw new Error(body.error.message);
      return body.value;
    },
    { method, arg },
  );
}

/** The anchor of the first `exact` in `text`, in code points, with 32 code points of context. */
export function anchorIn(text: string, exact: string) {
  const cps = [...text];
  const start = [...text.slice(0, text.indexOf(exact))].length;
  const end = start + [...exact].length;
  return { exact, prefix: cps.slice(Math.max(0, start - 32), start).join(''), suffix: cps.slice(end, end + 32).join(''), start, end };
}
