// Saves changes to a PDF as an incremental update (ISO 32000-1, 7.5.6): the printed file is kept
// byte for byte and the new and changed objects, a cross-reference section for them and a
// trailer pointing back at the original one are appended. Rewriting a 10 MB printed export with
// pdf-lib took longer than finding every claim in it, and held the file several times over. The
// update is made as one buffer and kept apart from the printed bytes: a file is written from the
// two, and only an export held in memory joins them.
import type { PDFContext, PDFRef } from 'pdf-lib';

/** Where the original cross-reference section starts: the number after the last `startxref`. */
function previousXref(pdf: Uint8Array): number {
  const tail = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1', Math.max(0, pdf.length - 1024));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new Error('the printed PDF has no startxref');
  return Number(match[1]);
}

/**
 * What to append to `original`: every object of `context` numbered from `firstNew` on, the objects
 * in `changed`, and a cross-reference section and trailer for them, in one buffer.
 */
export function incrementalUpdate(original: Uint8Array, context: PDFContext, firstNew: number, changed: readonly PDFRef[]): Uint8Array {
  const refs = new Map<number, PDFRef>();
  for (const ref of changed) refs.set(ref.objectNumber, ref);
  for (const [ref] of context.enumerateIndirectObjects()) if (ref.objectNumber >= firstNew) refs.set(ref.objectNumber, ref);
  const ordered = [...refs.values()].sort((a, b) => a.objectNumber - b.objectNumber);
  const objects = ordered.map((ref) => ({ ref, object: context.lookup(ref)!, head: `${ref.objectNumber} ${ref.generationNumber} obj\n` }));
  const FOOT = '\nendobj\n';
  const bodies = objects.reduce((n, o) => n + o.head.length + o.object.sizeInBytes() + FOOT.length, 0);

  // The offsets are known before anything is written, so the cross-reference section is too.
  let offset = original.length + 1;
  const offsets = new Map<number, number>();
  for (const o of objects) {
    offsets.set(o.ref.objectNumber, offset);
    offset += o.head.length + o.object.sizeInBytes() + FOOT.length;
  }
  // One subsection per run of consecutive object numbers; each entry is exactly 20 bytes.
  let xref = 'xref\n';
  for (let i = 0; i < ordered.length; ) {
    let j = i;
    while (j + 1 < ordered.length && ordered[j + 1]!.objectNumber === ordered[j]!.objectNumber + 1) j++;
    xref += `${ordered[i]!.objectNumber} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(offsets.get(ordered[k]!.objectNumber)).padStart(10, '0')} ${String(ordered[k]!.generationNumber).padStart(5, '0')} n\r\n`;
    i = j + 1;
  }
  const { Root, Info } = context.trailerInfo;
  const trailer = `trailer\n<< /Size ${context.largestObjectNumber + 1} /Root ${String(Root)}${Info ? ` /Info ${String(Info)}` : ''} /Prev ${previousXref(original)} >>\nstartxref\n${offset}\n%%EOF\n`;

  const out = Buffer.allocUnsafe(1 + bodies + xref.length + trailer.length);
  let at = out.write('\n', 0, 'latin1');
  for (const o of objects) {
    at += out.write(o.head, at, 'latin1');
    at += o.object.copyBytesInto(out, at);
    at += out.write(FOOT, at, 'latin1');
  }
  at += out.write(xref + trailer, at, 'latin1');
  return new Uint8Array(out.buffer, out.byteOffset, at);
}
