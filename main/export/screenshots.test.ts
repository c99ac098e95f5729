import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import sharp from 'sharp';
import type { ProjectStore } from '../project/store';
import { tempDir } from '../project/testing/fixtures';
import { attachScreenshots } from '../services/comparison-service';
import { exportToFile } from './index';
import { ChromiumPdfPrinter } from './pdf-printer';
import { printWidth } from './screenshots';
import { seedProject } from './testing/seed-project';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
let printer: ChromiumPdfPrinter;

/** A phone screenshot's size: wider than half the text column needs. */
const phoneShot = (shade: number) =>
  sharp({ create: { width: 1170, height: 2532, channels: 3, background: { r: shade, g: 240, b: 250 } } }).png().toBuffer();

beforeAll(async () => {
  tmp = tempDir();
  store = await seedProject(tmp.file('腾讯.pizhu'));
  printer = new ChromiumPdfPrinter();
  const files = [
    { fileName: '元宝.png', bytes: new Uint8Array(await phoneShot(200)) },
    { fileName: 'Kimi.png', bytes: new Uint8Array(await phoneShot(120)) },
  ];
  const shots = await attachScreenshots(store, files, 'zh-CN');
  const article = store.listArticles()[0]!;
  store.addComparison({
    title: '元宝与 Kimi',
    claimIds: [store.listClaims(article.id)[0]!.id],
    items: shots.map((s, i) => ({ assetHash: s.hash, thumbnailHash: s.thumbnailHash, label: ['元宝', 'Kimi'][i]! })),
  });
});
afterAll(async () => {
  await printer?.close();
  store?.close();
  tmp?.remove();
});

describe('screenshots stored in the project, exported', () => {
  it('are printed at print resolution, not at the size they were taken', async () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('pizhu-print-'));
    const written = await exportToFile(store, { format: 'pdf' }, tmp.file('报告.pdf'), { printer });
    const widths = execFileSync('pdfimages', ['-list', written.output], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => Number(line.trim().split(/\s+/)[3]));
    expect(widths).toHaveLength(2);
    for (const w of widths) expect(w).toBe(printWidth(2));
    // The folder the page was printed from is gone.
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('pizhu-print-'))).toEqual(before);
  });

  it('keep their own size in the HTML report', async () => {
    const written = await exportToFile(store, { format: 'html' }, tmp.file('报告.html'));
    expect(written.bytes).toBeGreaterThan(0);
    const html = readFileSync(written.output, 'utf8');
    const sizes = await Promise.all(
      [...html.matchAll(/src="data:image\/png;base64,([^"]+)"/g)].map(async (m) => (await sharp(Buffer.from(m[1]!, 'base64')).metadata()).width),
    );
    expect(sizes).toEqual([1170, 1170]);
  });
});
