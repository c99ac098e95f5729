// Renaming and deleting an article: one undoable edit each; deleting takes the article's
// revisions and claims (with their tags and evidence) along, and undo brings all of it back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectStore } from './store';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;

beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(tmp.file('articles.pizhu'), { title: '文章', author: EDITOR });
});
afterEach(() => {
  store.close();
  tmp.remove();
});

describe('renaming and deleting articles', () => {
  it('renames an article, and undo gives the old title back', () => {
    const article = store.addArticle(sampleArticle());
    const before = store.listArticles()[0]!.title;
    expect(store.renameArticle(article.id, '混元大模型 𠮷 核查').id).toBe(article.id);
    expect(store.listArticles()[0]!.title).toBe('混元大模型 𠮷 核查');
    store.undo();
    expect(store.listArticles()[0]!.title).toBe(before);
  });

  it('deletes an article with its claims, tags and evidence, says how many claims went, and undo restores them', () => {
    const kept = store.addArticle(sampleArticle());
    const article = store.addArticle(sampleArticle());
    const [tag] = store.listTags();
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B'), tagIds: [tag!.id] });
    store.addEvidence(claim.id, { title: '官方公告' });
    store.addClaim({ articleId: kept.id, anchor: anchorOf(SAMPLE_TEXT, '389B') });

    expect(store.deleteArticle(article.id)).toEqual({ claims: 1 });
    expect(store.listArticles().map((a) => a.id)).toEqual([kept.id]);
    expect(store.listClaims(kept.id)).toHaveLength(1);
    expect(() => store.getClaim(claim.id)).toThrow();

    store.undo();
    expect(store.listArticles().map((a) => a.id)).toEqual([kept.id, article.id]);
    const back = store.getClaim(claim.id);
    expect(back.tagIds).toEqual([tag!.id]);
    expect(store.listEvidence(claim.id).map((e) => e.title)).toEqual(['官方公告']);
  });
});
