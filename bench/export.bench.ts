// Export at the product goal's size: the seed article three times over (one long article) with
// 200 claims, overlapping ones included, and 20 screenshot comparisons of three screenshots each
// (60 images, passed in as bytes). Prints the annotated PDF once and reports pages per second,
// the share of time spent finding claims and placing annotations against printing, and peak
// memory of this process (Chromium's own memory is not counted); then HTML and CSV times.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { previewImport } from '../main/import';
import { ChromiumPdfPrinter, exportProject, screenshotFromBytes } from '../main/export/index';
import { ProjectStore } from '../main/project/store';
import { EDITOR } from '../main/project/testing/fixtures';
import { seedText } from '../main/export/testing/seed-project';
import { packageRoot } from '../main/services/package-root';
import type { ExportComparison } from '../shared/export/document';
import { VERDICT_VALUES } from '../shared/domain/scales';
import { CodePointIndex } from '../shared/text/codepoints';
import { mb, report, result, time } from './lib';

const CLAIMS = 200;
const COMPARISONS = 20;

const dir = mkdtempSync(join(tmpdir(), 'pizhu-export-bench-'));
const store = ProjectStore.create(join(dir, 'bench.pizhu'), { title: '导出基准', author: EDITOR });
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

const image = (name: string) => readFileSync(join(packageRoot(), 'fixtures/images', name));
const shots = [
  { bytes: image('yuanbao-answer.png'), mime: 'image/png', label: '元宝' },
  { bytes: image('kimi-answer.jpg'), mime: 'image/jpeg', label: 'Kimi' },
  { bytes: image('tongyi-answer.webp'), mime: 'image/webp', label: '通义千问' },
];
const comparisons: ExportComparison[] = Array.from({ length: COMPARISONS }, (_, k) => ({
  articleId: article.id,
  claimId: claimIds[k * 10]!,
  title: `对比 ${k + 1}`,
  note: '',
  screenshots: shots.map((s) => screenshotFromBytes({ ...s, width: 360, height: 640, regions: [{ x: 10, y: 60, width: 200, height: 90, note: '关键句' }] })),
}));

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);

const printer = new ChromiumPdfPrinter();
// Start the browser outside the measurement: the app keeps one running.
await exportProject(store, { format: 'csv' });
await printer.print('<p>warm-up</p>', { paper: 'a4', geometry: { width: 595, height: 842, margin: { top: 36, bottom: 36, left: 36, right: 36 } }, headerTemplate: '<span></span>', footerTemplate: '<span></span>' });
const t0 = performance.now();
const pdf = await exportProject(store, { format: 'pdf' }, { printer, comparisons });
const pdfMs = performance.now() - t0;
clearInterval(sampler);
await printer.close();

const { layoutMs, printMs, annotateMs } = pdf.timings!;
const pagesPerSecond = Math.round((pdf.pages! / (pdfMs / 1000)) * 10) / 10;
report('PDF: claims / highlighted / pages', `${pdf.claims} / ${pdf.highlighted} / ${pdf.pages}`);
report('PDF: size', `${mb(pdf.bytes.length)} MB`);
report('PDF: total / layout+fonts / print / locate+annotate', `${Math.round(pdfMs)} / ${Math.round(layoutMs)} / ${Math.round(printMs)} / ${Math.round(annotateMs)} ms`);
report('PDF: pages per second', pagesPerSecond);
report('PDF: annotate share of (print + annotate)', `${Math.round((annotateMs / (printMs + annotateMs)) * 100)}%`);
report('peak RSS of this process (not Chromium)', `${mb(peakRss)} MB`);

const html = await time(() => exportProject(store, { format: 'html' }, { comparisons }), { runs: 5, warmup: 1 });
const csv = await time(() => exportProject(store, { format: 'csv' }), { runs: 9, warmup: 2 });
const htmlBytes = (await exportProject(store, { format: 'html' }, { comparisons })).bytes.length;
report('HTML report (median) / size', `${Math.round(html.medianMs)} ms / ${mb(htmlBytes)} MB`);
report('CSV (median)', `${Math.round(csv.medianMs * 10) / 10} ms`);

store.close();
rmSync(dir, { recursive: true, force: true });
result({
  claims: pdf.claims,
  highlighted: pdf.highlighted,
  screenshots: COMPARISONS * shots.length,
  pages: pdf.pages,
  pdfMs: Math.round(pdfMs),
  pagesPerSecond,
  annotateShare: Math.round((annotateMs / (printMs + annotateMs)) * 100) / 100,
  printMs: Math.round(printMs),
  annotateMs: Math.round(annotateMs),
  layoutMs: Math.round(layoutMs),
  pdfMb: mb(pdf.bytes.length),
  peakRssMb: mb(peakRss),
  htmlMs: Math.round(html.medianMs),
  htmlMb: mb(htmlBytes),
  csvMs: Math.round(csv.medianMs * 10) / 10,
});
