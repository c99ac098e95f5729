// Adds a real PDF Highlight annotation per claim to a printed export, so Acrobat, Preview,
// Okular and pdf.js list the claims as comments: number, tags, strength, verdict and note as
// Contents, the checker as author, a popup. A claim running onto the next page gets a
// continuation highlight there, grouped with the first (IRT + RT /Group), so it is one comment.
// The printed file is kept as it is; the annotations are appended as an incremental update.
//
// The page already shows each claim's light tint (printed with the layout), so it reads the same
// with comments hidden. Each highlight carries its own appearance stream that paints that same
// tint over its lines, so no viewer invents one: poppler (Okular, Evince) and pdf.js regenerate a
// highlight from /C at full strength unless the appearance has an ExtGState, which painted
// opaque dark boxes. The tint is painted with the Darken blend mode: over the page's own tint it
// changes nothing and the text stays black, where Multiply would deepen the tint a second time
// (measured: page 3 of the seed export 1.07× darker with comments shown under Multiply, 1.00×
// with Darken). /C is the same light colour, so a viewer that ignores the appearance anyway
// shows a light highlight, not a dark box. A claim with several tags also gets its split
// underline drawn in the appearance, over the one the page prints, so a viewer that lists or
// exports the comments alone keeps every tag's colour.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { incrementalUpdate } from './pdf-increment';
import { paperTint, rgbComponents, STRIPE_PX, STRIPE_THICKNESS_PX } from '../../shared/domain/claim-color';
import type { ExportClaim, ExportDocument } from '../../shared/export/document';
import { labels, type Labels } from '../../shared/export/labels';
import { claimMarker } from '../../shared/export/segments';
import type { ExportJob } from './job';
import type { Box, LocatedClaims } from './locate-claims';
import type { PrintedPdf } from './printed-pdf';

export interface AnnotateResult {
  /** The printed PDF, then the incremental update that annotates it: the file is the two in turn. */
  parts: [Uint8Array, Uint8Array];
  pages: number;
  /** Claims that got a highlight. */
  highlighted: number;
}

// CSS px to PDF units: the layout is printed at 96 px to the inch.
const PX = 0.75;

/** `printed` read by readPrinted into `out`; the result is `printed` with the annotations appended. */
export function annotatePdf(printed: Uint8Array, out: PrintedPdf, doc: ExportDocument, located: LocatedClaims, job?: ExportJob): AnnotateResult {
  const { context } = out;
  const touched = new Set<PDFRef>(located.changed);
  const l = labels(doc.options.lang);
  describeDocument(out, doc, touched);
  const tintState = context.register(context.obj({ Type: 'ExtGState', BM: 'Darken', CA: 1, ca: 1 }));
  let highlighted = 0;
  for (const [i, claim] of doc.claims.entries()) {
    job?.stage('annotate', { annotations: { done: i, total: doc.claims.length } });
    const parts = located.byClaim.get(claim.id);
    if (!parts?.length) continue;
    const contents = commentText(claim, l);
    const color = rgbComponents(paperTint(claim.color));
    let first: PDFRef | null = null;
    for (const part of parts) {
      const page = out.pages[part.pageIndex];
      if (!page) continue;
      const rect = bounds(part.quads);
      const appearance = context.register(
        context.stream(tintPaint(part.quads, color) + stripePaint(part.stripes, claim.stripes), {
          Type: 'XObject',
          Subtype: 'Form',
          BBox: rect,
          Resources: { ExtGState: { Tint: tintState } },
        }),
      );
      const annot = context.obj({
        Type: 'Annot',
        Subtype: 'Highlight',
        Rect: rect,
        QuadPoints: part.quads.flat(),
        C: color,
        CA: 1,
        F: 4,
        P: page.ref,
        AP: { N: appearance },
        M: pdfDate(claim.updatedAt),
        CreationDate: pdfDate(claim.createdAt),
      });
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(contents));
      annot.set(PDFName.of('Subj'), PDFHexString.fromText(subject(claim)));
      if (claim.authors[0]) annot.set(PDFName.of('T'), PDFHexString.fromText(claim.authors.at(-1)!));
      const ref = context.register(annot);
      if (first) {
        annot.set(PDFName.of('IRT'), first);
        annot.set(PDFName.of('RT'), PDFName.of('Group'));
      } else {
        first = ref;
        annot.set(PDFName.of('NM'), PDFString.of(claim.id));
        const popup = context.register(context.obj({ Type: 'Annot', Subtype: 'Popup', Parent: ref, Open: false, F: 28, Rect: popupRect(rect, page.width) }));
        annot.set(PDFName.of('Popup'), popup);
        addAnnot(out, page.node, page.ref, popup, touched);
      }
      addAnnot(out, page.node, page.ref, ref, touched);
    }
    if (first) highlighted++;
  }
  job?.stage('annotate', { annotations: { done: doc.claims.length, total: doc.claims.length } });
  return { parts: [printed, incrementalUpdate(printed, context, out.firstNew, [...touched])], pages: out.pages.length, highlighted };
}

