// Export at the product goal's size (bench/export-project.ts: one long article with 200 claims,
// some with two tags, and 60 phone-sized screenshots in the project file). The annotated PDF is
// made once, in a process of its own that does nothing else (as the app's main process or
// `pizhu export` would), which reports pages per second, the total time against printing alone
// (goal ≤ 1.15×) and its peak memory (goal < 300 MB; Chromium's own memory is not counted), both
// whole and above what the process held before the export began. Printing alone is the same page
// with its screenshots already in place, printed by the same browser. The machine is shared, so
// exports and prints alone take turns, twice each, and the fastest of each is compared (memory is
// that of the first export, in a process that has done nothing else). Then HTML and CSV times.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ChromiumPdfPrinter, exportProject } from '../main/export/index';
import { loadComparisons, loadExportSource } from '../main/export/load';
import { printPage } from '../main/export/pdf';
import { ProjectStore } from '../main/project/store';
import { EDITOR } from '../main/project/testing/fixtures';
import { buildExportDocument } from '../shared/export/document';
import { ExportOptionsSchema } from '../shared/export/options';
import { mb, ratio, report, result, time } from './lib';

interface Figures {
  claims: number;
  highlighted: number;
  pages: number;
  pdfBytes: number;
  pdfMs: number[];
  printAloneMs: number[];
  layoutMs: number;
  printMs: number;
  annotateMs: number;
  startRss: number;
  peakRss: number;
}

/** Prints the export's page once more, its screenshots written beforehand: printing alone. */
async function printAlone(store: ProjectStore, printer: ChromiumPdfPrinter): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'pizhu-print-alone-'));
  try {
    const { comparisons, pending } = await loadComparisons(store, { printFolder: folder });
    await pending.all;
    const { html, setup } = printPage(buildExportDocument(loadExportSource(store, undefined, comparisons), ExportOptionsSchema.parse({ format: 'pdf' })));
    const t0 = performance.now();
    await printer.print(html, setup, { folder });
    return performance.now() - t0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The exporting process: opens the project, exports once (browser started beforehand), measures. */
async function exportOnce(path: string): Promise<Figures> {
  const store = ProjectStore.open(path, { author: EDITOR, readOnly: true });
  const printer = new ChromiumPdfPrinter();
  // Start the browser outside the measurement: the app keeps one running.
  await printer.print('<p>warm-up</p>', { paper: 'a4', geometry: { width: 595, height: 842, margin: { top: 36, bottom: 36, left: 36, right: 36 } }, headerTemplate: '<span></span>', footerTemplate: '<span></span>' });
  globalThis.gc?.();
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const exportOnce = async () => {
    const t0 = performance.now();
    const pdf = await exportProject(store, { format: 'pdf' }, { printer });
    return { pdf, ms: performance.now() - t0 };
  };
  const { pdf, ms } = await exportOnce();
  clearInterval(sampler);
  const pdfMs = [ms];
  const printAloneMs = [await printAlone(store, printer)];
  pdfMs.push((await exportOnce()).ms);
  printAloneMs.push(await printAlone(store, printer));
  await printer.close();
  store.close();
  return { claims: pdf.claims, highlighted: pdf.highlighted!, pages: pdf.pages!, pdfBytes: pdf.bytes.length, pdfMs, printAloneMs, ...pdf.timings!, startRss, peakRss };
}

if (process.argv[2] === '--export') {
  process.stdout.write(`FIGURES ${JSON.stringify(await exportOnce(process.argv[3]!))}\n`);
  process.exit(0);
}

// What only the set-up needs is loaded here, so the exporting process loads what an export does.
const { buildExportBenchProject, SCREENSHOTS } = await import('./export-project');
const dir = mkdtempSync(join(tmpdir(), 'pizhu-export-bench-'));
const projectPath = join(dir, 'bench.pizhu');
const screenshotBytes = await buildExportBenchProject(projectPath);
report('screenshots stored in the project', `${SCREENSHOTS} (${mb(screenshotBytes)} MB)`);

const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--export', projectPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const line = child.stdout.split('\n').find((l) => l.startsWith('FIGURES '));
if (!line) throw new Error(`the exporting process failed (exit ${child.status}):\n${child.stdout}`);
const f = JSON.parse(line.slice('FIGURES '.length)) as Figures;

const pdfMs = Math.min(...f.pdfMs);
const printAloneMs = Math.min(...f.printAloneMs);
const pagesPerSecond = Math.round((f.pages / (pdfMs / 1000)) * 10) / 10;
report('PDF: claims / highlighted / pages', `${f.claims} / ${f.highlighted} / ${f.pages}`);
report('PDF: size', `${mb(f.pdfBytes)} MB`);
report('PDF: first export: total / layout+fonts / print (images meanwhile) / locate+annotate', `${Math.round(f.pdfMs[0]!)} / ${Math.round(f.layoutMs)} / ${Math.round(f.printMs)} / ${Math.round(f.annotateMs)} ms`);
report('PDF: export, two runs', `${f.pdfMs.map(Math.round).join(' / ')} ms`);
report('PDF: printing alone, two runs', `${f.printAloneMs.map(Math.round).join(' / ')} ms`);
report('PDF: pages per second', pagesPerSecond);
report('PDF: total / print alone, fastest of each (goal ≤ 1.15)', ratio(pdfMs, printAloneMs));
report('peak RSS of the exporting process (goal < 300 MB)', `${mb(f.peakRss)} MB (${mb(f.startRss)} MB before the export)`);
report('  of which the export itself', `${mb(f.peakRss - f.startRss)} MB`);

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
  screenshots: SCREENSHOTS,
  screenshotMb: mb(screenshotBytes),
  pages: f.pages,
  pdfMs: Math.round(pdfMs),
  printAloneMs: Math.round(printAloneMs),
  pagesPerSecond,
  totalOverPrint: ratio(pdfMs, printAloneMs),
  printMs: Math.round(f.printMs),
  annotateMs: Math.round(f.annotateMs),
  layoutMs: Math.round(f.layoutMs),
  pdfMb: mb(f.pdfBytes),
  peakRssMb: mb(f.peakRss),
  startRssMb: mb(f.startRss),
  exportOwnMb: mb(f.peakRss - f.startRss),
  htmlMs: Math.round(html.medianMs),
  htmlMb: mb(htmlBytes),
  csvMs: Math.round(csv.medianMs * 10) / 10,
});
