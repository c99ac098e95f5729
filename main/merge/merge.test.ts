import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { existsSync } from 'node:fs';
import { ProjectStore } from '../project/store';
import { sha256OfFile, tempDir } from '../project/testing/fixtures';
import { mergeIntoStore, mergeProjects } from './merge-projects';
import { anchorOf, CHECKER, contentOf, copyProject, EDITOR, editAs, makeBase, SAMPLE_TEXT } from './testing';

let tmp: ReturnType<typeof tempDir>;
let mine: string;
let theirs: string;
let base: ReturnType<typeof makeBase>;

beforeEach(() => {
  tmp = tempDir();
  mine = tmp.file('张.pizhu');
  theirs = tmp.file('李.pizhu');
  base = makeBase(mine);
  copyProject(mine, theirs);
});
afterEach(() => tmp.remove());

const merge = (opts: Partial<Parameters<typeof mergeProjects>[2]> = {}) => mergeProjects(mine, theirs, { author: EDITOR, lang: 'en', ...opts });
const changeIds = (path: string) => {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return new Set(db.prepare('SELECT id FROM change_log').all().map((r) => String(r.id)));
  } finally {
    db.close();
  }
};

describe('merging a colleague’s copy', () => {
  it('brings in the claims, evidence and tags the colleague added, and both sides’ change records', () => {
    const added = editAs(theirs, CHECKER, (s) => {
      const tag = s.addTag({ name: '口径', color: '#123456' });
      const claim = s.addClaim({ articleId: base.articleId, anchor: anchorOf(SAMPLE_TEXT, '52B'), tagIds: [tag.id] });
      s.addEvidence(claim.id, { title: '腾讯混元技术报告', url: 'https://example.com/hunyuan', stance: 'supports' });
      return { claim: claim.id, tag: tag.id };
    });
    editAs(mine, EDITOR, (s) => s.updateClaim(base.claimIds[0]!, { verdict: 'true' }));
    const logs = [...changeIds(mine), ...changeIds(theirs)];

    const report = merge();
    expect(report.summary.added).toMatchObject({ claims: 1, tags: 1, evidence_items: 1, claim_tags: 1 });
    expect(report.conflicts).toEqual([]);
    editAs(mine, EDITOR, (s) => {
      expect(s.getClaim(added.claim).tagIds).toEqual([added.tag]);
      expect(s.listEvidence(added.claim).map((e) => e.title)).toEqual(['腾讯混元技术报告']);
      expect(s.getClaim(base.claimIds[0]!).verdict).toBe('true');
      expect(s.authors().map((a) => a.id).sort()).toEqual([EDITOR.id, CHECKER.id].sort());
    });
    const merged = changeIds(mine);
    for (const id of logs) expect(merged.has(id)).toBe(true);
  });

  it('refuses a file of another project and names both files', () => {
    const other = tmp.file('别的项目.pizhu');
    makeBase(other);
    const before = sha256OfFile(mine);
    expect(() => mergeProjects(mine, other, { author: EDITOR, lang: 'en' })).toThrow(/belongs to another project/);
    expect(sha256OfFile(mine)).toBe(before);
  });

  it('keeps both values when both checkers changed the same verdict, mine in place until resolved', () => {
    const claimId = base.claimIds[0]!;
    editAs(mine, EDITOR, (s) => s.updateClaim(claimId, { verdict: 'true', strength: 3 }));
    editAs(theirs, CHECKER, (s) => s.updateClaim(claimId, { verdict: 'misleading', note: { json: '', text: '口径不同' } }));

    const report = merge();
    expect(report.conflicts).toEqual([expect.objectContaining({ table: 'claims', recordId: claimId, field: 'verdict', mine: 'true', theirs: 'misleading' })]);
    expect(report.unresolved).toHaveLength(1);
    editAs(mine, EDITOR, (s) => {
      expect(s.getClaim(claimId)).toMatchObject({ verdict: 'true', strength: 3, note: { text: '口径不同' } });
      expect(s.resolveConflicts('theirs')).toBe(1);
      expect(s.getClaim(claimId).verdict).toBe('misleading');
      expect(s.listConflicts({ unresolvedOnly: true })).toEqual([]);
    });
  });

  it('keeps a claim one checker deleted while the other was still working on it', () => {
    const claimId = base.claimIds[1]!;
    editAs(mine, EDITOR, (s) => s.deleteClaim(claimId));
    const evidence = editAs(theirs, CHECKER, (s) => s.addEvidence(claimId, { title: 'SimilarWeb 榜单', stance: 'refutes' }).id);

    const report = merge();
    expect(report.conflicts).toEqual([expect.objectContaining({ kind: 'edit-delete', recordId: claimId, mine: null })]);
    editAs(mine, EDITOR, (s) => expect(s.listEvidence(claimId).map((e) => e.id)).toEqual([evidence]));
    editAs(mine, EDITOR, (s) => {
      s.resolveConflicts('mine');
      expect(() => s.getClaim(claimId)).toThrow(/not/i);
    });
  });

  it('with --prefer theirs resolves every conflict to the colleague’s value', () => {
    const claimId = base.claimIds[0]!;
    editAs(mine, EDITOR, (s) => s.updateClaim(claimId, { status: 'checked' }));
    editAs(theirs, CHECKER, (s) => s.updateClaim(claimId, { status: 'needs-review' }));
    const report = merge({ prefer: 'theirs' });
    expect(report.conflicts).toHaveLength(1);
    expect(report.unresolved).toEqual([]);
    editAs(mine, EDITOR, (s) => expect(s.getClaim(claimId).status).toBe('needs-review'));
  });

  it('tags the claim once when both checkers gave it the same tag, and keeps a hotkey both claimed with mine', () => {
    const claimId = base.claimIds[0]!;
    const shared = editAs(mine, EDITOR, (s) => s.listTags().find((t) => t.name === '数据')!.id);
    editAs(mine, EDITOR, (s) => {
      s.updateClaim(claimId, { tagIds: [shared] });
      s.addTag({ name: '待定', color: '#222222', hotkey: 1 });
    });
    const theirTag = editAs(theirs, CHECKER, (s) => {
      s.updateClaim(claimId, { tagIds: [shared] });
      return s.addTag({ name: '单位', color: '#333333', hotkey: 1 }).id;
    });
    const report = merge();
    expect(report.unresolved).toEqual(expect.arrayContaining([expect.objectContaining({ recordId: theirTag, field: 'hotkey', theirs: 1 })]));
    editAs(mine, EDITOR, (s) => {
      expect(s.getClaim(claimId).tagIds).toEqual([shared]);
      const tags = s.listTags();
      expect(tags.find((t) => t.name === '待定')!.hotkey).toBe(1);
      expect(tags.find((t) => t.id === theirTag)!.hotkey).toBeNull();
    });
  });

  it('merging the same copy twice changes nothing the second time', () => {
    editAs(theirs, CHECKER, (s) => s.addClaim({ articleId: base.articleId, anchor: anchorOf(SAMPLE_TEXT, '200 万') }));
    merge();
    const once = contentOf(mine);
    const log = changeIds(mine);
    const again = merge();
    expect(again.summary).toMatchObject({ added: {}, changed: {}, deleted: {}, conflicts: 0, theirChanges: 0 });
    expect(contentOf(mine)).toEqual(once);
    expect(changeIds(mine)).toEqual(log);
  });

  it('a dry run reports what would change and leaves mine byte for byte', () => {
    editAs(theirs, CHECKER, (s) => s.addClaim({ articleId: base.articleId, anchor: anchorOf(SAMPLE_TEXT, '据报道') }));
    const before = sha256OfFile(mine);
    const report = merge({ dryRun: true });
    expect(report.summary.added).toEqual({ claims: 1 });
    expect(report.written).toBeNull();
    expect(sha256OfFile(mine)).toBe(before);
  });

  it('writes the result to another file when asked, leaving mine as it was', () => {
    editAs(theirs, CHECKER, (s) => s.addClaim({ articleId: base.articleId, anchor: anchorOf(SAMPLE_TEXT, '据报道') }));
    const before = sha256OfFile(mine);
    const out = tmp.file('合并.pizhu');
    expect(merge({ outPath: out }).written).toBe(out);
    expect(sha256OfFile(mine)).toBe(before);
    expect(Object.keys(contentOf(out)).length).toBe(Object.keys(contentOf(mine)).length + 1);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('undo after merging into the open project restores the state before the merge', () => {
    editAs(theirs, CHECKER, (s) => {
      s.addClaim({ articleId: base.articleId, anchor: anchorOf(SAMPLE_TEXT, '52B') });
      s.updateClaim(base.claimIds[0]!, { verdict: 'false' });
    });
    const before = contentOf(mine);
    const store = ProjectStore.open(mine, { author: EDITOR, lang: 'en' });
    try {
      mergeIntoStore(store, theirs, { author: EDITOR, lang: 'en' });
      expect(store.listClaims(base.articleId)).toHaveLength(3);
      expect(store.undo()).toBe(true);
      expect(store.listClaims(base.articleId)).toHaveLength(2);
      expect(store.getClaim(base.claimIds[0]!).verdict).toBeNull();
    } finally {
      store.close();
    }
    expect(contentOf(mine)).toEqual(before);
  });
});
