#!/usr/bin/env node
// The first step of `npm test`: finds what the tests need from the machine (Chromium, CJK fonts,
// poppler-utils, qpdf). As root on Debian/Ubuntu it installs what is missing with apt-get;
// otherwise it stops and prints the exact command to run. The decisions are in setup-plan.mjs.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { setupPlan } from './setup-plan.mjs';

/** Whether `name` is an executable on PATH. */
function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** A font covering Chinese: fontconfig's answer, or Debian's Noto CJK files where there is no fc-list. */
function hasCjkFont() {
  if (onPath('fc-list')) {
    const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    if (r.status === 0) return r.stdout.trim().length > 0;
  }
  return ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/System/Library/Fonts/PingFang.ttc', 'C:\\Windows\\Fonts\\msyh.ttc'].some((p) => existsSync(p));
}

function facts() {
  return {
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath('apt-get'),
    found: { chromium: Boolean(findChromium()), cjkFont: hasCjkFont(), pdftotext: onPath('pdftotext'), qpdf: onPath('qpdf') },
  };
}

const plan = setupPlan(facts());
if (plan.action === 'ok') {
  process.stdout.write('Set-up: Chromium, CJK fonts, poppler-utils and qpdf are present.\n');
  process.exit(0);
}
if (plan.action === 'install') {
  process.stdout.write(`${plan.message}\n`);
  for (const command of plan.commands) {
    process.stdout.write(`$ ${command}\n`);
    const [bin, ...args] = command.split(' ');
    const r = spawnSync(bin, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      process.stderr.write(`Set-up failed: \`${command}\` exited with ${r.status ?? r.signal}. Run it by hand to see why, then npm test again.\n`);
      process.exit(1);
    }
  }
  const after = setupPlan(facts());
  if (after.action === 'ok') process.exit(0);
  process.stderr.write(`Set-up: still missing after installing: ${after.missing.join('; ')}\n`);
  process.exit(1);
}
process.stderr.write(`${plan.message}\n${plan.commands.map((c) => `  ${c}\n`).join('')}`);
process.exit(1);
