import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/codepoints.ts';
import { createAnchorer } from './reanchor.ts';
import { describeSpan } from './selectors.ts';

/** The reposted article about Tencent's Hunyuan and Yuanbao that the stories are told on. */
const seedArticle = readFileSync(new URL('../../fixtures/anchoring/seed-article.txt', import.meta.url), 'utf8');

const seed = new CodePointIndex(seedArticle);
const anchorInSeed = createAnchorer(seedArticle);

/** A claim of 4-60 code points somewhere in the seed article. */
const claimSpan = fc
  .integer({ min: 4, max: 60 })
  .chain((length) => fc.record({ start: fc.integer({ min: 0, max: seed.length - length }), length: fc.constant(length) }))
  .map(({ start, length }) => ({ start, end: start + length }));

/** Text an editor might add: Chinese, Latin, digits, punctuation, 𠮷 and emoji. */
const addedText = fc
  .array(fc.constantFrom(...'编者注补充更正数据来源腾讯元宝模型 AI2024,。:"𠮷👨‍👩‍👧\n'.split('')), { minLength: 1, maxLength: 50 })
  .map((chars) => chars.join(''));

describe('re-anchoring, for any claim on the seed article', () => {
  it('finds every claim at its own offsets when the text is unchanged', () => {
    fc.assert(
      fc.property(claimSpan, ({ start, end }) => {
        const { quote, position } = describeSpan(seedArticle, start, end);
        expect(anchorInSeed([quote, position])).toEqual({ status: 'anchored', method: 'position', start, end, confidence: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a claim on its own words when text is inserted anywhere outside it', () => {
    fc.assert(
      fc.property(claimSpan, fc.nat(), addedText, ({ start, end }, where, added) => {
        // Anywhere before the claim's start or after its end, including right at its edges.
        const outside = seed.length - (end - start) + 1;
        const at = where % outside <= start ? where % outside : (where % outside) + (end - start);
        const edited = seed.slice(0, at) + added + seed.slice(at);
        const shift = at <= start ? [...added].length : 0;
        const { quote, position } = describeSpan(seedArticle, start, end);
        const result = createAnchorer(edited)([quote, position]);
        expect(result).toMatchObject({ status: 'anchored', start: start + shift, end: end + shift });
      }),
      { numRuns: 200 },
    );
  });
});
