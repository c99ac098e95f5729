// ClaimReview and MediaReview checked field by field against what Google's fact-check structured
// data documentation asks for (developers.google.com/search/docs/appearance/structured-data/factcheck):
// ClaimReview requires claimReviewed, reviewRating and url (on the publishing site) and recommends
// author (an Organization or a Person, with name and url) and itemReviewed (a Claim, recommended
// with appearance, author, datePublished and firstAppearance); the Rating requires alternateName
// (the label search results show) and recommends bestRating, ratingValue and worstRating. MediaReview is checked for the
// properties schema.org defines for it and Google's MediaReview guidance lists for fact-checkers:
// url, author, datePublished, mediaAuthenticityCategory, originalMediaContextDescription and an
// itemReviewed MediaReviewItem whose mediaItemAppearance describes each image.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliHarness } from '../cli/testing';
import { main } from '../cli/main';
import type { ProjectStore } from '../project/store';
import { tempDir } from '../project/testing/fixtures';
import { addShotComparison } from '../project/testing/comparisons';
import { exportProject } from './index';
import { SEED_CLAIMS, SEED_URL, seedProject } from './testing/seed-project';
import { readFileSync } from 'node:fs';

type Node = Record<string, unknown>;

const CLAIM_REVIEW = { required: ['claimReviewed', 'reviewRating', 'url'], recommended: ['author', 'itemReviewed'] };
const RATING = { required: ['alternateName'], recommended: ['bestRating', 'ratingValue', 'worstRating'] };
const CLAIM = { recommended: ['appearance', 'author', 'datePublished', 'firstAppearance'] };
const MEDIA_REVIEW = { required: ['url', 'author', 'datePublished', 'mediaAuthenticityCategory', 'originalMediaContextDescription', 'itemReviewed'] };
const MEDIA_CATEGORIES = ['DecontextualizedContent', 'EditedOrCroppedContent', 'OriginalMediaContent', 'SatireOrParodyContent', 'StagedContent', 'TransformedContent'];

const PUBLISHER = {
  organization: '核查实验室',
  organizationUrl: 'https://factcheck.example.org/',
  logoUrl: 'https://factcheck.example.org/logo.png',
  reviewer: '李核查',
  reviewUrlBase: 'https://factcheck.example.org/2024/tencent-ai',
};

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
beforeAll(async () => {
  tmp = tempDir();
  store = await seedProject(tmp.file('腾讯.pizhu'));
  const claims = store.listClaims(store.listArticles()[0]!.id);
  const ranking = claims.find((c) => c.anchor.exact.startsWith('仅排在了第 11 位'))!;
  const comparison = addShotComparison(store, [ranking.id]);
  store.updateComparisonItem(comparison.items[0]!.id, { capturedAt: '2024-11-21T10:30:00+08:00', sourceUrl: 'https://yuanbao.tencent.com/', caption: '元宝的回答' });
});
afterAll(() => {
  store.close();
  tmp.remove();
});

const reviews = async (extra: object = { publisher: PUBLISHER }) => JSON.parse(new TextDecoder().decode((await exportProject(store, { format: 'claimreview', ...extra })).bytes)) as Node[];
const ofType = (nodes: Node[], type: string) => nodes.filter((n) => n['@type'] === type);
const missing = (node: Node, keys: string[]) => keys.filter((k) => node[k] === undefined || node[k] === '');

