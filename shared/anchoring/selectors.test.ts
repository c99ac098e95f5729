import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSpan, quoteAt, TextSelectorSchema } from './selectors.ts';

/** The reposted article about Tencent's Hunyuan and Yuanbao that the stories are told on. */
const seedArticle = readFileSync(new URL('../../fixtures/anchoring/seed-article.txt', import.meta.url), 'utf8');

const OPENING = '今天小编分享的科技经验:腾讯的AI困局,欢迎阅读。';

describe('describing a claim with W3C selectors', () => {
  it('records the quote with 32 code points of context on each side', () => {
    const start = seedArticle.indexOf('总参数量 389B');
    const { quote, position } = describeSpan(seedArticle, start, start + 9);
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: '总参数量 389B' });
    expect([...quote.prefix]).toHaveLength(32);
    expect([...quote.suffix]).toHaveLength(32);
    expect(quote.prefix.endsWith('采用 7T 训练 tokens,')).toBe(true);
    expect(quote.suffix.startsWith(',激活参数量 52B')).toBe(true);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 9 });
  });

  it('keeps less context at the start and end of the article', () => {
    const { quote } = describeSpan(OPENING, 0, 4);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: '今天小编', prefix: '', suffix: '分享的科技经验:腾讯的AI困局,欢迎阅读。' });
  });

  it('gives the same quote for a stored position as when the span was described', () => {
    const { quote, position } = describeSpan(seedArticle, 100, 130);
    expect(quoteAt(seedArticle, position)).toEqual(quote);
  });

  it('rejects an empty span or one that runs past the text', () => {
    expect(() => describeSpan(OPENING, 3, 3)).toThrow(RangeError);
    expect(() => quoteAt(OPENING, { type: 'TextPositionSelector', start: 20, end: 99 })).toThrow(RangeError);
  });

  it('accepts stored selectors by their type tag and refuses malformed ones', () => {
    const { quote, position } = describeSpan(OPENING, 0, 4);
    expect(TextSelectorSchema.parse(quote)).toEqual(quote);
    expect(TextSelectorSchema.parse(position)).toEqual(position);
    expect(TextSelectorSchema.safeParse({ ...position, end: 0 }).success).toBe(false);
    expect(TextSelectorSchema.safeParse({ ...quote, exact: '' }).success).toBe(false);
    expect(TextSelectorSchema.safeParse({ type: 'FragmentSelector', value: 'xywh=pixel:0,0,10,10' }).success).toBe(false);
  });
});
