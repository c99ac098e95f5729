// Reads just what annotating a printed export needs: the catalog, the document info, the pages
// and each page's annotations. Chromium (Skia) writes a classic cross-reference table, so each of
// those objects is parsed on its own from its offset; the other ten thousand objects of a long
// export (content streams, fonts, images, the structure tree) are never parsed. Parsing the
// whole file with pdf-lib took half a second and held every object; a PDF without such a table
// is still read that way.
import { PDFArray, PDFContext, PDFDict, PDFDocument, PDFName, PDFObjectParser, PDFRef, type PDFNumber, type PDFObject } from 'pdf-lib';

export interface PrintedPage {
  ref: PDFRef;
  node: PDFDict;
  /** The page's width in PDF units. */
  width: number;
}

export interface PrintedPdf {
  /** Holds the objects read so far; new objects registered in it are numbered after the file's. */
  context: PDFContext;
  /** The first object number an incremental update may use. */
  firstNew: number;
  pages: PrintedPage[];
  /** The object `ref` points at, read from the file on first use. */
  lookup(object: PDFObject | undefined): PDFObject | undefined;
}

const latin1 = (bytes: Uint8Array, from: number, to: number): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', from, to);

/** Object number → byte offset, from the classic cross-reference sections (newest wins); null for an xref stream. */
function xrefOffsets(pdf: Uint8Array): { offsets: Map<number, number>; trailer: Uint8Array[] } | null {
  const tail = latin1(pdf, Math.max(0, pdf.length - 1024), pdf.length);
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) return null;
  const offsets = new Map<number, number>();
  const trailer: Uint8Array[] = [];
  const seen = new Set<number>();
  for (let at: number | null = Number(start[1]); at !== null && !seen.has(at); ) {
    seen.add(at);
    if (latin1(pdf, at, at + 4) !== 'xref') return null;
    const end = indexOf(pdf, 'trailer', at);
    if (end < 0) return null;
    const lines = latin1(pdf, at + 4, end).split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
    for (let i = 0; i < lines.length; ) {
      const [first, count] = lines[i]!.split(/\s+/).map(Number) as [number, number];
      for (let k = 0; k < count; k++) {
        const [offset, , kind] = lines[i + 1 + k]!.split(/\s+/);
        if (kind === 'n' && !offsets.has(first + k)) offsets.set(first + k, Number(offset));
      }
      i += 1 + count;
    }
    const dictBytes = pdf.subarray(end + 'trailer'.length);
    trailer.push(dictBytes);
    const prev = /\/Prev\s+(\d+)/.exec(latin1(dictBytes, 0, Math.min(dictBytes.length, 512)));
    at = prev ? Number(prev[1]) : null;
  }
  return { offsets, trailer };
}

function indexOf(bytes: Uint8Array, word: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(word, from, 'latin1');
}

export async function readPrinted(pdf: Uint8Array): Promise<PrintedPdf> {
  const xref = xrefOffsets(pdf);
  if (!xref) return wholeFile(pdf);
  const context = PDFContext.create();
  const parse = (bytes: Uint8Array) => PDFObjectParser.forBytes(bytes, context).parseObject();
  const trailer = parse(xref.trailer[0]!) as PDFDict;
  const size = (trailer.get(PDFName.of('Size')) as PDFNumber).asNumber();
  context.largestObjectNumber = size - 1;
  context.trailerInfo.Root = trailer.get(PDFName.of('Root'));
  context.trailerInfo.Info = trailer.get(PDFName.of('Info'));
  const lookup = (object: PDFObject | undefined): PDFObject | undefined => {
    if (!(object instanceof PDFRef)) return object;
    const known = context.lookup(object);
    if (known) return known;
    const offset = xref.offsets.get(object.objectNumber);
    if (offset === undefined) return undefined;
    const head = /^\s*\d+\s+\d+\s+obj/.exec(latin1(pdf, offset, offset + 40));
    if (!head) throw new Error(`object ${object.objectNumber} is not at offset ${offset}`);
    const parsed = parse(pdf.subarray(offset + head[0].length));
    context.assign(object, parsed);
    return parsed;
  };
  return { context, firstNew: size, pages: pagesOf(lookup, context.trailerInfo.Root as PDFObject), lookup };
}

/** The page tree in order, with each page's width (MediaBox may be inherited). */
function pagesOf(lookup: PrintedPdf['lookup'], root: PDFObject): PrintedPage[] {
  const pages: PrintedPage[] = [];
  const walk = (ref: PDFObject | undefined, mediaBox: PDFObject | undefined): void => {
    const node = lookup(ref);
    if (!(node instanceof PDFDict) || !(ref instanceof PDFRef)) return;
    const box = lookup(node.get(PDFName.of('MediaBox'))) ?? mediaBox;
    const kids = lookup(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) {
      for (const kid of kids.asArray()) walk(kid, box);
      return;
    }
    const [x0, , x1] = box instanceof PDFArray ? box.asArray().map((n) => (lookup(n) as PDFNumber).asNumber()) : [0, 0, 612];
    pages.push({ ref, node, width: x1! - x0! });
  };
  const catalog = lookup(root) as PDFDict;
  walk(catalog.get(PDFName.of('Pages')), undefined);
  return pages;
}

async function wholeFile(pdf: Uint8Array): Promise<PrintedPdf> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return {
    context: doc.context,
    firstNew: doc.context.largestObjectNumber + 1,
    pages: doc.getPages().map((p) => ({ ref: p.ref, node: p.node, width: p.getWidth() })),
    lookup: (object) => (object instanceof PDFRef ? doc.context.lookup(object) : object),
  };
}
