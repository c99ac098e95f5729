// Approximate search of a pattern in a text, both as dense id arrays: Myers' bit-parallel
// algorithm (1999) in the block form described by Hyyrö, 32 pattern positions per word. It
// reports where close matches end; align.ts recovers where they start. Working on ids of code
// points (not UTF-16 units) keeps an astral character one error, not two.
import { ABSENT } from './indexed-text.ts';

/** The end (exclusive) of a close match and its edit distance to the pattern. */
export interface MatchEnd {
  end: number;
  errors: number;
}

const TOP_BIT = 1 << 31;

/**
 * Ends of the best matches of `pattern` in `text` with at most `maxErrors` edits. Within each
 * run of adjacent qualifying ends only the lowest-cost one is kept: they describe one passage.
 */
export function searchEnds(
  text: Int32Array,
  pattern: Int32Array,
  maxErrors: number,
  alphabetSize: number,
): MatchEnd[] {
  const m = pattern.length;
  if (m === 0) throw new RangeError('cannot search for an empty pattern');
  const blocks = Math.ceil(m / 32);
  // peq[b * alphabetSize + c]: bit i set when pattern[32b + i] is c.
  const peq = new Int32Array(blocks * alphabetSize);
  for (let i = 0; i < m; i++) {
    const c = pattern[i]!;
    if (c !== ABSENT) peq[(i >> 5) * alphabetSize + c]! |= 1 << (i & 31);
  }
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastRow = 1 << ((m - 1) & 31);
  const last = blocks - 1;

  const found: MatchEnd[] = [];
  let score = m;
  let runBest: MatchEnd | null = null;
  for (let j = 0; j < text.length; j++) {
    const c = text[j]!;
    // A match may start anywhere, so the row above the pattern is all zeros: no carry in.
    let hin = 0;
    for (let b = 0; b < blocks; b++) {
      const carryMinus = hin < 0 ? 1 : 0;
      const eq = peq[b * alphabetSize + c]! | carryMinus;
      const pvb = pv[b]!;
      const mvb = mv[b]!;
      const xv = eq | mvb;
      const xh = (((eq & pvb) + pvb) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      const top = b === last ? lastRow : TOP_BIT;
      const hout = (ph & top) !== 0 ? 1 : (mh & top) !== 0 ? -1 : 0;
      ph <<= 1;
      mh = (mh << 1) | carryMinus;
      if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (score <= maxErrors) {
      if (!runBest || score < runBest.errors) runBest = { end: j + 1, errors: score };
    } else if (runBest) {
      found.push(runBest);
      runBest = null;
    }
  }
  if (runBest) found.push(runBest);
  return found;
}
