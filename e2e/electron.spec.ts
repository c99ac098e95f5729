// Smoke test of the real desktop app. It needs the Electron binary, which cannot be downloaded
// on every machine; where it is missing the test reports itself skipped and says why.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test, expect, _electron as electron } from '@playwright/test';

/**
 * Where the Electron binary is, read the way the electron package does but without its
 * download-on-require fallback (which fails, slowly, on a machine without network).
 */
function electronBinary(): { path?: string; reason?: string } {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(pkgDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
  const path = name ? join(distDir, name) : undefined;
  if (path && existsSync(path)) return { path };
  return { reason: `no Electron binary is installed (${path ?? join(pkgDir, 'path.txt')} is missing); run \`npx install-electron\` where downloads work` };
}

const binary = electronBinary();

test('the desktop window opens with its title and menu', async () => {
  if (!binary.path) {
    // The list reporter does not print skip reasons; say it where a person reading CI sees it.
    process.stderr.write(`Electron smoke test skipped: ${binary.reason}\n`);
    test.skip(true, binary.reason);
  }
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
