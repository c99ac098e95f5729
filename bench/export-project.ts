// The export bench's project: the seed article three times over (one long article) with 200
// claims, overlapping ones included, and 20 screenshot comparisons of three phone-sized
// screenshots each (60 images of 1080 × 2340 stored in the project file, as the app holds them).
// Loaded only by the process that builds it, so the exporting process loads what an export does.
import sharp from 'sharp';
import { previewImport } from '../main/import';
import { seedText } from '../main/export/testing/seed-project';
import { attachScreenshots } from '../main/services/comparison-service';
import { ProjectStore } from '../main/project/store';
import { EDITOR } from '../main/project/testing/fixtures';
import { VERDICT_VALUES } from '../shared/domain/scales';
import { CodePointIndex } from '../shared/text/codepoints';

export const CLAIMS = 200;
export const COMPARISONS = 20;
const LABELS = ['元宝', 'Kimi', '通义千问'];
export const SCREENSHOTS = COMPARISONS * LABELS.length;

/** Builds the project at `path`; returns how many bytes of screenshots it holds. */
export async function buildExportBenchProject(path: string): Promise<number> {
  const store = ProjectStore.create(path, { title: '导出基准', author: EDITOR });
  const text = [seedText(), seedText(), seedText()].join('\n');
  const preview = await previewImport({ fileName: 'seed-x3.txt', bytes: new TextEncoder().encode(text), lang: 'zh-CN' });
  const article = store.addArticle({ ...preview.content, source: { url: 'https://www.example.com/news/tencent-ai' } });
  const index = new CodePointIndex(article.content.text);
  const tags = store.listTags();
  const claimIds: string[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    // Evenly spread, 6-26 code points long: neighbours overlap now and then, as real claims do.
    // Every seventh claim has two tags, so the split underline is drawn too.
    const start = Math.floor((i * (index.length - 40)) / CLAIMS);
    const end = start + 6 + (i % 6) * 4;
    const claim = store.addClaim({
      articleId: article.id,
      anchor: { exact: index.slice(start, end), prefix: index.slice(Math.max(0, start - 8), start), suffix: index.slice(end, end + 8), start, end },
      tagIds: i % 7 === 3 ? [tags[i % tags.length]!.id, tags[(i + 1) % tags.length]!.id] : [tags[i % tags.length]!.id],
      verdict: VERDICT_VALUES[i % VERDICT_VALUES.length]!,
      strength: i % 5,
      status: 'checked',
      note: { json: '', text: `第 ${i + 1} 条论断的批注：核对了原始来源。` },
    });
    if (i % 3 === 0) store.addEvidence(claim.id, { title: '来源', url: `https://www.example.org/source/${i}`, stance: 'supports' });
    claimIds.push(claim.id);
  }
  let screenshotBytes = 0;
  for (let k = 0; k < COMPARISONS; k++) {
    const files = await Promise.all(LABELS.map(async (label, j) => ({ fileName: `${label}-${k}.png`, bytes: await screenshot(k * 3 + j) })));
    screenshotBytes += files.reduce((n, f) => n + f.bytes.length, 0);
    const stored = await attachScreenshots(store, files, 'zh-CN');
    const comparison = store.addComparison({
      title: `对比 ${k + 1}`,
      claimIds: [claimIds[k * 10]!],
      items: stored.map((s, j) => ({ assetHash: s.hash, thumbnailHash: s.thumbnailHash, label: LABELS[j]! })),
    });
    store.addRegion(comparison.items[0]!.id, { x: 40, y: 200, width: 600, height: 160, note: { json: '', text: '关键句' } });
  }
  store.close();
  return screenshotBytes;
}

/** A phone screenshot's worth of pixels: rows of grey "text" on white, different per image. */
async function screenshot(n: number): Promise<Uint8Array> {
  const [w, h] = [1080, 2340];
  const px = Buffer.alloc(w * h * 3, 255);
  let seed = n * 7919 + 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let y = 120; y < h - 60; y += 56) {
    let x = 48;
    while (x < w - 48) {
      const word = 20 + Math.floor(rand() * 120);
      const shade = 40 + Math.floor(rand() * 80);
      for (let yy = y; yy < y + 30; yy++) for (let xx = x; xx < Math.min(w - 48, x + word); xx++) if (rand() < 0.55) px.fill(shade, (yy * w + xx) * 3, (yy * w + xx) * 3 + 3);
      x += word + 14;
    }
  }
  return new Uint8Array(await sharp(px, { raw: { width: w, height: h, channels: 3 } }).png().toBuffer());
}
