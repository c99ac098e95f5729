import { describe, expect, it } from 'vitest';
import { cohensKappa } from './kappa';
import { matchClaims, spanJaccard } from './match';
import { computeAgreement, type CodedClaim } from './report';
import { agreementCsv, agreementHtml } from './export';

const yesNo = (a: number, b: number, c: number, d: number) => [
  ...Array.from({ length: a }, () => [true, true] as const),
  ...Array.from({ length: b }, () => [true, false] as const),
  ...Array.from({ length: c }, () => [false, true] as const),
  ...Array.from({ length: d }, () => [false, false] as const),
];

describe("Cohen's kappa, checked by hand", () => {
  it.each([
    // both / only A / only B / neither: po, pe by hand → kappa
    { table: [4, 2, 1, 3], percent: 0.7, kappa: 0.4 }, // po 7/10; pe .6·.5 + .4·.5 = .5
    { table: [20, 5, 10, 15], percent: 0.7, kappa: 0.4 }, // po 35/50; pe .5·.6 + .5·.4 = .5
    { table: [5, 0, 0, 5], percent: 1, kappa: 1 },
    { table: [0, 5, 5, 0], percent: 0, kappa: -1 }, // po 0; pe .5·.5 + .5·.5 = .5
    { table: [45, 15, 25, 15], percent: 0.6, kappa: 0.1304 }, // pe .6·.7 + .4·.3 = .54; (.6-.54)/.46
  ])('tag present/absent $table: agreement $percent, kappa $kappa', ({ table, percent, kappa }) => {
    const r = cohensKappa(yesNo(...(table as [number, number, number, number])));
    expect(r.percent).toBeCloseTo(percent, 4);
    expect(r.kappa).toBeCloseTo(kappa, 4);
  });

  it('over verdicts with three categories: po .8, pe 9/25, kappa .6875', () => {
    const r = cohensKappa([
      ['true', 'true'],
      ['true', 'false'],
      ['false', 'false'],
      ['misleading', 'misleading'],
      ['true', 'true'],
    ]);
    expect(r).toEqual({ n: 5, percent: 0.8, kappa: expect.closeTo(0.6875, 9) });
  });

  it('is undefined when both checkers gave everything one rating, and empty without pairs', () => {
    expect(cohensKappa(yesNo(0, 0, 0, 6))).toEqual({ n: 6, percent: 1, kappa: null });
    expect(cohensKappa([])).toEqual({ n: 0, percent: null, kappa: null });
  });
});

describe('pairing two checkers’ claims by span', () => {
  it('measures overlap in code points as intersection over union', () => {
    expect(spanJaccard({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    expect(spanJaccard({ start: 0, end: 4 }, { start: 4, end: 8 })).toBe(0);
  });

  it('pairs one to one, best overlap first, so a long claim does not take two short ones', () => {
    const long = { id: 'A1', start: 0, end: 20 };
    const short1 = { id: 'B1', start: 0, end: 12 };
    const short2 = { id: 'B2', start: 0, end: 18 };
    const m = matchClaims([long], [short1, short2]);
    expect(m.pairs.map((p) => [p.a.id, p.b.id])).toEqual([['A1', 'B2']]);
    expect(m.onlyB.map((c) => c.id)).toEqual(['B1']);
  });
});

const claim = (id: string, start: number, end: number, tagIds: string[], verdict: string | null, strength: number | null): CodedClaim => ({
  id, start, end, exact: `论断${id}`, tagIds, verdict, strength,
});

describe('agreement between two checkers on the 混元 article', () => {
  const names = new Map([['t数据', '数据'], ['t夸大', '夸大']]);
  const a = [
    claim('a1', 10, 14, ['t数据'], 'true', 4),
    claim('a2', 30, 40, ['t数据', 't夸大'], 'false', 1),
    claim('a3', 50, 60, [], 'misleading', 2),
    claim('a4', 80, 90, ['t夸大'], null, null),
  ];
  const b = [
    claim('b1', 10, 15, ['t数据'], 'true', 3),
    claim('b2', 31, 40, ['t数据'], 'false', 1),
    claim('b3', 50, 58, ['t夸大'], 'true', 4),
    claim('b9', 100, 104, [], null, null),
  ];
  const report = computeAgreement(a, b, { tagNames: names });

  it('pairs the claims both marked and lists the ones only one marked', () => {
    expect(report.matched).toBe(3);
    expect(report.onlyA.map((c) => c.id)).toEqual(['a4']);
    expect(report.onlyB.map((c) => c.id)).toEqual(['b9']);
  });

  it('computes agreement per tag and overall over the paired claims', () => {
    // 数据: pairs (1,1) (1,1) (0,0) → po 1, kappa 1. 夸大: (0,0) (1,0) (0,1) → po 1/3; pe 1/3·1/3 + 2/3·2/3 = 5/9; kappa (1/3-5/9)/(4/9) = -.5
    expect(report.tags).toEqual([
      { tagId: 't夸大', name: '夸大', n: 3, percent: 1 / 3, kappa: expect.closeTo(-0.5, 6) },
      { tagId: 't数据', name: '数据', n: 3, percent: 1, kappa: 1 },
    ]);
    // pooled 6 decisions: both 2, only A 1, only B 1, neither 2 → po 4/6, pe .5·.5+.5·.5 → kappa 1/3
    expect(report.overallTags.kappa).toBeCloseTo(1 / 3, 6);
  });

  it('computes verdict agreement over pairs judged on both sides, and the strength gap', () => {
    // (true,true) (false,false) (misleading,true): po 2/3; A t1 f1 m1, B t2 f1 → pe (2+1)/9; kappa (2/3-1/3)/(2/3) = .5
    expect(report.verdicts).toEqual({ n: 3, percent: 2 / 3, kappa: expect.closeTo(0.5, 6) });
    expect(report.strength.meanAbsoluteDifference).toBeCloseTo((1 + 0 + 2) / 3);
  });

  it('lists the disagreements to discuss', () => {
    expect(report.disagreements.map((d) => `${d.kind}:${d.claimA ?? ''}/${d.claimB ?? ''}${d.tag ? `:${d.tag}` : ''}`)).toEqual([
      'strength:a1/b1',
      'tag:a2/b2:夸大',
      'tag:a3/b3:夸大',
      'verdict:a3/b3',
      'strength:a3/b3',
      'only-a:a4/',
      'only-b:/b9',
    ]);
  });

  it('exports CSV with quoted cells and an HTML page with escaped text', () => {
    const csv = agreementCsv(computeAgreement([{ ...a[0]!, exact: '说"最大", 其实' }], [b[0]!], { tagNames: names }), 'en');
    expect(csv.split('\r\n')[0]).toBe('Measure,Item,n,Agreement,kappa');
    expect(csv).toContain('"说""最大"", 其实"');
    const html = agreementHtml(computeAgreement([{ ...a[0]!, exact: '<script>' }], [b[0]!]), 'zh-CN', '一致性 <报告>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<title>一致性 &lt;报告&gt;</title>');
    expect(html).not.toContain('<script>');
  });
});
