// Adds a real PDF Highlight annotation per claim to a printed export, so Acrobat, Preview,
// Okular and pdf.js list the claims as comments: the verdict and note as Contents, the checker
// as author, the tag's colour, a popup. A claim running onto the next page gets a continuation
// highlight there, grouped with the first (IRT + RT /Group), so it is still one comment.
import { PDFArray, type PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from 'pdf-lib';
import type { ExportClaim, ExportDocument } from '../../shared/export/document';
import { labels } from '../../shared/export/labels';
import type { ClaimOnPage } from './locate-claims';

export interface AnnotateResult {
  bytes: Uint8Array;
  pages: number;
  /** Claims that got a highlight. */
  highlighted: number;
}

export async function annotatePdf(pdf: Uint8Array, doc: ExportDocument, located: ReadonlyMap<string, ClaimOnPage[]>): Promise<AnnotateResult> {
  const out = await PDFDocument.load(pdf, { updateMetadata: false });
  const l = labels(doc.options.lang);
  out.setTitle(doc.project.title, { showInWindowTitleBar: true });
  out.setCreator('Pizhu');
  out.setLanguage(doc.options.lang);
  const pages = out.getPages();
  // An empty appearance: the page itself already shows the tint the layout printed, so the
  // annotation adds the comment without darkening the text a second time.
  const blank = out.context.register(
    out.context.stream('', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1] }),
  );
  let highlighted = 0;
  for (const claim of doc.claims) {
    const parts = located.get(claim.id);
    if (!parts?.length) continue;
    const contents = [`[${claim.number}] ${l.verdict(claim.verdict)}`, claim.note].filter(Boolean).join('\n');
    let first: PDFRef | null = null;
    for (const part of parts) {
      const page = pages[part.pageIndex];
      if (!page) continue;
      const rect = bounds(part.quads);
      const annot = out.context.obj({
        Type: 'Annot',
        Subtype: 'Highlight',
        Rect: rect,
        QuadPoints: part.quads.flat(),
        C: rgb(claim.color),
        CA: 1,
        F: 4,
        P: page.ref,
        AP: { N: blank },
        M: pdfDate(claim.updatedAt),
        CreationDate: pdfDate(claim.createdAt),
      });
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(contents));
      annot.set(PDFName.of('Subj'), PDFHexString.fromText(subject(claim)));
      if (claim.authors[0]) annot.set(PDFName.of('T'), PDFHexString.fromText(claim.authors.at(-1)!));
      const ref = out.context.register(annot);
      if (first) {
        annot.set(PDFName.of('IRT'), first);
        annot.set(PDFName.of('RT'), PDFName.of('Group'));
      } else {
        first = ref;
        annot.set(PDFName.of('NM'), PDFString.of(claim.id));
        const popup = out.context.register(
          out.context.obj({ Type: 'Annot', Subtype: 'Popup', Parent: ref, Open: false, F: 28, Rect: popupRect(rect, page.getWidth()) }),
        );
        annot.set(PDFName.of('Popup'), popup);
        addAnnot(page.node, popup);
      }
      addAnnot(page.node, ref);
    }
    if (first) highlighted++;
  }
  const bytes = await out.save({ useObjectStreams: true });
  return { bytes, pages: pages.length, highlighted };
}

function addAnnot(page: PDFDict, ref: PDFRef): void {
  const existing = page.lookup(PDFName.of('Annots'));
  if (existing instanceof PDFArray) existing.push(ref);
  else page.set(PDFName.of('Annots'), page.context.obj([ref]));
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

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => Math.round((parseInt(hex.slice(i, i + 2), 16) / 255) * 1000) / 1000);

const subject = (c: ExportClaim): string => [`[${c.number}]`, ...c.tags.map((t) => t.name)].join(' ');

/** A PDF date string, D:YYYYMMDDHHmmSSZ, from an ISO time. */
const pdfDate = (iso: string): PDFString => PDFString.of(`D:${iso.replace(/[-:T]/g, '').slice(0, 14)}Z`);
