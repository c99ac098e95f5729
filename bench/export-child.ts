// The export bench's exporting process (export.bench.ts runs it from an esbuild bundle, as `pizhu
// export` runs): opens the project, starts the browser, then exports the annotated PDF while its
// memory is sampled, and prints the same page alone, taking turns; prints one FIGURES line.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ChromiumPdfPrinter, exportToFile, type ExportDeps } from '../main/export/index';
import { loadComparisons, loadExportSource } from '../main/export/load';
import { printPage } from '../main/export/pdf';
import { ProjectStore } from '../main/project/store';
import { EDITOR } from '../main/project/testing/fixtures';
import { buildExportDocument } from '../shared/export/document';
import { ExportOptionsSchema } from '../shared/export/options';

// Exports and prints alone take turns this many times each.
const RUNS = 3;

export interface Figures {
  claims: number;
  highlighted: number;
  pages: number;
  pdfBytes: number;
  pdfMs: number[];
  printAloneMs: number[];
  /** CPU time of this process and Chromium's together, which other load on the machine hardly changes; null off Linux. */
  pdfCpuMs: (number | null)[];
  printAloneCpuMs: (number | null)[];
  layoutMs: number;
  printMs: number;
  annotateMs: number;
  startRss: number;
  peakRss: number;
}

/** CPU time (user + system) of this process and every process it started (Chromium), from /proc; null where there is none. */
function treeCpuMs(pid = process.pid): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // utime, stime, and the same for children that have ended (a page's renderer may end meanwhile).
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number);
    let ms = (ticks.reduce((a, b) => a + b, 0) * 1000) / 100;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').trim();
      for (const child of children ? children.split(' ') : []) ms += treeCpuMs(Number(child)) ?? 0;
    }
    return ms;
  } catch {
    return null;
  }
}

/** How long `work` takes, in wall time and in CPU time of this process and Chromium. */
async function measured(work: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number | null }> {
  const cpu0 = treeCpuMs();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  const cpu1 = treeCpuMs();
  return { ms, cpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

/** Prints the export's page once more, its screenshots written beforehand: printing alone. */
async function printAlone(store: ProjectStore, printer: ChromiumPdfPrinter): Promise<{ ms: number; cpuMs: number | null }> {
  const folder = mkdtempSync(join(tmpdir(), 'pizhu-print-alone-'));
  try {
    const { comparisons, pending } = await loadComparisons(store, { printFolder: folder });
    await pending.all;
    const { html, setup } = printPage(buildExportDocument(loadExportSource(store, undefined, comparisons), ExportOptionsSchema.parse({ format: 'pdf' })));
    return await measured(() => printer.print(html, setup, { folder }));
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
  const out = join(mkdtempSync(join(tmpdir(), 'pizhu-export-out-')), 'bench.pdf');
  let figures: Parameters<NonNullable<ExportDeps['onPdf']>>[0] | undefined;
  // As `pizhu export` and the app's 导出… do: the file written once all is done.
  let written: Awaited<ReturnType<typeof exportToFile>> | undefined;
  const exportOnce = () => measured(async () => (written = await exportToFile(store, { format: 'pdf' }, out, { printer, onPdf: (pdf) => (figures ??= pdf) })));
  const exports = [await exportOnce()];
  clearInterval(sampler);
  const alone = [await printAlone(store, printer)];
  for (let run = 1; run < RUNS; run++) {
    exports.push(await exportOnce());
    alone.push(await printAlone(store, printer));
  }
  await printer.close();
  store.close();
  rmSync(join(out, '..'), { recursive: true, force: true });
  return {
    claims: written!.claims,
    highlighted: figures!.highlighted,
    pages: written!.pages!,
    pdfBytes: written!.bytes,
    pdfMs: exports.map((e) => e.ms),
    printAloneMs: alone.map((a) => a.ms),
    pdfCpuMs: exports.map((e) => e.cpuMs),
    printAloneCpuMs: alone.map((a) => a.cpuMs),
    ...figures!.timings,
    startRss,
    peakRss,
  };
}

process.stdout.write(`FIGURES ${JSON.stringify(await exportOnce(process.argv[2]!))}\n`);
process.exit(0);

