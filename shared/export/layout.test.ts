import { describe, expect, it } from 'vitest';
import type { Claim } from '../domain/claim';
import type { Article } from '../domain/project';
import { buildExportDocument, type ExportSource } from './document';
import { renderExportHtml } from './layout';
import { ExportOptionsSchema, type ExportRequest } from './options';
import { articleRuns, runsByLink } from './segments';
import { CodePointIndex } from '../text/codepoints';

// 𠮷 and 🙂 come first, so code-point positions differ from UTF-16 ones.
const TEXT = '𠮷🙂 腾讯混元大模型总参数量 389B,激活参数量 52B。据报道,元宝排在了第 11 位。';
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const T0 = '2024-11-20T08:00:00.000Z';

function claimOn(n: number, exact: string, extra: Partial<Claim> = {}, text = TEXT): Claim {
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(text.indexOf(exact));
  return {
    id: ID(100 + n), articleId: ID(1), revisionId: ID(2),
    anchor: { exact, prefix: '', suffix: '', start, end: start + new CodePointIndex(exact).length },
    strength: 3, verdict: 'true', status: 'checked', assignee: null, note: { json: '', text: '' }, orphan: false,
    tagIds: [ID(50)], createdAt: T0, createdBy: ID(9), updatedAt: T0, updatedBy: ID(9), ...extra,
  };
}

function source(claims: Claim[], text = TEXT): ExportSource {
  const article: Article = {
    id: ID(1), revisionId: ID(2), revisionNumber: 1, importInfo: {}, originalAssetHash: null, createdAt: T0, createdBy: ID(9),
    content: { title: '腾讯混元', text, blocks: [{ kind: 'paragraph', start: 0, end: new CodePointIndex(text).length }], links: [], source: {} },
  };
  return {
    project: { id: ID(3), title: '核查<项目>', createdAt: T0, modifiedAt: T0, schemaVersion: 1 },
    articles: [{ article, claims, evidence: new Map() }],
    tags: [{ id: ID(50), name: '数据', color: '#1f77b4', description: '', hotkey: 1, parentId: null, sortOrder: 0, createdAt: T0, createdBy: ID(9) }],
    authors: [{ id: ID(9), name: '编辑张' }],
  };
}

const options = (o: Partial<ExportRequest> = {}) => ExportOptionsSchema.parse({ format: 'html', exportedAt: T0, ...o });

