import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary } from '../../../shared/domain/project';
import { applyChanges, EMPTY_STATE, ORDER, tableOf, type StoreState } from './state';
import { sampleClaim as claim, SAMPLE_AT as AT } from '../claims/sample-claim';

const summary = (id: string, claimCount: number): ArticleSummary => ({ id, title: id, currentRevisionId: 'r', revisionCount: 1, claimCount, sortOrder: 0, createdAt: AT });

/** A project open on article "a" with claims 𠮷 at 5 and 😀 at 1. */
function opened(): StoreState {
  return {
    ...EMPTY_STATE,
    project: { path: '/p.pizhu', project: { id: 'p', title: '核查', createdAt: AT, modifiedAt: AT, schemaVersion: 3 }, readOnlyReason: null, canUndo: false, canRedo: false },
    articles: tableOf([summary('a', 2), summary('b', 0)], ORDER.articles),
    article: { id: 'a', revisionId: 'r' } as Article,
    claims: tableOf([claim('𠮷', 5), claim('😀', 1)], ORDER.claims),
    selectedClaimId: '𠮷',
  };
}

describe('applying a change set to the store', () => {
  it('replaces only the changed claim and keeps the order and the other records identical', () => {
    const before = opened();
    const after = applyChanges(before, { claims: { upsert: [claim('𠮷', 5, { verdict: 'true' })], remove: [] } });
    expect(after.claims.byId['𠮷']!.verdict).toBe('true');
    expect(after.claims.byId['😀']).toBe(before.claims.byId['😀']);
    expect(after.claims.ids).toBe(before.claims.ids);
    expect(after.articles).toBe(before.articles);
  });

  it('places an added claim in text order and leaves out claims of other articles', () => {
    const after = applyChanges(opened(), { claims: { upsert: [claim('新', 3), claim('别处', 0, { articleId: 'b' })], remove: [] } });
    expect(after.claims.ids).toEqual(['😀', '新', '𠮷']);
  });

  it('keeps text order when a claim is added at either end or its anchor moves', () => {
    expect(applyChanges(opened(), { claims: { upsert: [claim('首', 0)], remove: [] } }).claims.ids).toEqual(['首', '😀', '𠮷']);
    expect(applyChanges(opened(), { claims: { upsert: [claim('尾', 9)], remove: [] } }).claims.ids).toEqual(['😀', '𠮷', '尾']);
    expect(applyChanges(opened(), { claims: { upsert: [claim('😀', 7)], remove: [] } }).claims.ids).toEqual(['𠮷', '😀']);
  });

  it('drops the selection with its removed claim, and the article with its removal', () => {
    const removed = applyChanges(opened(), { claims: { upsert: [], remove: ['𠮷'] }, articles: { upsert: [summary('a', 1)], remove: [] } });
    expect(removed.selectedClaimId).toBeNull();
    expect(removed.articles.byId.a!.claimCount).toBe(1);
    const gone = applyChanges(opened(), { articles: { upsert: [], remove: ['a'] } });
    expect(gone.article).toBeNull();
    expect(gone.claims.ids).toEqual([]);
  });
});
