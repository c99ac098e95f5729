import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, cpLength, cpSlice } from './codepoints.ts';

/** Strings mixing Chinese, Latin, astral characters, ZWJ emoji and stray surrogate halves. */
const mixedText = fc
  .array(fc.constantFrom('a', ' ', '中', '國', '𠮷', '👨‍👩‍👧', '\u200d', '\ud800', '\udc00', '\n'), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** The reference reading: the string iterator yields one element per code point. */
const codePointsOf = (s: string): string[] => Array.from(s);

describe('code-point offsets', () => {
  it('counts 𠮷 as one code point and the family emoji as five', () => {
    expect(cpLength('𠮷')).toBe(1);
    expect(cpLength('👨‍👩‍👧')).toBe(5);
    expect(cpLength('腾讯𠮷元宝')).toBe(5);
  });

  it('slices a Chinese sentence with 𠮷 in code points', () => {
    expect(cpSlice('吉野家的𠮷字不是吉', 4, 6)).toBe('𠮷字');
    expect(cpSlice('吉野家的𠮷字不是吉', 5)).toBe('字不是吉');
  });

  it('agrees with the string iterator on length for any text, stray surrogates included', () => {
    fc.assert(fc.property(mixedText, (s) => {
      expect(cpLength(s)).toBe(codePointsOf(s).length);
      expect(new CodePointIndex(s).length).toBe(codePointsOf(s).length);
    }));
  });

  it('converts every code-point offset to the UTF-16 offset where that code point starts', () => {
    fc.assert(fc.property(mixedText, (s) => {
      const index = new CodePointIndex(s);
      const cps = codePointsOf(s);
      for (let cp = 0; cp <= cps.length; cp++) expect(index.toUtf16(cp)).toBe(cps.slice(0, cp).join('').length);
    }));
  });

  it('converts UTF-16 offsets back, rounding an offset inside a surrogate pair down', () => {
    fc.assert(fc.property(mixedText, (s) => {
      const index = new CodePointIndex(s);
      const ends: number[] = [];
      let at = 0;
      for (const c of codePointsOf(s)) ends.push((at += c.length));
      for (let u = 0; u <= s.length; u++) expect(index.toCodePoint(u)).toBe(ends.filter((e) => e <= u).length);
    }));
  });

  it('slices between any two code-point offsets as the iterator would', () => {
    fc.assert(fc.property(mixedText, fc.nat(), fc.nat(), (s, a, b) => {
      const cps = codePointsOf(s);
      const [start, end] = [a % (cps.length + 1), b % (cps.length + 1)].sort((x, y) => x - y) as [number, number];
      expect(new CodePointIndex(s).slice(start, end)).toBe(cps.slice(start, end).join(''));
    }));
  });
});