describe('the export layout', () => {
  it('numbers claims in reading order, the enclosing claim before the one nested in it', () => {
    const doc = buildExportDocument(source([claimOn(1, '389B'), claimOn(2, '据报道'), claimOn(3, '总参数量 389B')]), options());
    expect(doc.claims.map((c) => [c.number, c.anchor.exact])).toEqual([[1, '总参数量 389B'], [2, '389B'], [3, '据报道']]);
  });

  it('splits the text at every boundary of overlapping claims, so each keeps its own highlight', () => {
    const doc = buildExportDocument(source([claimOn(1, '总参数量 389B'), claimOn(2, '389B,激活参数量')]), options());
    const runs = articleRuns(doc.articles[0]!)[0]!.runs;
    expect(runs.map((r) => [r.text, r.claims.map((c) => c.number)])).toEqual([
      ['𠮷🙂 腾讯混元大模型', []],
      ['总参数量 ', [1]],
      ['389B', [1, 2]],
      [',激活参数量', [2]],
      [' 52B。据报道,元宝排在了第 11 位。', []],
    ]);
    const html = renderExportHtml(doc, { fontCss: '', forPrint: true });
    expect(html).toContain('<mark data-claims="1 2"');
    expect(html).toMatch(/389B<\/mark><\/a><sup class="no"[^>]*><a href="#claim-1">\[1\]<\/a><\/sup>/);
  });

  it('links each run inside claims in print only, so the PDF step can find every claim’s lines', () => {
    const doc = buildExportDocument(source([claimOn(1, '总参数量 389B'), claimOn(2, '389B,激活参数量')]), options());
    const runs = runsByLink(doc.articles);
    expect([...runs].map(([link, run]) => [link, run.text, run.claims.map((c) => c.number)])).toEqual([
      ['pizhu:run/0.0.1', '总参数量 ', [1]],
      ['pizhu:run/0.0.2', '389B', [1, 2]],
      ['pizhu:run/0.0.3', ',激活参数量', [2]],
    ]);
    const print = renderExportHtml(doc, { fontCss: '', forPrint: true });
    for (const link of runs.keys()) expect(print).toContain(`<a class="run" href="${link}"><mark`);
    expect(renderExportHtml(doc, { fontCss: '', forPrint: false })).not.toContain('pizhu:run/');
  });

  it('escapes notes and titles and links only web addresses', () => {
    const claim = claimOn(1, '据报道', { note: { json: '', text: '<script>alert(1)</script>' } });
    const src = source([claim]);
    const evidence = { url: 'javascript:alert(1)', title: 'x', publisher: '', date: '', quote: '', stance: 'context' as const, reliability: null, note: { json: '', text: '' } };
    const withEvidence = { ...src, articles: [{ ...src.articles[0]!, evidence: new Map([[claim.id, [{ ...evidence, id: ID(7), claimId: claim.id, sortOrder: 0, createdAt: T0, createdBy: ID(9), updatedAt: T0, updatedBy: ID(9) }]]]) }] };
    const html = renderExportHtml(buildExportDocument(withEvidence, options()), { fontCss: '', forPrint: false });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('核查&lt;项目&gt;');
    expect(html).not.toContain('href="javascript:');
  });

  it('leaves notes and author names out when asked', () => {
    const claim = claimOn(1, '据报道', { note: { json: '', text: '未具名信源' } });
    const doc = buildExportDocument(source([claim]), options({ include: { notes: false, authors: false } }));
    expect(doc.claims[0]!.note).toBe('');
    expect(doc.editors).toEqual([]);
    expect(renderExportHtml(doc, { fontCss: '', forPrint: false })).not.toContain('编辑张');
  });

  it('keeps only the claims the filters ask for', () => {
    const claims = [claimOn(1, '据报道', { verdict: 'false' }), claimOn(2, '389B', { verdict: null }), claimOn(3, '52B', { verdict: 'true', strength: null })];
    const pick = (o: Partial<ExportRequest>) => buildExportDocument(source(claims), options(o)).claims.map((c) => c.anchor.exact);
    expect(pick({ verdicts: ['false', 'none'] })).toEqual(['389B', '据报道']);
    expect(pick({ strengths: ['none'] })).toEqual(['52B']);
    expect(pick({ tagIds: [ID(51)] })).toEqual([]);
  });
});

describe('the colour of a claim with two tags', () => {
  it('is its tag that comes first in the codebook, with a split underline of both tags, on the highlight, the claim card and the legend', () => {
    const src = source([claimOn(1, '据报道', { tagIds: [ID(51), ID(50)] })]);
    src.tags.push({ ...src.tags[0]!, id: ID(51), name: '评价', color: '#17becf', sortOrder: 1 });
    const doc = buildExportDocument(src, options());
    expect(doc.claims[0]!.color).toBe('#1f77b4');
    expect(doc.claims[0]!.tags.map((t) => t.name)).toEqual(['数据', '评价']);
    const html = renderExportHtml(doc, { fontCss: '', forPrint: false });
    expect(doc.claims[0]!.stripes).toEqual(['#1f77b4', '#17becf']);
    expect(html).toContain(
      '<mark data-claims="1" style="background:repeating-linear-gradient(90deg, #1f77b4 0px 6px, #17becf 6px 12px) left bottom/100% 2px no-repeat,#b1cfe5">据报道</mark>',
    );
    expect(html).toContain('id="claim-1" style="--c:#1f77b4"');
    expect(html).toContain('论断的颜色取它的标签中在标签体系里排在最前的一个；有多个标签的论断另有一条分段下划线');
  });
});
