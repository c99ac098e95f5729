// Smoke test of the real desktop app. It needs the Electron binary, which cannot be downloaded
// on every machine; where it is missing the test reports itself skipped and says why.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, _electron as electron } from '@playwright/test';
import { electronBinary } from '../scripts/electron-binary.mjs';

const found = electronBinary();
const binary = found.path ? found : { reason: `${found.reason}; run \`npx install-electron\` where downloads work` };

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
