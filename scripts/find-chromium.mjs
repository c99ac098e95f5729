// Finds a Chromium to drive: $PIZHU_CHROMIUM, then the usual system install locations.
// Used by the e2e tests, the benchmarks and PDF export in the CLI.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** The path of a system Chromium, or undefined when none is found. */
export function findChromium(env = process.env, platform = process.platform) {
  if (env.PIZHU_CHROMIUM) return existsSync(env.PIZHU_CHROMIUM) ? env.PIZHU_CHROMIUM : undefined;
  return (CANDIDATES[platform] ?? []).find((p) => existsSync(p));
}
