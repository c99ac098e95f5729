import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectStore } from './store';
import { checkProject } from './check';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(tmp.file('c.pizhu'), { title: '截图', author: EDITOR });
});
afterEach(() => {
  store.close();
  tmp.remove();
});

const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, n, n + 1, n + 2]);
const shot = (n: number) => store.addScreenshot({ bytes: png(n), mime: 'image/png', width: 1200, height: 800 }, { bytes: png(n + 100), mime: 'image/webp', width: 320, height: 213 });

function threeAssistants(claimIds: string[]) {
  const [a, b, c] = [shot(1), shot(2), shot(3)];
  return store.addComparison({
    title: '三家总结对比',
    claimIds,
    items: [
      { assetHash: a.hash, thumbnailHash: a.thumbnailHash, label: '元宝', caption: '最为简略', sourceUrl: 'https://yuanbao.tencent.com' },
      { assetHash: b.hash, thumbnailHash: b.thumbnailHash, label: 'Kimi' },
      { assetHash: c.hash, thumbnailHash: c.thumbnailHash, label: '通义千问', capturedAt: '2024-11-20T10:00:00+08:00' },
    ],
  });
}

describe('screenshot comparisons', () => {
  it('keeps three labelled screenshots that back two claims, with thumbnails and sizes', () => {
    const article = store.addArticle(sampleArticle());
    const c1 = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B') });
    const c2 = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '排在了第 11 位') });
    const comparison = threeAssistants([c1.id, c2.id]);
    expect(comparison.items.map((i) => i.label)).toEqual(['元宝', 'Kimi', '通义千问']);
    expect(comparison.items[0]).toMatchObject({ mime: 'image/png', width: 1200, height: 800, caption: '最为简略' });
    expect(comparison.items[0]!.thumbnailHash).not.toBeNull();
    expect(store.listComparisons(c1.id).map((c) => c.id)).toEqual([comparison.id]);
    expect(store.listComparisons(c2.id).map((c) => c.id)).toEqual([comparison.id]);
    expect(checkProject(store.path).ok).toBe(true);
  });

  it('stores a screenshot used twice only once', () => {
    const a = shot(1);
    const again = shot(1);
    expect(again.hash).toBe(a.hash);
    expect(store.stats().assets).toBe(2);
  });

  it('refuses a comparison of one screenshot, or of two with the same label', () => {
    const a = shot(1);
    const b = shot(2);
    expect(() => store.addComparison({ title: '单张', items: [{ assetHash: a.hash, label: '元宝' }] })).toThrow();
    expect(() =>
      store.addComparison({ title: '重名', items: [{ assetHash: a.hash, label: '元宝' }, { assetHash: b.hash, label: '元宝' }] }),
    ).toThrow(expect.objectContaining({ code: 'invalid-argument', key: 'project.comparisonLabels', message: expect.stringMatching(/标签不能重复/) }));
    expect(store.listComparisons()).toEqual([]);
  });

  it('records region notes as pixel rectangles and reorders screenshots', () => {
    const comparison = threeAssistants([]);
    const item = comparison.items[1]!;
    store.addRegion(item.id, { x: 10, y: 20, width: 300, height: 40, colour: '#1f77b4', note: { json: '', text: '只列出三点' } });
    const reordered = store.reorderComparisonItems(comparison.id, [comparison.items[2]!.id, item.id, comparison.items[0]!.id]);
    expect(reordered.items.map((i) => i.label)).toEqual(['通义千问', 'Kimi', '元宝']);
    expect(reordered.items[1]!.regions).toEqual([expect.objectContaining({ x: 10, y: 20, width: 300, height: 40, colour: '#1f77b4' })]);
  });

  it('removes a comparison with its regions and claim links, and undo brings all of it back', () => {
    const article = store.addArticle(sampleArticle());
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B') });
    const comparison = threeAssistants([claim.id]);
    store.addRegion(comparison.items[0]!.id, { x: 0, y: 0, width: 5, height: 5 });
    store.deleteComparison(comparison.id);
    expect(store.listComparisons(claim.id)).toEqual([]);
    store.undo();
    expect(store.listComparisons(claim.id)).toEqual([store.getComparison(comparison.id)]);
    expect(store.getComparison(comparison.id).items[0]!.regions).toHaveLength(1);
    expect(checkProject(store.path).ok).toBe(true);
  });
});
