// Saves changes to a PDF as an incremental update (ISO 32000-1, 7.5.6): the printed file is kept
// byte for byte and the new and changed objects, a cross-reference section for them and a
// trailer pointing back at the original one are appended. Rewriting a 10 MB printed export with
// pdf-lib took longer than finding every claim in it, and held the file several times over.
import type { PDFContext, PDFRef } from 'pdf-lib';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Where the original cross-reference section starts: the number after the last `startxref`. */
function previousXref(pdf: Uint8Array): number {
  const tail = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1', Math.max(0, pdf.length - 1024));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new Error('the printed PDF has no startxref');
  return Number(match[1]);
}

/**
 * `original` followed by every object of `context` numbered above `firstNew - 1`, the objects in
 * `changed`, and a cross-reference section and trailer for them.
 */
export function incrementalSave(original: Uint8Array, context: PDFContext, firstNew: number, changed: readonly PDFRef[]): Uint8Array {
  const refs = new Map<number, PDFRef>();
  for (const ref of changed) refs.set(ref.objectNumber, ref);
  for (const [ref] of context.enumerateIndirectObjects()) if (ref.objectNumber >= firstNew) refs.set(ref.objectNumber, ref);
  const ordered = [...refs.values()].sort((a, b) => a.objectNumber - b.objectNumber);

  const parts: Uint8Array[] = [original, latin1('\n')];
  let offset = original.length + 1;
  const offsets = new Map<number, number>();
  for (const ref of ordered) {
    const object = context.lookup(ref)!;
    const body = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    const head = latin1(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const foot = latin1('\nendobj\n');
    offsets.set(ref.objectNumber, offset);
    parts.push(head, body, foot);
    offset += head.length + body.length + foot.length;
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
  parts.push(latin1(xref + trailer));

  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
