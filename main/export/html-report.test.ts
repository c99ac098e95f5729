import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { findChromium } from '../../scripts/find-chromium.mjs';
import type { ProjectStore } from '../project/store';
import { tempDir } from '../project/testing/fixtures';
import { packageRoot } from '../services/package-root';
import type { ExportComparison } from '../../shared/export/document';
import { exportToFile, screenshotFromBytes } from './index';
import { seedProject } from './testing/seed-project';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
let browser: Browser;

beforeAll(async () => {
  tmp = tempDir();
  store = await seedProject(tmp.file('腾讯.pizhu'));
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  store?.close();
  tmp?.remove();
});

const image = (name: string) => readFileSync(join(packageRoot(), 'fixtures/images', name));

function yuanbaoVersusKimi(): ExportComparison {
  const article = store.listArticles()[0]!;
  return {
    articleId: article.id,
    claimId: store.listClaims(article.id)[0]!.id,
    title: '同一问题:元宝与 Kimi',
    note: '元宝的回答更短',
    screenshots: [
      screenshotFromBytes({ bytes: image('yuanbao-answer.png'), mime: 'image/png', width: 360, height: 640, label: '元宝', regions: [{ x: 20, y: 100, width: 300, height: 80, note: '没有给出来源' }] }),
      screenshotFromBytes({ bytes: image('kimi-answer.jpg'), mime: 'image/jpeg', width: 360, height: 640, label: 'Kimi' }),
    ],
  };
}

describe('the HTML report', () => {
  it('is one file that renders in Chromium with the article, the claims and the screenshots inline', async () => {
    const written = await exportToFile(store, { format: 'html' }, tmp.file('报告.html'), { comparisons: [yuanbaoVersusKimi()] });
    const html = readFileSync(written.output, 'utf8');
    expect(html).not.toMatch(/<script|src="(?!data:)/);
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    try {
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load' });
      const text = await page.innerText('body');
      expect(text).toContain('总参数量 389B');
      expect(text).toContain('没有给出来源');
      expect(await page.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth))).toEqual([360, 360]);
      const shot = PNG.sync.read(await page.screenshot({ fullPage: false }));
      let inked = 0;
      for (let i = 0; i < shot.data.length; i += 4) if (shot.data[i]! < 200) inked++;
      expect(inked / (shot.width * shot.height)).toBeGreaterThan(0.01);
    } finally {
      await page.close();
    }
  });
});
