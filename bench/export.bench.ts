// Export at the product goal's size: the seed article three times over (one long article) with
// 200 claims, overlapping ones included, and 20 screenshot comparisons of three phone-sized
// screenshots each (60 images of 1080 × 2340 stored in the project file, as the app holds them).
// Prints the annotated PDF once, in a process of its own that does nothing else (as the app's
// main process or `pizhu export` would), and reports pages per second, the total time against
// printing alone (goal ≤ 1.15×) and that process's peak memory (goal < 300 MB; Chromium's own
// memory is not counted); then HTML and CSV times.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ChromiumPdfPrinter, exportProject } from '../main/export/index';
import { ProjectStore } from '../main/project/store';
import { EDITOR } from '../main/project/testing/fixtures';
import { VERDICT_VALUES } from '../shared/domain/scales';
import { CodePointIndex } from '../shared/text/codepoints';
import { mb, ratio, report, result, time } from './lib';

const CLAIMS = 200;
const COMPARISONS = 20;

interface Figures {
  claims: number;
  highlighted: number;
  pages: number;
  pdfBytes: number;
  pdfMs: number;
  layoutMs: number;
  printMs: number;
  annotateMs: number;
  startRss: number;
  peakRss: number;
}

/** The exporting process: opens the project, prints once (browser started beforehand), measures. */
async function exportOnce(path: string): Promise<Figures> {
  const store = ProjectStore.open(path, { author: EDITOR, readOnly: true });
  const printer = new ChromiumPdfPrinter();
  // Start the browser outside the measurement: the app keeps one running.
  await printer.print('<p>warm-up</p>', { paper: 'a4', geometry: { width: 595, height: 842, margin: { top: 36, bottom: 36, left: 36, right: 36 } }, headerTemplate: '<span></span>', footerTemplate: '<span></span>' });
  globalThis.gc?.();
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const pdf = await exportProject(store, { format: 'pdf' }, { printer });
  const pdfMs = performance.now() - t0;
  clearInterval(sampler);
  await printer.close();
  store.close();
  const { layoutMs, printMs, annotateMs } = pdf.timings!;
  return { claims: pdf.claims, highlighted: pdf.highlighted!, pages: pdf.pages!, pdfBytes: pdf.bytes.length, pdfMs, layoutMs, printMs, annotateMs, startRss, peakRss };
}

if (process.argv[2] === '--export') {
  process.stdout.write(`FIGURES ${JSON.stringify(await exportOnce(process.argv[3]!))}\n`);
  process.exit(0);
}

// What only the setup needs is loaded here, so the exporting process loads what an export does.
const { default: sharp } = await import('sharp');
const { previewImport } = await import('../main/import');
const { seedText } = await import('../main/export/testing/seed-project');
const { attachScreenshots } = await import('../main/services/comparison-service');

const dir = mkdtempSync(join(tmpdir(), 'pizhu-export-bench-'));
const projectPath = join(dir, 'bench.pizhu');
const store = ProjectStore.create(projectPath, { title: '导出基准', author: EDITOR });
const text = [seedText(), seedText(), seedText()].join('\n');
const preview = await previewImport({ fileName: 'seed-x3.txt', bytes: new TextEncoder().encode(text), lang: 'zh-CN' });
const article = store.addArticle({ ...preview.content, source: { url: 'https://www.example.com/news/tencent-ai' } });
const index = new CodePointIndex(article.content.text);
const tags = store.listTags();
const claimIds: string[] = [];
for (let i = 0; i < CLAIMS; i++) {
  // Evenly spread, 6-26 code points long: neighbours overlap now and then, as real claims do.
  const start = Math.floor((i * (index.length - 40)) / CLAIMS);
  const end = start + 6 + (i % 6) * 4;
  const claim = store.addClaim({
    articleId: article.id,
    anchor: { exact: index.slice(start, end), prefix: index.slice(Math.max(0, start - 8), start), suffix: index.slice(end, end + 8), start, end },
    tagIds: [tags[i % tags.length]!.id],
    verdict: VERDICT_VALUES[i % VERDICT_VALUES.length]!,
    strength: i % 5,
    status: 'checked',
    note: { json: '', text: `第 ${i + 1} 条论断的批注:核对了原始来源。` },
  });
  if (i % 3 === 0) store.addEvidence(claim.id, { title: '来源', url: `https://www.example.org/source/${i}`, stance: 'supports' });
  claimIds.push(claim.id);
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

const LABELS = ['元宝', 'Kimi', '通义千问'];
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
report('screenshots stored in the project', `${COMPARISONS * LABELS.length} (${mb(screenshotBytes)} MB)`);

store.close();

const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--export', projectPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const line = child.stdout.split('\n').find((l) => l.startsWith('FIGURES '));
if (!line) throw new Error(`the exporting process failed (exit ${child.status}):\n${child.stdout}`);
const f = JSON.parse(line.slice('FIGURES '.length)) as Figures;

const pagesPerSecond = Math.round((f.pages / (f.pdfMs / 1000)) * 10) / 10;
report('PDF: claims / highlighted / pages', `${f.claims} / ${f.highlighted} / ${f.pages}`);
report('PDF: size', `${mb(f.pdfBytes)} MB`);
report('PDF: total / layout+fonts / print / locate+annotate', `${Math.round(f.pdfMs)} / ${Math.round(f.layoutMs)} / ${Math.round(f.printMs)} / ${Math.round(f.annotateMs)} ms`);
report('PDF: pages per second', pagesPerSecond);
report('PDF: total / print alone (goal ≤ 1.15)', ratio(f.pdfMs, f.printMs));
report('peak RSS of the exporting process (goal < 300 MB)', `${mb(f.peakRss)} MB (${mb(f.startRss)} MB before the export)`);

const reopened = ProjectStore.open(projectPath, { author: EDITOR, readOnly: true });
const html = await time(() => exportProject(reopened, { format: 'html' }), { runs: 3, warmup: 1 });
const csv = await time(() => exportProject(reopened, { format: 'csv' }), { runs: 9, warmup: 2 });
const htmlBytes = (await exportProject(reopened, { format: 'html' })).bytes.length;
report('HTML report (median) / size', `${Math.round(html.medianMs)} ms / ${mb(htmlBytes)} MB`);
report('CSV (median)', `${Math.round(csv.medianMs * 10) / 10} ms`);

reopened.close();
rmSync(dir, { recursive: true, force: true });
result({
  claims: f.claims,
  highlighted: f.highlighted,
  screenshots: COMPARISONS * LABELS.length,
  screenshotMb: mb(screenshotBytes),
  pages: f.pages,
  pdfMs: Math.round(f.pdfMs),
  pagesPerSecond,
  totalOverPrint: ratio(f.pdfMs, f.printMs),
  printMs: Math.round(f.printMs),
  annotateMs: Math.round(f.annotateMs),
  layoutMs: Math.round(f.layoutMs),
  pdfMb: mb(f.pdfBytes),
  peakRssMb: mb(f.peakRss),
  startRssMb: mb(f.startRss),
  htmlMs: Math.round(html.medianMs),
  htmlMb: mb(htmlBytes),
  csvMs: Math.round(csv.medianMs * 10) / 10,
});
