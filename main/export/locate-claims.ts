// Finds where each claim's highlighted text landed in a printed PDF. The layout knows exactly
// what it printed (segments.printedText: the article's text with claim numbers, white space
// removed); pdf.js gives the PDF's glyph runs with positions. Matching the one against the other,
// with some text before each claim to tell repeated phrases apart, gives the lines each claim
// covers on each page, as PDF quadrilaterals. Only the pages before the claims section are read.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ExportDocument } from '../../shared/export/document';
import type { PageGeometry } from '../../shared/export/print-setup';
import type { ExportJob } from './job';
import { articleRuns, printedText } from '../../shared/export/segments';
import { labels } from '../../shared/export/labels';
import type { GlyphRequest, Glyphs } from './glyphs-worker';

/** The part of a claim on one page: one quad per line, [x1,y1..x4,y4] as QuadPoints orders them. */
export interface ClaimOnPage {
  pageIndex: number;
  quads: number[][];
}

interface Glyph {
  page: number;
  x0: number;
  x1: number;
  /** Baseline and font size, in PDF units. */
  y: number;
  size: number;
}

// Characters the layout context includes before a claim, to tell a repeated quote (389B appears
// more than once) from the claim's own occurrence.
const CONTEXT = 16;

export async function locateClaims(
  pdf: Uint8Array,
  doc: ExportDocument,
  geometry: PageGeometry,
  reader: GlyphReader = new GlyphReader(),
  job?: ExportJob,
): Promise<Map<string, ClaimOnPage[]>> {
  const { text, glyphs } = await readGlyphsFor(pdf, doc, geometry, reader, job);
  const found = new Map<string, ClaimOnPage[]>();
  let cursor = 0;
  for (const article of doc.articles) {
    const printed = printedText(articleRuns(article));
    const opening = printed.text.slice(0, 32);
    const at = opening ? text.indexOf(opening, cursor) : -1;
    if (at < 0) continue;
    cursor = at;
    for (const claim of article.claims) {
      const span = printed.claims.get(claim.id);
      if (!span || span.end === span.start) continue;
      const context = printed.text.slice(Math.max(0, span.start - CONTEXT), span.start);
      const quote = printed.text.slice(span.start, span.end);
      let hit = text.indexOf(context + quote, cursor);
      if (hit >= 0) hit += context.length;
      else hit = text.indexOf(quote, cursor);
      if (hit < 0) continue;
      cursor = Math.max(cursor, hit - CONTEXT);
      found.set(claim.id, linesOf(glyphs.slice(hit, hit + quote.length)));
    }
  }
  return found;
}

/** Every printed glyph of the article pages in order, read off this thread (glyphs-worker.ts). */
async function readGlyphsFor(pdf: Uint8Array, doc: ExportDocument, geometry: PageGeometry, reader: GlyphReader, job?: ExportJob): Promise<{ text: string; glyphs: Glyph[] }> {
  const request: GlyphRequest = { pdf, top: geometry.margin.top, bottom: geometry.margin.bottom, lastSection: labels(doc.options.lang).t('claims') };
  const { text, columns, pages } = await reader.read(request, job);
  job?.update({ pages });
  const glyphs: Glyph[] = Array.from(columns.page, (page, i) => ({ page, x0: columns.x0[i]!, x1: columns.x1[i]!, y: columns.y[i]!, size: columns.size[i]! }));
  return { text, glyphs };
}

/**
 * The worker's module: the TypeScript source, run by Node's own type stripping with no tsx and
 * no source maps (CLI, tests, browser mode), or the file the build puts beside the main bundle
 * (electron.vite.config.ts); null when neither is there.
 */
function workerModule(): { url: URL; execArgv: string[] } | null {
  if (import.meta.url.endsWith('.ts')) return { url: new URL('./glyphs-worker.ts', import.meta.url), execArgv: [] };
  const url = new URL('./export-glyphs-worker.js', import.meta.url);
  return existsSync(url) ? { url, execArgv: [] } : null;
}

/** A glyph reader in a worker thread of its own, started ahead of the PDF it will read. */
export class GlyphReader {
  private readonly worker: Worker | null;
  private readonly reply: Promise<{ ok: true; glyphs: Glyphs } | { ok: false; message: string } | null>;

  constructor() {
    const module = workerModule();
    this.worker = module ? new Worker(module.url, { workerData: { kind: 'glyphs' }, execArgv: module.execArgv }) : null;
    const worker = this.worker;
    this.reply = worker
      ? new Promise((done) => {
          worker.once('message', done);
          worker.once('error', () => done(null));
          worker.once('exit', () => done(null));
        })
      : Promise.resolve(null);
  }

  /** Reads the glyphs in the worker; on this thread if the worker cannot run at all. */
  async read(request: GlyphRequest, job?: ExportJob): Promise<Glyphs> {
    const here = async () => (await import('./glyphs-worker')).readGlyphs(request);
    if (!this.worker) return here();
    const stop = () => this.stop();
    job?.signal.addEventListener('abort', stop, { once: true });
    try {
      this.worker.postMessage(request);
      const reply = await this.reply;
      job?.check();
      if (!reply) return here();
      if (!reply.ok) throw new Error(reply.message);
      return reply.glyphs;
    } finally {
      job?.signal.removeEventListener('abort', stop);
      this.stop();
    }
  }

  stop(): void {
    void this.worker?.terminate();
  }
}

/** Groups glyphs by page and line, and turns each line into a quad from descent to ascent. */
function linesOf(glyphs: Glyph[]): ClaimOnPage[] {
  const pages: ClaimOnPage[] = [];
  let line: Glyph[] = [];
  const flush = () => {
    if (!line.length) return;
    // The line's main text, not a superscript number, sets the baseline.
    const first = line.reduce((a, g) => (g.size > a.size ? g : a));
    const x0 = Math.min(...line.map((g) => g.x0));
    const x1 = Math.max(...line.map((g) => g.x1));
    const size = Math.max(...line.map((g) => g.size));
    const bottom = first.y - 0.25 * size;
    const top = first.y + 0.95 * size;
    let page = pages.at(-1);
    if (!page || page.pageIndex !== first.page) pages.push((page = { pageIndex: first.page, quads: [] }));
    page.quads.push([x0, top, x1, top, x0, bottom, x1, bottom]);
    line = [];
  };
  for (const g of glyphs) {
    const prev = line.at(-1);
    // A superscript claim number sits above the baseline but on the same line.
    if (prev && (prev.page !== g.page || g.x0 < prev.x0 - 1 || Math.abs(prev.y - g.y) > Math.max(prev.size, g.size) * 0.8)) flush();
    line.push(g);
  }
  flush();
  return pages;
}
