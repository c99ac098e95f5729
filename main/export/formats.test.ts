import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectStore } from '../project/store';
import { tempDir } from '../project/testing/fixtures';
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
  it('opens with a BOM and reads back as one row per claim with quotes, commas and tags intact', async () => {
    const csv = await text('csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parseCsv(csv.slice(1));
    expect(head).toEqual(['number', 'quote', 'tags', 'strength', 'verdict', 'status', 'note', 'evidence_urls', 'authors', 'created_at', 'updated_at']);
    expect(rows).toHaveLength(SEED_CLAIMS.length);
    const byQuote = new Map(rows.map((r) => [r[1], r]));
    expect(byQuote.get('总参数量 389B,激活参数量 52B')!.slice(0, 9)).toEqual(['2', '总参数量 389B,激活参数量 52B', '数据', '4', '属实', '已核查', '与技术报告一致。', 'https://arxiv.org/abs/2411.02265', '编辑张']);
    expect(byQuote.get('总参数量 389B,激活参数量 52B')![9]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(byQuote.get('仅排在了第 11 位,月访问量不到 200 万')![6]).toBe('榜单口径 "Web 端",不含 App。');
  });

  it('writes English labels when asked', async () => {
    const rows = parseCsv((await text('csv', { lang: 'en' })).slice(1));
    expect(rows.map((r) => r[4])).toContain('mostly true');
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
});
