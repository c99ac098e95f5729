#!/usr/bin/env node
// Before the e2e tests: use a system Chromium when there is one; otherwise fetch Playwright's
// own (on machines with network access).
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const found = findChromium();
if (found) {
  process.stdout.write(`Using system Chromium: ${found}\n`);
} else {
  process.stdout.write('No system Chromium found ($PIZHU_CHROMIUM or the usual locations); fetching Playwright\'s Chromium.\n');
  const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 1);
}
