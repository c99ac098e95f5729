// One article text prepared for re-anchoring: its code points, a dense id per distinct code
// point (so the bit-parallel matcher can use flat tables), and an index of where each pair of
// adjacent code points occurs (so exact quotes are found without scanning the whole text).
// Built once per text; every claim re-anchored against that text reuses it.
import { CodePointIndex } from '../text/codepoints.ts';

/** Dense id standing for a code point that does not occur in the text. */
export const ABSENT = -1;

export class IndexedText {
  readonly codePoints: Int32Array;
  /** Dense ids, one per code point of the text, 0..alphabetSize-1. */
  readonly ids: Int32Array;
  readonly alphabetSize: number;
  readonly index: CodePointIndex;
  private readonly idByCodePoint = new Map<number, number>();
  /** Pair key -> positions where that pair starts, ascending. */
  private readonly pairs = new Map<number, number[]>();

  constructor(readonly text: string) {
    this.index = new CodePointIndex(text);
    this.codePoints = toCodePoints(text);
    const n = this.codePoints.length;
    this.ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const cp = this.codePoints[i]!;
      let id = this.idByCodePoint.get(cp);
      if (id === undefined) {
        id = this.idByCodePoint.size;
        this.idByCodePoint.set(cp, id);
      }
      this.ids[i] = id;
    }
    this.alphabetSize = this.idByCodePoint.size;
    for (let i = 0; i + 1 < n; i++) {
      const key = this.pairKey(this.ids[i]!, this.ids[i + 1]!);
      const list = this.pairs.get(key);
      if (list) list.push(i);
      else this.pairs.set(key, [i]);
    }
  }

  get length(): number {
    return this.codePoints.length;
  }

  /** The pattern's code points as ids of this text; code points the text lacks become ABSENT. */
  idsOf(pattern: Int32Array): Int32Array {
    const out = new Int32Array(pattern.length);
    for (let i = 0; i < pattern.length; i++) out[i] = this.idByCodePoint.get(pattern[i]!) ?? ABSENT;
    return out;
  }

  /** Start offsets of every exact occurrence of `pattern` (ids of this text), ascending. */
  occurrences(pattern: Int32Array): number[] {
    const m = pattern.length;
    if (m === 0) throw new RangeError('cannot look up an empty pattern');
    if (pattern.includes(ABSENT)) return [];
    if (m === 1) {
      const found: number[] = [];
      for (let i = 0; i < this.ids.length; i++) if (this.ids[i] === pattern[0]) found.push(i);
      return found;
    }
    // Verify only where the pattern's rarest pair occurs: usually a handful of places.
    let rarest: number[] = [];
    let rarestAt = -1;
    for (let k = 0; k + 1 < m; k++) {
      const list = this.pairs.get(this.pairKey(pattern[k]!, pattern[k + 1]!));
      if (!list) return [];
      if (rarestAt < 0 || list.length < rarest.length) {
        rarest = list;
        rarestAt = k;
      }
    }
    const found: number[] = [];
    for (const p of rarest) {
      const start = p - rarestAt;
      if (start < 0 || start + m > this.ids.length) continue;
      let k = 0;
      while (k < m && this.ids[start + k] === pattern[k]) k++;
      if (k === m) found.push(start);
    }
    return found;
  }

  private pairKey(a: number, b: number): number {
    return a * this.alphabetSize + b;
  }
}

/** The code points of `s`; a lone surrogate stands for itself, as CodePointIndex counts it. */
export function toCodePoints(s: string): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}
