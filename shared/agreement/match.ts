// Pairing two checkers' claims on one article by the text they mark. Two claims are the same
// claim when their spans overlap enough (Jaccard over code points); each claim pairs with at
// most one other, best overlaps first, so a long claim cannot swallow several short ones.

export interface Span {
  start: number;
  end: number;
}

/** Overlap of two spans divided by their union, 0-1 (code points). */
export function spanJaccard(a: Span, b: Span): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = a.end - a.start + (b.end - b.start) - overlap;
  return union === 0 ? (a.start === b.start ? 1 : 0) : overlap / union;
}

/** Spans must share at least this much to count as one claim: half of what either marks. */
export const DEFAULT_MATCH_THRESHOLD = 0.5;

export interface ClaimMatch<A, B> {
  a: A;
  b: B;
  overlap: number;
}

export interface Matching<A, B> {
  pairs: ClaimMatch<A, B>[];
  onlyA: A[];
  onlyB: B[];
}

/** Greedy one-to-one matching by overlap, highest first; ties go to the earlier span. */
export function matchClaims<A extends Span, B extends Span>(
  as: readonly A[],
  bs: readonly B[],
  threshold = DEFAULT_MATCH_THRESHOLD,
): Matching<A, B> {
  const candidates: { i: number; j: number; overlap: number }[] = [];
  as.forEach((a, i) =>
    bs.forEach((b, j) => {
      const overlap = spanJaccard(a, b);
      if (overlap >= threshold && overlap > 0) candidates.push({ i, j, overlap });
    }),
  );
  candidates.sort((x, y) => y.overlap - x.overlap || as[x.i]!.start - as[y.i]!.start || bs[x.j]!.start - bs[y.j]!.start);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: ClaimMatch<A, B>[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push({ a: as[c.i]!, b: bs[c.j]!, overlap: c.overlap });
  }
  pairs.sort((x, y) => x.a.start - y.a.start);
  return { pairs, onlyA: as.filter((_, i) => !usedA.has(i)), onlyB: bs.filter((_, j) => !usedB.has(j)) };
}
