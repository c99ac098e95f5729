// The comparison viewer in a real Chromium: four 3840 x 2160 screenshots opened side by side and
// panned (frames per second during the pan, against an idle page's frame rate measured in the
// same run, and the renderer's JS heap), and a project with 300 screenshots whose comparisons
// list scrolls with thumbnails only (full images requested while scrolling: goal 0).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromium, type Page } from 'playwright-core';
import { drawScreenshot, type ScreenshotSpec } from '../fixtures/images/draw-screenshot';
import { ProjectStore } from '../main/project/store';
import { createComparison } from '../main/services/comparison-service';
import { createNodeServices } from '../main/services/node-services';
import { startWebHost } from '../main/web/host';
import { findChromium } from '../scripts/find-chromium.mjs';
import { sampleArticle, anchorOf, SAMPLE_TEXT } from '../main/project/testing/fixtures';
import { ratio, report, result } from './lib';

const dir = mkdtempSync(join(tmpdir(), 'pizhu-bench-cmp-'));
const author = { id: '6f1c1d7e-3a57-4a8e-9b0e-1d2c3b4a5f60', name: '基准' };
const png = async (spec: ScreenshotSpec) => {
  const raw = drawScreenshot(spec);
  return new Uint8Array(await sharp(raw.data, { raw }).png().toBuffer());
};

async function makeProject(name: string, comparisons: { images: Uint8Array[] }[]) {
  const path = join(dir, name);
  const store = ProjectStore.create(path, { title: name, author });
  const article = store.addArticle(sampleArticle());
  const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B') });
  for (const [n, c] of comparisons.entries()) {
    await createComparison(
      store,
      { title: `对比 ${n + 1}`, claimIds: [claim.id], images: c.images.map((bytes, i) => ({ label: `图${i + 1}`, fileName: `${n}-${i}.png`, bytes })) },
      'zh-CN',
    );
  }
  store.close();
  return path;
}

process.stdout.write('drawing screenshots…\n');
const accents: ScreenshotSpec['accent'][] = [[30, 120, 255], [20, 20, 20], [100, 80, 240], [30, 160, 90]];
const big = await Promise.all(accents.map((accent, i) => png({ width: 3840, height: 2160, accent, seed: i + 1, unit: 12, glyphs: true })));
const bigProject = await makeProject('four-4k.pizhu', [{ images: big }]);
const small: { images: Uint8Array[] }[] = [];
for (let i = 0; i < 150; i++) {
  small.push({ images: await Promise.all([0, 1].map((k) => png({ width: 1280, height: 720, accent: accents[(i + k) % 4]!, seed: i * 2 + k + 10, unit: 8 }))) });
}
const manyProject = await makeProject('300-shots.pizhu', small);

const services = createNodeServices({ mode: 'browser', configDir: join(dir, 'config') });
services.prefs.update({ authorName: '基准' });
const host = await startWebHost({ services, rendererDir: join(process.cwd(), 'out', 'renderer') });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const heapMb = async () => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Math.round((metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1048576) * 10) / 10;
};

/** Frames per second painted while `act` runs for `ms`. */
async function fps(p: Page, ms: number, act: () => Promise<void>): Promise<number> {
  // Scripts as strings: tsx would wrap functions in helpers the page does not have.
  await p.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const end = Date.now() + ms;
  while (Date.now() < end) await act();
  const frames = (await p.evaluate('window.__stop = true, window.__frames')) as number[];
  return Math.round(((frames.length - 1) / ((frames.at(-1)! - frames[0]!) / 1000)) * 10) / 10;
}

services.session.open(bigProject);
await page.goto(host.url);
await page.getByRole('button', { name: /打开截图对比/ }).click();
await page.getByRole('dialog').getByRole('img', { name: '图4' }).waitFor();
await page.waitForFunction("[...document.querySelectorAll('.shot-layer img')].every((i) => i.complete)");
const idleFps = await fps(page, 1500, () => page.waitForTimeout(50));
const stage = (await page.getByTestId('stage-图1').boundingBox())!;
await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
await page.mouse.down();
let dx = 0;
const panFps = await fps(page, 3000, async () => {
  dx = (dx + 7) % 300;
  await page.mouse.move(stage.x + stage.width / 2 - dx, stage.y + stage.height / 2 - dx / 2);
});
await page.mouse.up();
const viewerHeap = await heapMb();
report('idle frame rate (same page)', `${idleFps} fps`);
report('pan of four 3840x2160 screenshots', `${panFps} fps`);
report('pan / idle frame rate', ratio(panFps, idleFps));
report('renderer JS heap with the viewer open', `${viewerHeap} MB`);

services.session.open(manyProject);
const fullAssets = new Set<string>();
const thumbRequests = new Set<string>();
const store = services.session.current();
const fullHashes = new Set(store.listComparisons().flatMap((c) => c.items.map((i) => i.assetHash)));
page.on('request', (req) => {
  const m = /\/asset\/([0-9a-f]{64})/.exec(req.url());
  if (m) (fullHashes.has(m[1]!) ? fullAssets : thumbRequests).add(m[1]!);
});
// The address's token signs in once; the session cookie lets the page in again.
await page.goto(`${host.origin}/`);
const nav = page.getByRole('complementary', { name: '导航' });
await nav.getByRole('button', { name: /打开截图对比/ }).first().waitFor();
const box = (await nav.boundingBox())!;
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
const scrollFps = await fps(page, 3000, () => page.mouse.wheel(0, 400));
const listHeap = await heapMb();
report('comparisons list of 300 screenshots: scroll', `${scrollFps} fps (${ratio(scrollFps, idleFps)} of idle)`);
report('thumbnails requested / full images requested', `${thumbRequests.size} / ${fullAssets.size}`);
report('renderer JS heap with the list', `${listHeap} MB`);

await browser.close();
await host.close();
services.session.close();
result({
  idleFps,
  panFps,
  panToIdle: ratio(panFps, idleFps),
  viewerHeapMb: viewerHeap,
  listScrollFps: scrollFps,
  listScrollToIdle: ratio(scrollFps, idleFps),
  thumbnailsRequested: thumbRequests.size,
  fullImagesRequestedWhileScrolling: fullAssets.size,
  listHeapMb: listHeap,
});