describe('ClaimReview that publishes', () => {
  it('has every property Google requires and recommends, the url on the publisher’s site', async () => {
    const claimReviews = ofType(await reviews(), 'ClaimReview');
    expect(claimReviews.map((r) => r.claimReviewed)).toEqual(SEED_CLAIMS.filter((c) => c.verdict && c.verdict !== 'opinion').map((c) => c.exact));
    for (const r of claimReviews) {
      expect(missing(r, [...CLAIM_REVIEW.required, ...CLAIM_REVIEW.recommended])).toEqual([]);
      expect(new URL(String(r.url)).host).toBe('factcheck.example.org');
      expect(r.url).toMatch(/^https:\/\/factcheck\.example\.org\/2024\/tencent-ai#claim-\d+$/);
      expect(r.author).toEqual({
        '@type': 'Organization',
        name: '核查实验室',
        url: 'https://factcheck.example.org/',
        logo: { '@type': 'ImageObject', url: 'https://factcheck.example.org/logo.png' },
        employee: { '@type': 'Person', name: '李核查' },
      });
      const rating = r.reviewRating as Node;
      expect(missing(rating, RATING.required)).toEqual([]);
      expect(missing(rating, RATING.recommended).filter((k) => !(k === 'ratingValue' && rating.alternateName === '证据不足'))).toEqual([]);
      const claim = r.itemReviewed as Node;
      expect(claim['@type']).toBe('Claim');
      expect(missing(claim, CLAIM.recommended)).toEqual([]);
      expect(claim.author).toEqual({ '@type': 'Person', name: '小编' });
      expect(claim.appearance).toEqual({
        '@type': 'Article',
        url: SEED_URL,
        headline: '腾讯的AI困局',
        author: { '@type': 'Person', name: '小编' },
        publisher: { '@type': 'Organization', name: '量子位' },
        datePublished: '2024-11-20',
      });
    }
    const rating = (quote: string) => claimReviews.find((r) => r.claimReviewed === quote)!.reviewRating;
    expect(rating('总参数量 389B,激活参数量 52B')).toMatchObject({ ratingValue: 5, alternateName: '属实', bestRating: 5, worstRating: 1 });
    expect(rating('业界参数规模最大、效果最好')).toMatchObject({ ratingValue: 2, alternateName: '有误导' });
  });

  it('credits the reviewer as a Person when there is no organisation, and the checker when there is no reviewer either', async () => {
    const byReviewer = ofType(await reviews({ publisher: { reviewer: '李核查', reviewUrlBase: PUBLISHER.reviewUrlBase } }), 'ClaimReview');
    expect(byReviewer.map((r) => r.author)).toEqual(byReviewer.map(() => ({ '@type': 'Person', name: '李核查' })));
    const byChecker = ofType(await reviews({ reviewUrl: PUBLISHER.reviewUrlBase }), 'ClaimReview');
    expect(byChecker[0]!.author).toEqual({ '@type': 'Person', name: '编辑张' });
  });

  it('is refused without the address the report is published at, saying where to set it', async () => {
    await expect(exportProject(store, { format: 'claimreview' })).rejects.toThrow('请在「文件 → 发布设置…」里填写核查报告发布的网址（命令行用 --review-url-base）');
  });
});

describe('MediaReview for the screenshot comparison backing a claim', () => {
  it('follows that claim’s ClaimReview with each screenshot as an ImageObject, its hash and capture time', async () => {
    const all = await reviews();
    const [media] = ofType(all, 'MediaReview');
    const claimReview = all[all.indexOf(media!) - 1]!;
    expect(claimReview.claimReviewed).toBe('仅排在了第 11 位,月访问量不到 200 万');
    expect(missing(media!, MEDIA_REVIEW.required)).toEqual([]);
    expect(MEDIA_CATEGORIES).toContain(media!.mediaAuthenticityCategory);
    expect(media).toMatchObject({ url: claimReview.url, author: claimReview.author, associatedClaimReview: { '@type': 'ClaimReview', url: claimReview.url } });
    const items = (media!.itemReviewed as { '@type': string; mediaItemAppearance: Node[] });
    expect(items['@type']).toBe('MediaReviewItem');
    const [first, second] = items.mediaItemAppearance;
    const shots = store.listComparisons()[0]!.items;
    expect(first).toEqual({
      '@type': 'ImageObject',
      name: '元宝',
      caption: '元宝的回答',
      sha256: shots[0]!.assetHash,
      encodingFormat: 'image/png',
      width: 1200,
      height: 800,
      dateCreated: '2024-11-21T10:30:00+08:00',
      url: 'https://yuanbao.tencent.com/',
    });
    expect(second).toMatchObject({ name: 'Kimi', sha256: shots[1]!.assetHash });
  });
});

describe('pizhu publisher and pizhu export --review-url-base', () => {
  const cli = cliHarness();
  it('stores the project’s publisher, which every later ClaimReview export uses; flags change one export', async () => {
    const file = cli.tmp.file('腾讯.pizhu');
    (await seedProject(file)).close();
    expect(await main(['publisher', file, '--organization', '核查实验室', '--review-url-base', 'https://factcheck.example.org/r', '--json']), cli.err).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject({ organization: '核查实验室', reviewUrlBase: 'https://factcheck.example.org/r', reviewer: '' });
    const out = cli.tmp.file('reviews.jsonld');
    expect(await main(['export', file, '-f', 'claimreview', '-o', out, '--reviewer', '李核查']), cli.err).toBe(0);
    const [first] = JSON.parse(readFileSync(out, 'utf8')) as Node[];
    expect(first).toMatchObject({ url: expect.stringMatching(/^https:\/\/factcheck\.example\.org\/r#claim-\d+$/), author: { name: '核查实验室', employee: { name: '李核查' } } });
    expect(await main(['publisher', file, '--logo', 'javascript:alert(1)'])).toBe(1);
    expect(cli.err).toMatch(/https:\/\//);
  });
});
