import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignOutwards, searchEnds, type MatchEnd } from './approx-match.ts';

/** The textbook dynamic programme the bit-parallel search must agree with, run for run. */
function slowSearchEnds(text: Int32Array, pattern: Int32Array, maxErrors: number): MatchEnd[] {
  const m = pattern.length;
  let column = Array.from({ length: m + 1 }, (_, i) => i);
  const found: MatchEnd[] = [];
  let run: MatchEnd | null = null;
  for (let j = 0; j < text.length; j++) {
    const next = [0];
    for (let i = 1; i <= m; i++) {
      next[i] = Math.min(column[i - 1]! + (pattern[i - 1] === text[j] ? 0 : 1), column[i]! + 1, next[i - 1]! + 1);
    }
    column = next;
    const d = column[m]!;
    if (d <= maxErrors) {
      if (!run || d < run.errors) run = { end: j + 1, errors: d };
    } else if (run) {
      found.push(run);
      run = null;
    }
  }
  if (run) found.push(run);
  return found;
}

/** Arrays over a three-letter alphabet, lengths spread evenly so patterns span several words. */
const symbols = (min: number, max: number) =>
  fc
    .integer({ min, max })
    .chain((n) => fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }))
    .map((a) => Int32Array.from(a));

describe('bit-parallel approximate search', () => {
  it('finds the same passages at the same cost as the textbook algorithm, for patterns of one to three words', () => {
    fc.assert(
      fc.property(symbols(0, 220), symbols(1, 90), fc.nat(30), (text, pattern, k) => {
        const maxErrors = Math.min(k, pattern.length);
        expect(searchEnds(text, pattern, maxErrors, 3)).toEqual(slowSearchEnds(text, pattern, maxErrors));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a quote with one character changed, ending where the passage ends', () => {
    const text = Int32Array.from([9, 9, 1, 2, 3, 7, 5, 9, 9]);
    const pattern = Int32Array.from([1, 2, 3, 4, 5]);
    expect(searchEnds(text, pattern, 1, 10)).toEqual([{ end: 7, errors: 1 }]);
  });

  it('refuses an empty pattern, which would match everywhere', () => {
    expect(() => searchEnds(new Int32Array(3), new Int32Array(0), 0, 1)).toThrow(RangeError);
  });
});

describe('alignment outwards from a boundary', () => {
  it('recovers where a match starts by reading the quote backwards from its end', () => {
    const text = Int32Array.from([9, 9, 1, 2, 3, 7, 5, 9, 9]);
    const quote = Int32Array.from([1, 2, 3, 4, 5]);
    expect(alignOutwards(quote, text, 6, -1, 7)).toEqual({ distance: 1, length: 5 });
  });

  it('charges text inserted at the boundary before the context resumes', () => {
    const text = Int32Array.from([5, 5, 1, 2, 3, 4]);
    expect(alignOutwards(Int32Array.from([1, 2, 3, 4]), text, 0, 1, 6)).toEqual({ distance: 2, length: 6 });
  });
});
