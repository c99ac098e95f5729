// How alike two article texts are, to offer an import as a new revision of an article whatever
// its file name or address: the share of 4-character shingles (letters and digits only, so
// spacing, punctuation and line breaks do not count) the two texts have in common (Dice).
const SHINGLE = 4;

/** The set of shingles of a text's letters and digits. */
export function shingles(text: string): Set<string> {
  const chars = [...text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= chars.length; i++) out.add(chars.slice(i, i + SHINGLE).join(''));
  if (out.size === 0 && chars.length > 0) out.add(chars.join(''));
  return out;
}

/** 0 (nothing in common) to 1 (the same letters and digits). */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return (2 * common) / (a.size + b.size);
}

/** An import this similar to an article is offered as its new revision. */
export const REVISION_SIMILARITY = 0.8;
