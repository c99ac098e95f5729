import { describe, expect, it } from 'vitest';
import { cpLength } from '../text/codepoints.ts';
import { reanchor } from './reanchor.ts';
import { describeSpan, quoteAt } from './selectors.ts';
import { claimOn, landedOn, offsetOf } from './story-support.ts';

// 𠮷 is one code point but two UTF-16 units; the family emoji is five code points (three
// people joined by two zero-width joiners) and eight UTF-16 units.
const FAMILY = '👨‍👩‍👧';
const article = `吉野家的𠮷字不是吉。${FAMILY}一家三口都用元宝写周报。腾讯称元宝月访问量不到 200 万。`;

describe('claims around characters outside the Basic Multilingual Plane', () => {
  it('counts offsets in code points, so 𠮷 and the family emoji count as 1 and 5', () => {
    expect(cpLength(FAMILY)).toBe(5);
    const { position } = describeSpan(article, offsetOf(article, '腾讯称'), offsetOf(article, '腾讯称') + 3);
    expect(position.start).toBe(10 + 5 + 12);
    expect(quoteAt(article, position).exact).toBe('腾讯称');
  });

  it('keeps the prefix to 32 code points even when it holds astral characters', () => {
    const [quote] = claimOn(article, '元宝月访问量');
    expect(cpLength(quote.prefix)).toBe(Math.min(32, offsetOf(article, '元宝月访问量')));
    expect(quote.prefix.endsWith('腾讯称')).toBe(true);
  });

  it('shifts a claim by two when two 𠮷 are inserted before it', () => {
    const claim = claimOn(article, '月访问量不到 200 万');
    const edited = article.replace('吉野家', '吉野家𠮷𠮷');
    const result = reanchor(edited, claim);
    expect(result).toMatchObject({ status: 'anchored', start: claim[1].start + 2, end: claim[1].end + 2 });
    expect(landedOn(edited, result)).toBe('月访问量不到 200 万');
  });

  it('finds a claim that quotes the family emoji after a sentence is added before it', () => {
    const claim = claimOn(article, `${FAMILY}一家三口`);
    const edited = '前言:本文有更新。' + article;
    expect(reanchor(edited, claim)).toMatchObject({ status: 'anchored', method: 'quote', start: 9 + 10, end: 9 + 10 + 9 });
  });

  it('counts a changed family member as one edit, not two UTF-16 units', () => {
    const claim = claimOn(article, `${FAMILY}一家三口都用元宝写周报`);
    const edited = article.replace(FAMILY, '👨‍👩‍👦');
    const result = reanchor(edited, claim);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy', start: 10, end: 10 + 5 + 11 });
    // One substituted code point out of sixteen in intact context and place.
    if (result.status === 'anchored') expect(result.confidence).toBeCloseTo(1 - 0.5 / 16, 5);
  });
});
