// The annotated PDF: lay out, embed the fonts the text needs, print, find each claim on the
// printed pages and add its highlight annotation. Reports how long each step took, for the bench,
// and each step to the export's job, which can cancel between them.
import { performance } from 'node:perf_hooks';
import type { ExportDocument } from '../../shared/export/document';
import { renderExportHtml } from '../../shared/export/layout';
import { printSetup, runningHead, type PrintSetup } from '../../shared/export/print-setup';
import { labels } from '../../shared/export/labels';
import { annotatePdf } from './annotate-pdf';
import { embeddedFontCss } from './fonts';
import { ExportJob } from './job';
import { locateClaims } from './locate-claims';
import { readPrinted } from './printed-pdf';
import type { PdfPrinter, PendingFiles } from './pdf-printer';

export interface PdfExport {
  /** The file, in parts written one after the other (annotate-pdf.ts). */
  parts: Uint8Array[];
  pages: number;
  highlighted: number;
  timings: { layoutMs: number; printMs: number; annotateMs: number };
}

/** The page Chromium prints, its fonts embedded, and the page setup around it. */
export function printPage(doc: ExportDocument): { html: string; setup: PrintSetup } {
  const bare = renderExportHtml(doc, { fontCss: '', forPrint: true });
  // Subsetting by the characters of the whole page (markup included) is a cheap superset.
  const html = renderExportHtml(doc, { fontCss: embeddedFontCss(bare).css, forPrint: true });
  const headFoot = runningHead(doc) + labels(doc.options.lang).t('pageOf', { page: '0123456789', total: '' });
  return { html, setup: printSetup(doc, embeddedFontCss(headFoot).css) };
}

/**
 * `folder` holds the files the layout refers to (screenshots), some perhaps still being written
 * (`pending`); the page is printed from there.
 */
export async function renderPdf(doc: ExportDocument, printer: PdfPrinter, job = new ExportJob(doc.options.lang), folder?: string, pending?: PendingFiles): Promise<PdfExport> {
  const t0 = performance.now();
  job.stage('print');
  const { html, setup } = printPage(doc);
  const t1 = performance.now();
  const printed = await printer.print(html, setup, { signal: job.signal, ...(folder ? { folder } : {}), ...(pending ? { pending } : {}) }).catch((err: unknown) => {
    job.check();
    throw err;
  });
  // A screenshot that could not be made fails the export, as it did before it was printed.
  await pending?.all;
  const t2 = performance.now();
  job.stage('annotate', { annotations: { done: 0, total: doc.claims.length } });
  const target = await readPrinted(printed);
  job.update({ pages: target.pages.length });
  const annotated = annotatePdf(printed, target, doc, locateClaims(target, doc), job);
  const t3 = performance.now();
  return {
    parts: annotated.parts,
    pages: annotated.pages,
    highlighted: annotated.highlighted,
    timings: { layoutMs: t1 - t0, printMs: t2 - t1, annotateMs: t3 - t2 },
  };
}
