import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { CLAIM_HISTORY_SQL } from './history';
import { ProjectStore } from './store';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe("a claim's history", () => {
  it('lists who created the claim, who changed its verdict and tags, newest first', () => {
    const dir = tempDir();
    dirs.push(dir);
    const path = dir.file('h.pizhu');
    const editor = ProjectStore.create(path, { title: '历史', author: EDITOR });
    const article = editor.addArticle(sampleArticle());
    const claim = editor.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B'), verdict: 'unproven' });
    editor.close();

    const checker = ProjectStore.open(path, { author: CHECKER });
    const tag = checker.listTags()[0]!;
    checker.updateClaim(claim.id, { verdict: 'true', tagIds: [tag.id] });
    const history = checker.claimHistory(claim.id);
    checker.close();

    // The checker's one edit (verdict and tag, in either order) comes before the editor's creation.
    expect(history.at(-1)).toMatchObject({ authorName: '编辑张', table: 'claims', op: 'insert' });
    expect(history.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ authorName: '核查李', table: 'claim_tags', op: 'insert', fields: [{ field: 'tag_id', before: null, after: tag.id }] }),
        expect.objectContaining({ authorName: '核查李', table: 'claims', op: 'update', fields: [{ field: 'verdict', before: 'unproven', after: 'true' }] }),
      ]),
    );
    expect(history).toHaveLength(3);
  });
});

describe('finding a claim’s history', () => {
  it('reads it through the index of the claim each change belongs to, links to comparisons included', () => {
    const dir = tempDir();
    dirs.push(dir);
    const store = ProjectStore.create(dir.file('i.pizhu'), { title: '索引', author: EDITOR });
    try {
      const article = store.addArticle(sampleArticle());
      const [claim, other] = ['389B', '52B'].map((q) => store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, q) }));
      const shot = store.addScreenshot({ bytes: new Uint8Array([1]), mime: 'image/png', width: 2, height: 2 }, { bytes: new Uint8Array([2]), mime: 'image/png', width: 1, height: 1 });
      const shot2 = store.addScreenshot({ bytes: new Uint8Array([3]), mime: 'image/png', width: 2, height: 2 }, { bytes: new Uint8Array([4]), mime: 'image/png', width: 1, height: 1 });
      store.addComparison({ title: '对比', claimIds: [claim!.id], items: [{ assetHash: shot.hash, label: 'A' }, { assetHash: shot2.hash, label: 'B' }] });
      store.updateEvidence(store.addEvidence(claim!.id, { title: '公告 🙂' }).id, { stance: 'refutes' });
      store.updateClaim(other!.id, { verdict: 'false' });

      const history = store.claimHistory(claim!.id);
      expect(history.map((h) => `${h.table} ${h.op}`)).toEqual([
        'evidence_items update',
        'evidence_items insert',
        'claim_comparisons insert',
        'claims insert',
      ]);
      expect(history[0]!.fields).toEqual([{ field: 'stance', before: 'context', after: 'refutes' }]);
      const db = new DatabaseSync(dir.file('i.pizhu'), { readOnly: true });
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${CLAIM_HISTORY_SQL}`).all(claim!.id, 200).map((r) => String(r.detail)).join('\n');
      db.close();
      expect(plan).toMatch(/USING INDEX change_log_by_claim/);
      expect(plan).not.toMatch(/SCAN l\b/);
    } finally {
      store.close();
    }
  });
});
