#!/usr/bin/env node
// Draws Pizhu's app and file icons with Chromium and writes the PNG, ICO and ICNS files that
// electron-builder.yml names (build/). Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const APP = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
  <rect x="64" y="64" width="896" height="896" rx="200" fill="#b8322a"/>
  <text x="512" y="660" font-size="540" text-anchor="middle" fill="#fff" font-family="Noto Serif CJK SC, Noto Serif SC, serif" font-weight="700">批</text>
  <path d="M250 790 H774" stroke="#fff" stroke-width="34" stroke-linecap="round" stroke-dasharray="2 64"/>
</svg>`;
const FILE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">
  <path d="M224 64 H640 L864 288 V960 H224 Z" fill="#fff" stroke="#c4beb2" stroke-width="24"/>
  <path d="M640 64 V288 H864" fill="#efede8" stroke="#c4beb2" stroke-width="24"/>
  <rect x="320" y="430" width="448" height="448" rx="96" fill="#b8322a"/>
  <text x="544" y="780" font-size="300" text-anchor="middle" fill="#fff" font-family="Noto Serif CJK SC, Noto Serif SC, serif" font-weight="700">批</text>
</svg>`;

async function render(browser, svg, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  const png = await page.screenshot({ omitBackground: true });
  await page.close();
  return png;
}

function ico(png256) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(0, 6); // 0 means 256 px
  header.writeUInt8(0, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png256.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png256]);
}

function icns(entries) {
  const parts = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, svg] of [['icon', APP], ['pizhu-file', FILE]]) {
  const [p1024, p512, p256] = [await render(browser, svg, 1024), await render(browser, svg, 512), await render(browser, svg, 256)];
  if (name === 'icon') writeFileSync('build/icon.png', p1024);
  writeFileSync(`build/${name}.ico`, ico(p256));
  writeFileSync(`build/${name}.icns`, icns([['ic10', p1024], ['ic09', p512], ['ic08', p256]]));
}
await browser.close();
