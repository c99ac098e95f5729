// Reads a printed export's glyphs with pdf.js: every glyph of the page bodies in reading order,
// white space dropped, one entry per UTF-16 unit, with its page, x extent, baseline and size.
// It runs in a worker thread of its own, started without tsx and without source maps: under tsx
// pdf.js alone took some 400 MB, in a plain Node worker some 60 MB, freed when the worker ends.
// So this module imports nothing but pdf.js and Node, and runs under Node's own type stripping.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

export interface GlyphRequest {
  pdf: Uint8Array;
  /** The page body lies between these heights (PDF units); the running head and foot do not. */
  top: number;
  bottom: number;
  /** Stop before the page this outline entry starts (it begins a new page): nothing from there on is needed. */
  lastSection: string;
}

/** One entry per glyph in each column (they move between threads without copying). */
export interface GlyphColumns {
  page: Float64Array;
  x0: Float64Array;
  x1: Float64Array;
  /** Baseline and font size, in PDF units. */
  y: Float64Array;
  size: Float64Array;
}

export interface Glyphs {
  text: string;
  columns: GlyphColumns;
  /** Pages in the PDF (not only those read). */
  pages: number;
}

export async function readGlyphs({ pdf, top, bottom, lastSection }: GlyphRequest): Promise<Glyphs> {
  // pdf.js takes ownership of the buffer it is given: the worker's own copy, or one made here.
  const task = getDocument({ data: isMainThread ? pdf.slice() : pdf, disableFontFace: true, useSystemFonts: false });
  const loaded = await task.promise;
  let text = '';
  const rows: number[][] = [[], [], [], [], []];
  try {
    const last = (await sectionPage(loaded, lastSection)) - 1;
    for (let p = 1; p <= last; p++) {
      const page = await loaded.getPage(p);
      const bodyTop = page.view[3]! - top;
      const { items } = await page.getTextContent({ disableNormalization: true });
      for (const item of items as TextItem[]) {
        const [size, , , , x, y] = item.transform as number[];
        if (!item.str || y! > bodyTop || y! < bottom) continue;
        const chars = [...item.str];
        // Share the run's width out by glyph: CJK glyphs are a full em, others about half.
        const weights = chars.map((c) => (/\s/u.test(c) ? 0.3 : c.codePointAt(0)! >= 0x2e80 ? 1 : 0.55));
        const total = weights.reduce((a, b) => a + b, 0);
        let left = x!;
        chars.forEach((c, i) => {
          const w = (weights[i]! / total) * item.width;
          if (!/\s/u.test(c)) {
            text += c;
            for (let u = 0; u < c.length; u++) [p - 1, left, left + w, y!, Math.abs(size!)].forEach((v, k) => rows[k]!.push(v));
          }
          left += w;
        });
      }
      page.cleanup();
    }
    const [page, x0, x1, y, size] = rows.map((r) => Float64Array.from(r)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    return { text, columns: { page, x0, x1, y, size }, pages: loaded.numPages };
  } finally {
    await task.destroy();
  }
}

interface OutlineEntry {
  title: string;
  dest: unknown;
  items: OutlineEntry[];
}
type Outline = OutlineEntry[];

/** The 1-based page the outline entry titled `title` points at; one past the last page when there is none. */
async function sectionPage(doc: Awaited<ReturnType<typeof getDocument>['promise']>, title: string): Promise<number> {
  const find = (items: Outline): OutlineEntry | undefined => items.find((o) => o.title === title) ?? items.map((o) => find(o.items)).find(Boolean);
  const entry = find(((await doc.getOutline()) ?? []) as Outline);
  const dest = (typeof entry?.dest === 'string' ? await doc.getDestination(entry.dest) : entry?.dest) as unknown[] | null | undefined;
  if (!dest?.[0]) return doc.numPages + 1;
  return (await doc.getPageIndex(dest[0] as Parameters<typeof doc.getPageIndex>[0])) + 1;
}

// Started early (while Chromium prints) so pdf.js is loaded by the time the PDF arrives.
if (parentPort && (workerData as { kind?: string } | null)?.kind === 'glyphs') {
  const port = parentPort;
  port.once('message', (request: GlyphRequest) =>
    readGlyphs(request).then(
      (glyphs) => port.postMessage({ ok: true, glyphs }, Object.values(glyphs.columns).map((c) => c.buffer)),
      (err: unknown) => port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
    ),
  );
}
