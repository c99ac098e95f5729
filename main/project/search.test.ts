import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from './store';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('searching the project', () => {
  it('finds a one-character Chinese query in quotes, notes and evidence, and 𠮷 too', () => {
    const dir = tempDir();
    dirs.push(dir);
    const store = ProjectStore.create(dir.file('s.pizhu'), { title: '搜索', author: EDITOR });
    const article = store.addArticle(sampleArticle());
    const params = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B'), note: { json: '', text: '与技术报告一致' } });
    const rank = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '𠮷🙂 腾讯') });
    store.addEvidence(rank.id, { title: '量子位榜单', quote: '元宝排名第 11' });

    expect(store.search('量').filter((h) => h.kind !== 'article').map((h) => [h.kind, h.claimId])).toEqual([
      ['claim', params.id],
      ['evidence', rank.id],
    ]);
    expect(store.search('报告')).toEqual([expect.objectContaining({ kind: 'note', claimId: params.id, excerpt: '与技术报告一致' })]);
    expect(store.search('𠮷').map((h) => h.claimId)).toEqual([rank.id, null]);
    expect(store.search('  ')).toEqual([]);
    store.close();
  });

  it('finds the articles’ own text, each place in code points of the current revision', () => {
    const dir = tempDir();
    dirs.push(dir);
    const store = ProjectStore.create(dir.file('t.pizhu'), { title: '搜索', author: EDITOR });
    const article = store.addArticle(sampleArticle());
    const hits = store.search('参数量').filter((h) => h.kind === 'article');
    // 𠮷 and 🙂 are one code point each (two UTF-16 units): positions count them once.
    const cps = [...SAMPLE_TEXT];
    expect(hits.map((h) => [h.articleId, h.claimId, cps.slice(h.start, h.end).join('')])).toEqual([
      [article.id, null, '参数量'],
      [article.id, null, '参数量'],
    ]);
    expect(hits[0]!.start).toBe(cps.indexOf('参', 3));
    expect(hits[0]!.excerpt).toContain('总参数量 389B');
    expect(store.search('不在文中的词')).toEqual([]);
    store.close();
  });
});
