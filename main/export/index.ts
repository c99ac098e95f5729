// Export entry points for the app's API and the CLI: a project (an open ProjectStore) and export
// options in; the exported bytes, or a file written atomically, out. A failed export never
// touches an existing file at the destination.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PizhuError, type Phrase } from '../../shared/api/result';
import { publisherOf, renderClaimReviews, type ReviewedComparison } from '../../shared/export/claimreview';
import { renderCsv } from '../../shared/export/csv';
import { buildExportDocument, type ExportComparison, type ExportDocument } from '../../shared/export/document';
import { renderExportHtml } from '../../shared/export/layout';
import { renderMarkdown } from '../../shared/export/markdown';
import { ExportOptionsSchema, type ExportFormat, type ExportOptions, type ExportRequest } from '../../shared/export/options';
import { renderW3C, type W3CExtras } from '../../shared/export/w3c';
import type { ProjectStore } from '../project/store';
import { writeFileAtomic } from '../services/atomic-write';
import { ExportJob } from './job';
import { loadComparisons, loadExportSource } from './load';
import { renderPdf, type PdfExport } from './pdf';
import { ChromiumPdfPrinter, type PdfPrinter } from './pdf-printer';
import { reviewedComparisons, w3cExtras } from './w3c-extras';

export { ExportJob, ExportJobs } from './job';

export type { PdfPrinter, PrintOptions, PendingFiles } from './pdf-printer';
export { ChromiumPdfPrinter } from './pdf-printer';
export { screenshotFromBytes, type ScreenshotInput } from './screenshots';

export interface ExportDeps {
  /** Prints PDFs; a headless system Chromium, launched and closed per export, when absent. */
  printer?: PdfPrinter;
  /** Screenshot comparisons to show instead of the project's own (tests pass their own). */
  comparisons?: ExportComparison[];
  /** Reports progress and can cancel the export; a job nobody watches when absent. */
  job?: ExportJob;
  /** Told of a PDF's highlights and how long each step took, when it is done (the bench). */
  onPdf?(pdf: Pick<PdfExport, 'pages' | 'highlighted' | 'timings'>): void;
}

export interface ExportOutput {
  format: ExportFormat;
  mime: string;
  bytes: Uint8Array;
  /** Claims exported. */
  claims: number;
  /** PDF only: pages, claims given a highlight annotation, and how long each step took. */
  pages?: number;
  highlighted?: number;
  timings?: PdfExport['timings'];
}

const MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  w3c: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  claimreview: 'application/ld+json',
};

/** Exports a project in memory: what the app's API calls before saving or sharing the bytes. */
export async function exportProject(store: ProjectStore, request: ExportRequest, deps: ExportDeps = {}): Promise<ExportOutput> {
  const { parts, ...out } = await exportParts(store, request, deps);
  return { ...out, bytes: parts.length === 1 ? parts[0]! : new Uint8Array(Buffer.concat(parts)) };
}

/** The export as parts to be written one after another (a PDF: the printed file, then its annotations). */
type ExportParts = Omit<ExportOutput, 'bytes'> & { parts: Uint8Array[] };

async function exportParts(store: ProjectStore, request: ExportRequest, deps: ExportDeps): Promise<ExportParts> {
  const options = ExportOptionsSchema.parse(request);
  const job = deps.job ?? new ExportJob(options.lang);
  job.stage('prepare');
  const showsImages = (options.format === 'pdf' || options.format === 'html') && options.include.screenshots;
  // A PDF is printed from a folder of its own, holding the page and its screenshots.
  const printFolder = options.format === 'pdf' ? mkdtempSync(join(tmpdir(), 'pizhu-print-')) : undefined;
  try {
    return await exportIn(store, options, deps, job, showsImages, printFolder);
  } finally {
    if (printFolder) rmSync(printFolder, { recursive: true, force: true });
  }
}

