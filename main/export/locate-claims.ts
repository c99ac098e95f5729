// Finds where each claim's highlighted text landed in a printed PDF. The layout knows exactly
// what it printed (segments.printedText: the article's text with claim numbers, white space
// removed); pdf.js gives the PDF's glyph runs with positions. Matching the one against the other,
// with some text before each claim to tell repeated phrases apart, gives the lines each claim
// covers on each page, as PDF quadrilaterals.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { ExportDocument } from '../../shared/export/document';
import type { PageGeometry } from '../../shared/export/print-setup';
import type { ExportJob } from './job';
import { articleRuns, printedText } from '../../shared/export/segments';

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

export async function locateClaims(pdf: Uint8Array, doc: ExportDocument, geometry: PageGeometry, job?: ExportJob): Promise<Map<string, ClaimOnPage[]>> {
  const { text, glyphs } = await readGlyphs(pdf, geometry, job);
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

/** Every printed glyph of the page bodies in order, white space dropped, one entry per UTF-16 unit. */
async function readGlyphs(pdf: Uint8Array, geometry: PageGeometry, job?: ExportJob): Promise<{ text: string; glyphs: Glyph[] }> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false });
  const loaded = await task.promise;
  job?.update({ pages: loaded.numPages });
  let text = '';
  const glyphs: Glyph[] = [];
  try {
    for (let p = 1; p <= loaded.numPages; p++) {
      job?.check();
      const page = await loaded.getPage(p);
      const top = page.view[3]! - geometry.margin.top;
      const { items } = await page.getTextContent({ disableNormalization: true });
      for (const item of items as TextItem[]) {
        const [size, , , , x, y] = item.transform as number[];
        // The running head and page numbers print in the margins; they are not the article.
        if (!item.str || y! > top || y! < geometry.margin.bottom) continue;
        const chars = [...item.str];
        // Share the run's width out by glyph: CJK glyphs are a full em, others about half.
        const weights = chars.map((c) => (/\s/u.test(c) ? 0.3 : c.codePointAt(0)! >= 0x2e80 ? 1 : 0.55));
        const total = weights.reduce((a, b) => a + b, 0);
        let left = x!;
        chars.forEach((c, i) => {
          const w = (weights[i]! / total) * item.width;
          if (!/\s/u.test(c)) {
            text += c;
            for (let u = 0; u < c.length; u++) glyphs.push({ page: p - 1, x0: left, x1: left + w, y: y!, size: Math.abs(size!) });
          }
          left += w;
        });
      }
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return { text, glyphs };
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
