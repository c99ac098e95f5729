// Text positions in Unicode code points (the W3C Web Annotation rule), not UTF-16 units.
// JavaScript strings index by UTF-16 unit, so every conversion goes through here.

/** Number of code points in `s`. */
export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Maps between code-point offsets and UTF-16 offsets of one string. Build once per text and
 * reuse: conversions are O(log n) after an O(n) scan.
 */
export class CodePointIndex {
  /** UTF-16 offsets at which an astral (two-unit) character starts, ascending. */
  private readonly astral: number[] = [];
  readonly length: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.length = text.length - this.astral.length;
  }

  /** UTF-16 offset of code point `cp` (0..length). */
  toUtf16(cp: number): number {
    // Each astral character before the target adds one unit: find how many start before it.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // The astral char at UTF-16 offset a is at code point a - mid.
      if (this.astral[mid]! - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** Code-point offset of UTF-16 offset `u`; an offset inside a surrogate pair rounds down. */
  toCodePoint(u: number): number {
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    // `lo` astral characters start before u. Each one wholly before u took two units; one
    // split by u (starting at u - 1) took one, and rounds down to its own start. Either way
    // the code points before u number u - lo.
    return u - lo;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end?: number): string {
    return this.text.slice(this.toUtf16(start), end === undefined ? undefined : this.toUtf16(end));
  }
}

/** `s.slice` in code points, for one-off use (build a CodePointIndex for repeated slicing). */
export function cpSlice(s: string, start: number, end?: number): string {
  return new CodePointIndex(s).slice(start, end);
}
