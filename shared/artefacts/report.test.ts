// An editor asks how a reposted article travelled before it reached them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { artefactReport, countByKind } from './report';
import { cpSlice } from '../text/codepoints';
import { ARTEFACT_KIND_LABELS, PATTERN_RULES } from './rules';

const seed = readFileSync(new URL('../../fixtures/articles/seed-tencent-ai.txt', import.meta.url), 'utf8');

const CLEAN =
  '11 月 5 日，腾讯宣布开源混元大模型。公司表示，这款软件支持网络打印，内存占用低，屏幕分辨率高。' +
  '据了解，该模型的总参数量为 389B，激活参数量为 52B。与同类产品相比，它在数据库查询、芯片适配和程序调试方面表现更好。\n' +
  '“我们希望更多开发者参与进来。”负责人说。';

describe('the artefact report of the seed article', () => {
  const report = artefactReport(seed);

  it('flags 领網域 as a mixed-script word, reads it as 领域 and names the converter chain', () => {
    const mixed = report.filter((f) => f.kind === 'mixed-script');
    expect(mixed.length).toBe(7);
    expect(mixed[0]).toMatchObject({ exact: '领網域', suggestion: '领域' });
    expect(mixed[0]!.explanation.zh).toContain('網域名稱');
    expect(mixed[0]!.explanation.en).toContain('Taiwan phrasing');
  });

  it('flags 軟體 with its likely original 软件', () => {
    expect(report.find((f) => f.exact === '軟體')).toMatchObject({ kind: 'traditional', suggestion: '软件' });
  });

  it('flags the padded quotes around 双修 and suggests full-width quotes', () => {
    expect(report.find((f) => f.exact === '" 双修 "')).toMatchObject({ kind: 'padded-quotes', suggestion: '“双修”' });
  });

  it('reports the half-width punctuation once, with the count and the places', () => {
    const half = report.filter((f) => f.kind === 'halfwidth-punctuation');
    expect(half).toHaveLength(1);
    expect(half[0]!.count).toBeGreaterThan(100);
    expect(half[0]!.places).toHaveLength(half[0]!.count!);
    expect(half[0]!.places![0]).toEqual({ start: 11, end: 12 }); // 科技经验: — the colon
    for (const p of half[0]!.places!) expect(cpSlice(seed, p.start, p.end)).toMatch(/^[,:;!?()]$/u);
  });

  it('flags the content-farm first line and the image credit', () => {
    expect(report.find((f) => f.kind === 'content-farm-line')!.exact).toBe('今天小编分享的科技经验:腾讯的AI困局,欢迎阅读。');
    expect(report.find((f) => f.kind === 'image-credit')!.exact).toBe('图源 / 量子位');
  });

  it('gives spans in code points that slice back to the exact text, and never changes the text', () => {
    const before = seed;
    for (const f of artefactReport(seed)) expect(cpSlice(seed, f.start, f.end)).toBe(f.exact);
    expect(seed).toBe(before);
    expect(countByKind(report)['mixed-script']).toBe(7);
  });
});

describe('text converted with OpenCC', () => {
  const toTaiwan = Converter({ from: 'cn', to: 'twp' });
  const toSimplified = Converter({ from: 't', to: 'cn' });

  it('finds nothing in clean mainland text', () => {
    expect(artefactReport(CLEAN)).toEqual([]);
  });

  it('after simplified → Taiwan → simplified, names the Taiwan words and their mainland originals', () => {
    const roundTrip = toSimplified(toTaiwan(CLEAN));
    const found = artefactReport(roundTrip).filter((f) => f.kind === 'regional-vocabulary');
    const pairs = Object.fromEntries(found.map((f) => [f.exact, f.suggestion]));
    expect(pairs).toMatchObject({ 软体: '软件', 网路: '网络', 记忆体: '内存', 萤幕: '屏幕', 资料库: '数据库', 晶片: '芯片' });
  });

  it('after simplified → traditional, reports one finding for the whole article', () => {
    const traditional = toTaiwan(CLEAN);
    const report = artefactReport(traditional);
    expect(report.map((f) => f.kind)).toEqual(['traditional-article']);
    expect(report[0]!.end).toBe([...traditional].length);
  });

  it('after traditional → simplified of a Taiwan text, the simplified text keeps Taiwan vocabulary', () => {
    const taiwanese = '這款軟體的記憶體佔用很低，滑鼠操作流暢。';
    const report = artefactReport(toSimplified(taiwanese));
    expect(report.map((f) => f.suggestion)).toEqual(['软件', '内存', '鼠标']);
  });
});

describe('repost traces', () => {
  it('finds link stubs, navigation residue, run-together dates, placeholders and duplicated captions', () => {
    const text = [
      '本网首页|财经频道|正文',
      '2024-11-0510:23:45 来源：新浪科技',
      '腾讯发布新模型。[图片]',
      '混元 Large 的评测结果',
      '混元 Large 的评测结果',
      '更多内容请看 >>详细 或 [详细]',
      '```',
      '```',
    ].join('\n');
    const kinds = artefactReport(text).map((f) => `${f.kind}:${f.exact}`);
    expect(kinds).toEqual([
      'navigation-residue:本网首页|财经频道|正文',
      'run-together-date:2024-11-05',
      'figure-placeholder:[图片]',
      'duplicated-caption:混元 Large 的评测结果',
      'link-stub:>>详细',
      'link-stub:[详细]',
    ]);
  });

  it('reports full-width digits mixed with half-width ones, in code points after 𠮷 and an emoji', () => {
    const text = '𠮷😀营收增长１２%，利润 30 亿元。';
    const f = artefactReport(text).find((x) => x.kind === 'width-mixing')!;
    expect(f).toMatchObject({ exact: '１２', start: 6, end: 8, count: 1 });
  });
});

describe('the kinds are data', () => {
  it('names every kind in both languages, with full-width punctuation in Chinese', () => {
    for (const rule of PATTERN_RULES) expect(ARTEFACT_KIND_LABELS[rule.kind]).toBeDefined();
    for (const label of Object.values(ARTEFACT_KIND_LABELS)) {
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.zh).not.toMatch(/\p{Script=Han}[,:;!?()]/u);
    }
    for (const rule of PATTERN_RULES) expect(rule.explanation.zh).not.toMatch(/\p{Script=Han}[,:;!?()]/u);
  });
});
