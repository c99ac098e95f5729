import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import { dispatch } from './dispatch';
import { createNodeServices } from './node-services';

/** A project with one article, driven through the API as the renderer drives it. */
async function session() {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-changes-'));
  const s = createNodeServices({ mode: 'browser', configDir: dir });
  const call = async <T,>(name: MethodName, arg?: unknown) =>
    (await dispatch(s.handlers, name, arg, 'zh-CN', s.takeChanges)) as Result<T> & { ok: true };
  await call('projectNew', { path: join(dir, 'p.pizhu'), title: '变更' });
  const article = await call<{ id: string }>('importCommit', { source: { kind: 'paste', text: '混元 Large 总参数量 389B，激活参数量 52B。𠮷' } });
  const [tag] = (await call<{ id: string }[]>('listTags')).value;
  return { call, articleId: article.value.id, tagId: tag!.id, importChanges: article.changes };
}

const anchor = { exact: '总参数量 389B', prefix: '混元 Large ', suffix: '，激活', start: 9, end: 18 };

describe('an edit returns what it changed', () => {
  it('adding a claim returns the claim and its article with one claim more', async () => {
    const { call, articleId, importChanges } = await session();
    expect(importChanges?.reload).toBe(true);
    const added = await call<{ id: string }>('addClaim', { articleId, anchor });
    expect(added.changes?.claims?.upsert).toEqual([added.value]);
    expect(added.changes?.articles?.upsert).toMatchObject([{ id: articleId, claimCount: 1 }]);
    expect(added.changes?.project).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('tagging a claim returns the claim with its tag, and nothing else', async () => {
    const { call, articleId, tagId } = await session();
    const { value: claim } = await call<{ id: string }>('addClaim', { articleId, anchor });
    const tagged = await call('updateClaim', { id: claim.id, patch: { tagIds: [tagId] } });
    expect(tagged.changes?.claims?.upsert).toMatchObject([{ id: claim.id, tagIds: [tagId] }]);
    expect(tagged.changes?.articles).toBeUndefined();
    expect(tagged.changes?.tags).toBeUndefined();
  });

  it('adding evidence returns the item and its claim; deleting the claim removes both', async () => {
    const { call, articleId } = await session();
    const { value: claim } = await call<{ id: string }>('addClaim', { articleId, anchor });
    const evidence = await call<{ id: string }>('addEvidence', { claimId: claim.id, item: { title: '来源' } });
    expect(evidence.changes?.evidence?.upsert).toMatchObject([{ id: evidence.value.id, title: '来源' }]);
    expect(evidence.changes?.claims?.upsert.map((c) => c.id)).toEqual([claim.id]);
    const deleted = await call('deleteClaim', { id: claim.id });
    expect(deleted.changes?.claims?.remove).toEqual([claim.id]);
    expect(deleted.changes?.evidence?.remove).toEqual([evidence.value.id]);
    expect(deleted.changes?.articles?.upsert).toMatchObject([{ claimCount: 0 }]);
  });

  it('undo and redo return the inverse and the edit again', async () => {
    const { call, articleId } = await session();
    const { value: claim } = await call<{ id: string }>('addClaim', { articleId, anchor });
    const undone = await call('undo');
    expect(undone.changes?.claims).toEqual({ upsert: [], remove: [claim.id] });
    expect(undone.changes?.project).toMatchObject({ canUndo: true, canRedo: true });
    const redone = await call('redo');
    expect(redone.changes?.claims?.upsert).toEqual([claim]);
  });

  it('a read returns no changes', async () => {
    const { call, articleId } = await session();
    expect((await call('listClaims', { articleId })).changes).toBeUndefined();
  });
});
