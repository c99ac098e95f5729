// An editor opens the seed article and asks which statements are worth checking.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestClaims } from './suggest';
import { KIND_TABLES } from './rules';
import { splitClauses, splitSentences } from './sentences';
import { DEFAULT_CODEBOOK } from '../domain/codebook';
import { cpSlice } from '../text/codepoints';

const seed = readFileSync(new URL('../../fixtures/articles/seed-tencent-ai.txt', import.meta.url), 'utf8');

function covering(text: string, phrase: string) {
  return suggestClaims(text).find((s) => s.exact.includes(phrase));
}

describe('claim suggestions on the seed article', () => {
  const suggestions = suggestClaims(seed);

  it('suggests the parameter count as data, with the figure in the reason', () => {
    const s = covering(seed, '总参数量 389B');
    expect(s).toMatchObject({ exact: '总参数量 389B', kind: 'statistic', tag: '数据' });
    expect(s!.reason).toContain('含数字与单位：389B');
  });

  it('suggests the rank as a ranking', () => {
    expect(covering(seed, '仅排在了第 11 位')).toMatchObject({ kind: 'ranking', tag: '排名' });
  });

  it('flags the superlative 业界参数规模最大', () => {
    const s = covering(seed, '业界参数规模最大');
    expect(s).toMatchObject({ kind: 'superlative', tag: '夸大' });
    expect(s!.reason).toContain('最高级：最大');
  });

  it('keeps the unnamed source with what it reports', () => {
    const s = covering(seed, '据报道');
    expect(s).toMatchObject({ kind: 'unnamed-source', tag: '未具名信源' });
    expect(s!.exact).toBe('据报道,腾讯的 AI 大模型研发涉及六个业务群(BG)的参与');
  });

  it('gives one suggestion per statement, not one per number', () => {
    const visits = suggestions.filter((s) => s.exact.includes('200 万'));
    expect(visits).toHaveLength(1);
    expect(visits[0]!.rules.length).toBeGreaterThan(1);
  });

  it('reports code-point positions that slice back to the exact text', () => {
    for (const s of suggestions) expect(cpSlice(seed, s.start, s.end)).toBe(s.exact);
  });

  it('never cuts a word: a reason names whole words (最大, not 最大社)', () => {
    const s = covering(seed, '全国最大社交軟體');
    expect(s!.reason).toContain('最高级：最大');
    expect(s!.reason).not.toContain('最大社');
  });

  it('scores between 0 and 1 and comes in text order', () => {
    for (const s of suggestions) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(suggestions.map((s) => s.start)).toEqual([...suggestions.map((s) => s.start)].sort((a, b) => a - b));
  });
});

describe('positions are code points', () => {
  it('counts 𠮷 and an emoji before the span as one position each', () => {
    const text = '𠮷野家😀开业。据悉，公司营收增长 30%。';
    const s = suggestClaims(text).find((x) => x.reason.includes('据悉'))!;
    expect(s.exact).toBe('据悉，公司营收增长 30%');
    // 𠮷 野 家 😀 开 业 。 are seven code points (nine UTF-16 units).
    expect(s.start).toBe(7);
    expect(s.end).toBe(7 + [...s.exact].length);
    expect(cpSlice(text, s.start, s.end)).toBe(s.exact);
  });
});

describe('each kind is recognised', () => {
  const cases: [string, string, string][] = [
    ['公司去年营收达到 1200 亿元。', 'statistic', '1200 亿元'],
    ['该模型在榜单上排名第三位。', 'ranking', '第三位'],
    ['新芯片的性能远超上一代产品。', 'comparison', '远超'],
    ['由于芯片短缺，出货量大幅下滑。', 'causal', '由于'],
    ['分析师预计该业务明年扭亏为盈。', 'prediction', '预计'],
    ['雷军表示：“小米汽车会在三年内盈利。”', 'quote', '表示'],
    ['有消息称，苹果正在研发折叠屏手机。', 'unnamed-source', '有消息称'],
    ['这是史上最强的手机芯片。', 'superlative', '最强'],
  ];
  it.each(cases)('%s → %s', (text, kind, cue) => {
    const s = suggestClaims(text).find((x) => x.kind === kind);
    expect(s, `no ${kind} in ${text}`).toBeDefined();
    expect(s!.reason).toContain(cue);
  });

  it('suggests nothing in a sentence without a checkable statement', () => {
    expect(suggestClaims('先来看看元宝的表现。之后是 Kimi 的回答。')).toEqual([]);
  });
});

