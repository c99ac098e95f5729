import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnchorer, reanchor } from './reanchor.ts';
import { ANCHOR_THRESHOLD } from './score.ts';
import { claimOn, landedOn, offsetOf } from './story-support.ts';

/** The reposted article about Tencent's Hunyuan and Yuanbao that the stories are told on. */
const seed = readFileSync(new URL('../../fixtures/anchoring/seed-article.txt', import.meta.url), 'utf8');

const PARAMS = '总参数量 389B,激活参数量 52B';
const RANKING = '腾讯的 AI 产品元宝仅排在了第 11 位';
const CAPTION = '从上到下的模型分别是:元宝、Kimi、通义千问。';
const NEW_OPENING = '编者按:本文发布后,我们根据读者反馈对部分表述做了修订,特此说明。\n';

describe('re-anchoring a claim after the article was edited', () => {
  it('finds every claim where it was when the article did not change', () => {
    const claim = claimOn(seed, PARAMS);
    expect(reanchor(seed, claim)).toMatchObject({ status: 'anchored', method: 'position', confidence: 1 });
  });

  it('follows a claim down the page when an editor note is added at the top', () => {
    const claim = claimOn(seed, RANKING);
    const edited = NEW_OPENING + seed;
    const result = reanchor(edited, claim);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: offsetOf(edited, RANKING) });
    expect(landedOn(edited, result)).toBe(RANKING);
  });

  it('keeps a claim whose figure was corrected, with less than full confidence', () => {
    const claim = claimOn(seed, PARAMS);
    const edited = NEW_OPENING + seed.replace('389B', '398B');
    const result = reanchor(edited, claim);
    expect(result).toMatchObject({ status: 'anchored', method: 'fuzzy', start: offsetOf(edited, '总参数量 398B') });
    expect(landedOn(edited, result)).toBe('总参数量 398B,激活参数量 52B');
    if (result.status === 'anchored') expect(result.confidence).toBeLessThan(1);
  });

  it('lists a claim as an orphan when its sentence was deleted', () => {
    const sentence = '一个明显的表现是:在 10 月国内 Web 端 AI 助手的排行榜上,腾讯的 AI 产品元宝仅排在了第 11 位,月访问量不到 200 万,远不及百度的文心一言、与阿里的通义千问。\n';
    const claim = claimOn(seed, RANKING);
    expect(reanchor(seed.replace(sentence, ''), claim)).toMatchObject({ status: 'orphan' });
  });

  it('does not attach a deleted claim to a lookalike sentence elsewhere', () => {
    const sentence = '一个明显的表现是:在 10 月国内 Web 端 AI 助手的排行榜上,腾讯的 AI 产品元宝仅排在了第 11 位,月访问量不到 200 万,远不及百度的文心一言、与阿里的通义千问。\n';
    const lookalike = '另据第三方统计,腾讯的 AI 产品元宝仅排在了第 11 位,这一数字在 11 月有所回升。\n';
    const claim = claimOn(seed, RANKING);
    const edited = seed.replace(sentence, '').replace('03\n', `03\n${lookalike}`);
    const result = reanchor(edited, claim);
    expect(result.status).toBe('orphan');
    if (result.status === 'orphan') expect(result.best?.confidence ?? 0).toBeLessThan(ANCHOR_THRESHOLD);
  });

  it('does not attach a deleted claim to a sentence that differs from it by one figure', () => {
    const claim = claimOn(seed, PARAMS);
    const paragraph = seed.split('\n')[2]!;
    const edited = seed.replace(paragraph + '\n', '') + '\n另一家公司的模型总参数量 398B,激活参数量 52B,同样开源。';
    expect(reanchor(edited, claim)).toMatchObject({ status: 'orphan' });
  });

  it('picks the original of a duplicated caption by its surroundings', () => {
    const claim = claimOn(seed, CAPTION);
    const edited = (NEW_OPENING + seed).replace('03\n', `03\n${CAPTION}\n`);
    const result = reanchor(edited, claim);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: offsetOf(edited, CAPTION, 0) });
  });

  it('picks the copy standing at the old offset when a caption is pasted twice in a row', () => {
    const claim = claimOn(seed, CAPTION);
    const edited = seed.replace(CAPTION, CAPTION + CAPTION);
    expect(reanchor(edited, claim)).toMatchObject({ status: 'anchored', method: 'position' });
  });

  it('refuses to choose between two identical passages when nothing tells them apart', () => {
    const text = '元宝的表现如何?\n元宝的表现如何?';
    const claim = [{ type: 'TextQuoteSelector' as const, exact: '元宝的表现', prefix: '', suffix: '' }];
    expect(reanchor(text, claim)).toMatchObject({ status: 'orphan', reason: 'ambiguous' });
  });

  it('takes the occurrence near the old offset when the claim kept no context', () => {
    const text = '元宝的表现如何?' + '这是一段很长的填充文字。'.repeat(60) + '元宝的表现如何?';
    const claim = [
      { type: 'TextQuoteSelector' as const, exact: '元宝的表现', prefix: '', suffix: '' },
      { type: 'TextPositionSelector' as const, start: 3, end: 8 },
    ];
    expect(reanchor(text, claim)).toMatchObject({ status: 'anchored', method: 'quote', start: 0 });
  });

  it('offers a paragraph moved to the far end as a suggestion instead of attaching silently', () => {
    const paragraph = seed.split('\n')[2]! + '\n';
    const claim = claimOn(seed, PARAMS);
    const edited = seed.replace(paragraph, '') + '\n' + paragraph;
    const result = reanchor(edited, claim);
    expect(result).toMatchObject({ status: 'orphan', reason: 'low-confidence', best: { start: offsetOf(edited, PARAMS) } });
  });

  it('anchors by quote and context alone when the claim carries no offsets', () => {
    const [quote] = claimOn(seed, RANKING);
    const edited = NEW_OPENING + seed;
    expect(reanchor(edited, [quote])).toMatchObject({ status: 'anchored', start: offsetOf(edited, RANKING) });
  });

  it('does not trust old offsets that now hold the same words in a rewritten passage', () => {
    const [quote, position] = claimOn(seed, '腾讯的元宝', 0);
    const rewritten = seed.replace(quote.prefix, '某'.repeat(32)).replace(quote.suffix, '某'.repeat(32));
    const result = reanchor(rewritten, [quote, position]);
    expect(result).not.toMatchObject({ method: 'position' });
  });

  it('re-anchors many claims against one prepared text', () => {
    const anchor = createAnchorer(NEW_OPENING + seed);
    const shift = [...NEW_OPENING].length;
    for (const wording of [PARAMS, RANKING, CAPTION, '罪魁祸首', '据报道']) {
      const claim = claimOn(seed, wording);
      expect(anchor(claim)).toMatchObject({ status: 'anchored', start: offsetOf(seed, wording) + shift });
    }
  });

  it('rejects a claim without a quote selector: every stored claim has one', () => {
    expect(() => reanchor(seed, [{ type: 'TextPositionSelector', start: 0, end: 4 }])).toThrow(TypeError);
  });
});
