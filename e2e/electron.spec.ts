// Smoke test of the real desktop app. It needs the Electron binary, which cannot be downloaded
// on every machine; where it is missing the test reports itself skipped and says why.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, _electron as electron } from '@playwright/test';

function electronBinary(): { path?: string; reason?: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string;
    return existsSync(path) ? { path } : { reason: `the Electron binary is not installed (${path} is missing)` };
  } catch (err) {
    return { reason: `the Electron binary is not installed (${(err as Error).message.split('\n')[0]})` };
  }
}

const binary = electronBinary();

test('the desktop window opens with its title and menu', async () => {
  test.skip(!binary.path, binary.reason);
  const app = await electron.launch({
    executablePath: binary.path,
    args: ['.', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'pizhu-electron-'))}`],
  });
  const window = await app.firstWindow();
  await expect(window).toHaveTitle('批注');
  const menuLabels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? []);
  expect(menuLabels).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助']));
  const prefs = await window.evaluate(() => typeof (window as unknown as { pizhu?: object }).pizhu);
  expect(prefs).toBe('object');
  await app.close();
});
