import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectStore } from './store';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(tmp.file('批量.pizhu'), { title: '批量', author: EDITOR });
});
afterEach(() => {
  store.close();
  tmp.remove();
});

describe('a batch of edits', () => {
  it('is one step: undo takes back every claim, tag and evidence item it made', () => {
    const article = store.addArticle(sampleArticle());
    const made = store.batch('importAnnotations', (ops) => {
      const tag = ops.addTag({ name: '口径 🙂', color: '#123456' });
      const ids = ['389B', '52B', '第 11 位'].map((q) => ops.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, q), tagIds: [tag] }));
      ops.addEvidence(ids[0]!, { title: '技术报告' });
      ops.updateClaim(ids[1]!, { verdict: 'false' });
      return { tag, ids };
    });
    expect(store.listClaims(article.id)).toHaveLength(3);
    expect(store.getClaim(made.ids[1]!)).toMatchObject({ verdict: 'false', tagIds: [made.tag] });

    expect(store.undo()).toBe(true);
    expect(store.listClaims(article.id)).toEqual([]);
    expect(store.listTags().map((t) => t.id)).not.toContain(made.tag);
    expect(store.canUndo).toBe(true); // the article is the step before
  });

  it('leaves nothing behind when one of its edits fails', () => {
    const article = store.addArticle(sampleArticle());
    expect(() =>
      store.batch('bench', (ops) => {
        ops.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B') });
        ops.updateClaim('00000000-0000-4000-8000-000000000000', { verdict: 'true' });
      }),
    ).toThrow();
    expect(store.listClaims(article.id)).toEqual([]);
  });
});

describe('what an edit touched', () => {
  it('lists the records an edit, and then its undo, changed, in order', () => {
    const article = store.addArticle(sampleArticle());
    const [first, second] = store.listTags();
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B'), tagIds: [first!.id] });
    store.takeTouched();
    store.updateClaim(claim.id, { verdict: 'true', tagIds: [second!.id] });
    expect(store.takeTouched()!.map(({ table, recordId, op }) => ({ table, recordId, op }))).toEqual([
      { table: 'claim_tags', recordId: expect.any(String), op: 'delete' },
      { table: 'claim_tags', recordId: expect.any(String), op: 'insert' },
      { table: 'claims', recordId: claim.id, op: 'update' },
    ]);
    store.undo();
    expect(store.takeTouched()!.map((t) => `${t.table} ${t.op}`)).toEqual(['claims update', 'claim_tags delete', 'claim_tags insert']);
  });
});