/** The project's title shown in the viewer's title bar, Pizhu as creator, the export's language. */
function describeDocument(out: PrintedPdf, doc: ExportDocument, touched: Set<PDFRef>): void {
  const { Root, Info } = out.context.trailerInfo;
  const catalog = out.lookup(Root as PDFObject);
  if (catalog instanceof PDFDict && Root instanceof PDFRef) {
    catalog.set(PDFName.of('Lang'), PDFHexString.fromText(doc.options.lang));
    catalog.set(PDFName.of('ViewerPreferences'), out.context.obj({ DisplayDocTitle: true }));
    touched.add(Root);
  }
  const info = out.lookup(Info as PDFObject);
  if (info instanceof PDFDict && Info instanceof PDFRef) {
    info.set(PDFName.of('Title'), PDFHexString.fromText(doc.project.title));
    info.set(PDFName.of('Creator'), PDFHexString.fromText('Pizhu'));
    touched.add(Info);
  }
}

/** Gives the page a new, direct /Annots array (the page's links kept), so only the page changes. */
function addAnnot(out: PrintedPdf, page: PDFDict, pageRef: PDFRef, ref: PDFRef, touched: Set<PDFRef>): void {
  const existing = out.lookup(page.get(PDFName.of('Annots')));
  page.set(PDFName.of('Annots'), out.context.obj([...(existing instanceof PDFArray ? existing.asArray() : []), ref]));
  touched.add(pageRef);
}

function bounds(quads: number[][]): number[] {
  const xs = quads.flatMap((q) => [q[0]!, q[2]!, q[4]!, q[6]!]);
  const ys = quads.flatMap((q) => [q[1]!, q[3]!, q[5]!, q[7]!]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The popup opens in the right margin beside the highlight. */
function popupRect([, , , top]: number[], pageWidth: number): number[] {
  return [pageWidth - 200, top! - 120, pageWidth - 10, top!];
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** The tint over each line: one filled quadrilateral per QuadPoints entry (x1 y1 x2 y2 x3 y3 x4 y4). */
function tintPaint(quads: number[][], [r, g, b]: number[]): string {
  const lines = quads.map(([x1, y1, x2, y2, x3, y3, x4, y4]) => `${n(x1!)} ${n(y1!)} m ${n(x2!)} ${n(y2!)} l ${n(x4!)} ${n(y4!)} l ${n(x3!)} ${n(y3!)} l h f`);
  return ['q', '/Tint gs', `${r} ${g} ${b} rg`, ...lines, 'Q'].join('\n');
}

/**
 * The split underline of a claim with several tags, as the page prints it (stripesCss): along the
 * bottom of each line box, each tag's colour in turn, STRIPE_PX long, starting again at each box.
 */
function stripePaint(boxes: readonly Box[], colors: readonly string[]): string {
  if (colors.length === 0 || boxes.length === 0) return '';
  const step = STRIPE_PX * PX;
  const height = STRIPE_THICKNESS_PX * PX;
  const ops = ['', 'q', '/Tint gs'];
  colors.forEach((color, i) => {
    const [r, g, b] = rgbComponents(color);
    ops.push(`${r} ${g} ${b} rg`);
    for (const [x0, y0, x1] of boxes) {
      for (let x = x0 + i * step; x < x1; x += colors.length * step) ops.push(`${n(x)} ${n(y0)} ${n(Math.min(step, x1 - x))} ${n(height)} re f`);
    }
  });
  ops.push('Q');
  return ops.join('\n');
}

/** What a viewer's comment list shows: the number and verdict, then tags and strength, then the note. */
function commentText(c: ExportClaim, l: Labels): string {
  const facts = [
    c.tags.length ? l.t('field', { label: l.t('tags'), value: c.tags.map((t) => t.name).join('、') }) : l.t('untagged'),
    l.t('field', { label: l.t('strength'), value: l.strength(c.strength) }),
  ];
  return [`${claimMarker(c)} ${l.verdict(c.verdict)}`, facts.join(' · '), c.note].filter(Boolean).join('\n');
}

const subject = (c: ExportClaim): string => [claimMarker(c), ...c.tags.map((t) => t.name)].join(' ');

/** A PDF date string, D:YYYYMMDDHHmmSSZ, from an ISO time. */
const pdfDate = (iso: string): PDFString => PDFString.of(`D:${iso.replace(/[-:T]/g, '').slice(0, 14)}Z`);