async function exportIn(store: ProjectStore, options: ExportOptions, deps: ExportDeps, job: ExportJob, showsImages: boolean, printFolder: string | undefined): Promise<ExportParts> {
  // Set when the export ends: screenshots still being scaled for it stop.
  let ended = false;
  const loaded =
    showsImages && !deps.comparisons
      ? await loadComparisons(store, {
          ...(options.articleIds ? { articleIds: options.articleIds } : {}),
          ...(printFolder ? { printFolder } : {}),
          // The screenshots are placed while Chromium starts on the page: that is the step shown until the last.
          onImage: (done, total) => job.update({ images: { done, total }, stage: printFolder && done === total ? 'print' : 'images' }),
          check: () => {
            if (ended) throw new Error('the export has ended');
            job.check();
          },
        })
      : { comparisons: deps.comparisons ?? [], pending: undefined };
  const doc = buildExportDocument(loadExportSource(store, options.articleIds, loaded.comparisons), options);
  const base = { format: options.format, mime: MIME[options.format], claims: doc.claims.length };
  if (options.format === 'pdf') {
    const printer = deps.printer ?? new ChromiumPdfPrinter(options.lang);
    try {
      const pdf = await renderPdf(doc, printer, job, printFolder, loaded.pending);
      deps.onPdf?.(pdf);
      return { ...base, parts: pdf.parts, pages: pdf.pages, highlighted: pdf.highlighted, timings: pdf.timings };
    } finally {
      ended = true;
      // The print folder is removed only once nothing writes into it any more.
      await loaded.pending?.all.catch(() => undefined);
      if (!deps.printer) await printer.close();
    }
  }
  if (options.format === 'claimreview' && !publisherOf(doc).reviewUrlBase) throw PizhuError.keyed('invalid-argument', 'publisher.needsReviewUrl', {}, options.lang);
  const extras: TextExtras = options.format === 'w3c' ? w3cExtras(store, doc) : options.format === 'claimreview' ? { comparisons: reviewedComparisons(store, doc) } : {};
  return { ...base, parts: [new TextEncoder().encode(renderText(doc, extras))] };
}

/** What some text formats add to the export document: W3C text hashes and author ids, ClaimReview's comparisons. */
export type TextExtras = W3CExtras & { comparisons?: ReviewedComparison[] };

/** The text formats: pure functions of the export document and its extras. */
export function renderText(doc: ExportDocument, extras: TextExtras = {}): string {
  switch (doc.options.format) {
    case 'html':
      // The report names the fonts by family and leaves them to the reader's system, which keeps
      // it small; images are inline data: URLs, so it is one self-contained file.
      return renderExportHtml(doc, { fontCss: '', forPrint: false });
    case 'md':
      return renderMarkdown(doc);
    case 'csv':
      return renderCsv(doc);
    case 'w3c':
      return JSON.stringify(renderW3C(doc, extras), null, 2) + '\n';
    case 'claimreview':
      return JSON.stringify(renderClaimReviews(doc, extras.comparisons), null, 2) + '\n';
    case 'pdf':
      throw new PizhuError('invalid-argument', 'a PDF is printed, not rendered as text');
  }
}

export interface WrittenExport {
  output: string;
  format: ExportFormat;
  claims: number;
  pages?: number;
  bytes: number;
}

/** Exports to `path`: the folder is checked first, and the file replaced only once all is done. */
export async function exportToFile(store: ProjectStore, request: ExportRequest, path: string, deps: ExportDeps = {}): Promise<WrittenExport> {
  const lang = request.lang ?? 'zh-CN';
  const fail = (detail: string | Phrase) => PizhuError.keyed('io', 'export.writeFailed', { path, detail }, lang);
  const folder = dirname(path);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // Reported just below, in the user's words.
  }
  if (!isFolder) throw fail({ key: 'error.not-found', vars: { detail: folder } });
  const out = await exportParts(store, request, deps);
  // The last chance to cancel: after this the file is written whole.
  deps.job?.stage('save');
  try {
    writeFileAtomic(path, out.parts);
  } catch (err) {
    throw fail(err instanceof Error ? err.message : String(err));
  }
  const bytes = out.parts.reduce((n, p) => n + p.length, 0);
  return { output: path, format: out.format, claims: out.claims, ...(out.pages === undefined ? {} : { pages: out.pages }), bytes };
}
