// Approximate matching over code points. `searchEnds` finds where close matches of a pattern
// end, with Myers' bit-parallel algorithm (1999) in the block form described by Hyyrö, 32
// pattern positions per word. `alignOutwards` measures a short pattern against the text on
// one side of a boundary: reading the quote backwards from a match's end recovers where the
// match starts, and reading a claim's prefix or suffix outwards from a candidate's edges
// measures how well its context still agrees. Working on code points (not UTF-16 units)
// keeps an astral character one error, not two.
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

export interface Alignment {
  /** Fewest edits turning the pattern into the text read. */
  distance: number;
  /** Text code points read by that alignment. */
  length: number;
}

/**
 * Aligns `pattern` against `text`, both read from a boundary outwards: forwards from
 * `patternFrom`/`textFrom` when `step` is 1, backwards when -1 (the boundary itself is then the
 * last element read). At most `maxLength` text code points are read. Among equally good
 * alignments the one whose length is closest to the pattern's wins.
 */
export function alignOutwards(
  pattern: Int32Array,
  text: Int32Array,
  textFrom: number,
  step: 1 | -1,
  maxLength: number,
): Alignment {
  const m = pattern.length;
  const available = step === 1 ? text.length - textFrom : textFrom + 1;
  const limit = Math.max(0, Math.min(maxLength, available));
  // row[i]: distance between the first i pattern elements and the text read so far.
  const row = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) row[i] = i;
  let best: Alignment = { distance: m, length: 0 };
  for (let j = 1; j <= limit; j++) {
    const t = text[textFrom + step * (j - 1)]!;
    let diagonal = row[0]!;
    row[0] = j;
    for (let i = 1; i <= m; i++) {
      const p = pattern[step === 1 ? i - 1 : m - i]!;
      const above = row[i]!;
      const cost = Math.min(diagonal + (p === t ? 0 : 1), above + 1, row[i - 1]! + 1);
      diagonal = above;
      row[i] = cost;
    }
    const d = row[m]!;
    if (d < best.distance || (d === best.distance && Math.abs(j - m) < Math.abs(best.length - m))) {
      best = { distance: d, length: j };
    }
  }
  return best;
}
