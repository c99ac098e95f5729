// Finds where each claim's highlighted text landed in a printed PDF. The print layout wraps each
// run of claimed text in a link of its own (segments.ts: runLink), and Chromium prints a link as
// one Link annotation per line box, with that box's exact place on its page. Reading those
// annotations back gives each claim's lines on each page as PDF quadrilaterals, with no text
// matching and without parsing the pages' content. The run links are then hidden: they served
// only to locate the claims.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type { ExportDocument } from '../../shared/export/document';
import { RUN_LINK, runsByLink } from '../../shared/export/segments';
import type { PrintedPdf } from './printed-pdf';

/** A line box of one run, [x0, y0, x1, y1] in PDF units. */
export type Box = [number, number, number, number];

/** The part of a claim on one page. */
export interface ClaimOnPage {
  pageIndex: number;
  /** One quad per line, [x1,y1..x4,y4] as QuadPoints orders them. */
  quads: number[][];
  /** The line boxes where the page shows this claim's split underline (runs where it is innermost). */
  stripes: Box[];
}

export interface LocatedClaims {
  byClaim: Map<string, ClaimOnPage[]>;
  /** The run links, now hidden and without action: objects the update must write again. */
  changed: PDFRef[];
}

const text = (o: PDFObject | undefined): string => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');

export function locateClaims(printed: PrintedPdf, doc: ExportDocument): LocatedClaims {
  const runs = runsByLink(doc.articles);
  const boxes = new Map<string, { pageIndex: number; box: Box; innermost: boolean }[]>();
  const changed: PDFRef[] = [];
  printed.pages.forEach((page, pageIndex) => {
    const annots = printed.lookup(page.node.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) return;
    for (const ref of annots.asArray()) {
      const annot = printed.lookup(ref);
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = printed.lookup(annot.get(PDFName.of('A')));
      const uri = action instanceof PDFDict ? text(printed.lookup(action.get(PDFName.of('URI')))) : '';
      if (!uri.startsWith(RUN_LINK)) continue;
      annot.delete(PDFName.of('A'));
      annot.set(PDFName.of('F'), PDFNumber.of(2));
      if (ref instanceof PDFRef) changed.push(ref);
      const run = runs.get(uri);
      const rect = printed.lookup(annot.get(PDFName.of('Rect')));
      if (!run || !(rect instanceof PDFArray)) continue;
      const [x0, y0, x1, y1] = rect.asArray().map((n) => (printed.lookup(n) as PDFNumber).asNumber()) as Box;
      if (x1 - x0 <= 0 || y1 - y0 <= 0) continue;
      const box: Box = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
      for (const claim of run.claims) {
        const list = boxes.get(claim.id) ?? [];
        list.push({ pageIndex, box, innermost: claim === run.claims.at(-1) });
        boxes.set(claim.id, list);
      }
    }
  });
  const byClaim = new Map<string, ClaimOnPage[]>();
  for (const [id, list] of boxes) byClaim.set(id, linesOf(list));
  return { byClaim, changed };
}

/** Boxes on the same page and line become one quad from the leftmost to the rightmost, top to bottom. */
function linesOf(list: { pageIndex: number; box: Box; innermost: boolean }[]): ClaimOnPage[] {
  const pages: ClaimOnPage[] = [];
  const sorted = [...list].sort((a, b) => a.pageIndex - b.pageIndex || b.box[3] - a.box[3] || a.box[0] - b.box[0]);
  let line: Box | null = null;
  for (const { pageIndex, box, innermost } of sorted) {
    let page = pages.at(-1);
    if (!page || page.pageIndex !== pageIndex) {
      pages.push((page = { pageIndex, quads: [], stripes: [] }));
      line = null;
    }
    if (innermost) page.stripes.push(box);
    // Another box of the same line (a nested claim's run beside it) widens the line's quad.
    if (line && Math.min(line[3], box[3]) - Math.max(line[1], box[1]) > 0.5 * Math.min(line[3] - line[1], box[3] - box[1])) {
      line = [Math.min(line[0], box[0]), Math.min(line[1], box[1]), Math.max(line[2], box[2]), Math.max(line[3], box[3])];
      page.quads[page.quads.length - 1] = quad(line);
    } else {
      line = box;
      page.quads.push(quad(line));
    }
  }
  return pages;
}

const quad = ([x0, y0, x1, y1]: Box): number[] => [x0, y1, x1, y1, x0, y0, x1, y0];