describe('the weak kinds: a comparison says who is ahead, a superlative is about the world', () => {
  it('suggests a superlative with a scope or a measured thing, not the writer’s emphasis or advice', () => {
    expect(covering('云栈目前是国内市场份额最大的云服务商之一。', '最大')?.kind).toBe('superlative');
    expect(covering('储能是钠离子电池最大的应用市场。', '最大')?.kind).toBe('superlative');
    expect(covering('远帆称新款是市面上兼容性最好的轻薄本。', '最好')).toBeDefined();
    for (const emphasis of ['订单是投资者最关心的问题。', '这将是未来几个季度最大的变数。', '买车之前最好先看看冬季实测数据。', '这是其最核心的资产。']) {
      expect(suggestClaims(emphasis), emphasis).toEqual([]);
    }
  });

  it('suggests a frame with the predicate that says who is ahead, across the comma, and not a frame alone', () => {
    const text = '相比欧盟的同类规定，这份指引在车内数据处理上的要求更为具体。';
    const s = covering(text, '相比欧盟');
    expect(s?.kind).toBe('comparison');
    expect(s?.exact).toBe('相比欧盟的同类规定，这份指引在车内数据处理上的要求更为具体');
    for (const frame of ['与元宝相比，再次提升了一个等级。', '和海外的竞争对手相比，你们的优势在哪里？', '单核成绩两者差距不大。']) {
      expect(suggestClaims(frame), frame).toEqual([]);
    }
    expect(covering('快映直播电商业务的增速明显快于其广告业务。', '快于')?.kind).toBe('comparison');
  });

  it('does not take a programme’s order of speakers for a ranking', () => {
    expect(suggestClaims('两点十五分，第一位分享人介绍如何撰写文档。')).toEqual([]);
    expect(covering('元宝仅排在了第 11 位。', '第 11 位')?.kind).toBe('ranking');
  });
});

describe('the author narrating', () => {
  it('lowers the score of statements in the author’s own narration, and says why', () => {
    expect(suggestClaims('我们试着让三个大模型分别总结这篇文章。')).toEqual([]);
    const figure = suggestClaims('我们测得它的总参数量为 389B。')[0]!;
    expect(figure.score).toBeLessThan(suggestClaims('它的总参数量为 389B。')[0]!.score);
    expect(figure.reason).toContain('作者自述（我们），分数降低');
  });
});

describe('the rules are data', () => {
  it('maps every kind to a tag of the default codebook, with reasons in both languages', () => {
    const tags = DEFAULT_CODEBOOK.map((t) => t.name);
    for (const table of KIND_TABLES) {
      expect(tags).toContain(table.tag);
      for (const rule of table.rules) {
        expect(rule.reason.zh).toMatch(/\{m\}/u);
        expect(rule.reason.en).toMatch(/\{m\}/u);
        expect(() => new RegExp(rule.pattern, 'gu')).not.toThrow();
      }
    }
  });
});

describe('sentences and clauses', () => {
  it('ends sentences at 。！？；… and line breaks, keeping closing quotes', () => {
    const text = '他说：“好。”然后走了！真的？是的；还有……下一行\n第二行';
    const parts = splitSentences(text).map((r) => text.slice(r.from, r.to));
    expect(parts).toEqual(['他说：“好。”', '然后走了！', '真的？', '是的；', '还有……', '下一行', '第二行']);
  });

  it('splits clauses at commas and colons but not inside quotation marks', () => {
    const text = '他表示：“我们会赢，一定会。”对手不同意,并反驳。';
    const [first, second] = splitSentences(text);
    expect(splitClauses(text, first!).map((r) => text.slice(r.from, r.to))).toEqual(['他表示', '“我们会赢，一定会。”']);
    expect(splitClauses(text, second!).map((r) => text.slice(r.from, r.to))).toEqual(['对手不同意', '并反驳。']);
  });
});
