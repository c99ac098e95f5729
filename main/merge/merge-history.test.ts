import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore } from '../project/store';
import { sha256OfFile, tempDir } from '../project/testing/fixtures';
import { SCHEMA_VERSION } from '../project/format';
import { mergeIntoStoreInWorker, mergeProjects, previewMergeInWorker } from './merge-projects';
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
});
afterEach(() => tmp.remove());

/** A long shared history: the editor reworks the two claims `rounds` times before the copy is made. */
function longHistory(rounds: number): number {
  editAs(mine, EDITOR, (s) => {
    for (let i = 0; i < rounds; i++) s.updateClaim(base.claimIds[i % 2]!, { strength: i % 5, note: { json: '', text: `第 ${i} 稿 𠮷` } });
  });
  return editAs(mine, EDITOR, (s) => s.logTail().seq);
}

describe('merging after a long common history', () => {
  it('reads only the change records made since the copies split, and merges them', () => {
    const split = longHistory(120);
    copyProject(mine, theirs);
    editAs(mine, EDITOR, (s) => s.updateClaim(base.claimIds[0]!, { verdict: 'true' }));
    const added = editAs(theirs, CHECKER, (s) => {
      const claim = s.addClaim({ articleId: base.articleId, anchor: anchorOf(SAMPLE_TEXT, '52B') });
      s.updateClaim(base.claimIds[1]!, { verdict: 'false' });
      return claim.id;
    });
    const mineNew = editAs(mine, EDITOR, (s) => s.logTail().seq) - split;
    const theirsNew = editAs(theirs, CHECKER, (s) => s.logTail().seq) - split;

    const report = mergeProjects(mine, theirs, { author: EDITOR, lang: 'en' });
    expect(report.reading).toMatchObject({ commonSeq: split, logRowsRead: { mine: mineNew, theirs: theirsNew } });
    expect(report.conflicts).toEqual([]);
    const merged = contentOf(mine);
    expect(merged[base.claimIds[0]!]).toMatchObject({ verdict: 'true', note: '第 118 稿 𠮷' });
    expect(merged[base.claimIds[1]!]).toMatchObject({ verdict: 'false', note: '第 119 稿 𠮷' });
    expect(merged[added]).toBeDefined();
  });

  it('after a merge, the next merge of the same copy brings nothing and reads none of theirs', () => {
    longHistory(20);
    copyProject(mine, theirs);
    editAs(theirs, CHECKER, (s) => s.updateClaim(base.claimIds[0]!, { strength: 4 }));
    mergeProjects(mine, theirs, { author: EDITOR, lang: 'en' });
    const again = mergeProjects(mine, theirs, { author: EDITOR, lang: 'en' });
    expect(again.summary).toMatchObject({ added: {}, changed: {}, deleted: {}, theirChanges: 0 });
    // Mine took theirs' records in theirs' order right after the split: all of theirs is common history.
    expect(again.reading).toMatchObject({ commonSeq: editAs(theirs, CHECKER, (s) => s.logTail().seq), logRowsRead: { theirs: 0 } });
  });
});

describe('copies that merge each other back and forth', () => {
  it('keep merging cleanly, reading whole only the records that are new to the other side', () => {
    copyProject(mine, theirs);
    const [first, second] = base.claimIds as [string, string];
    editAs(mine, EDITOR, (s) => s.updateClaim(first, { verdict: 'true' }));
    editAs(theirs, CHECKER, (s) => s.updateClaim(second, { verdict: 'false' }));
    mergeProjects(mine, theirs, { author: EDITOR, lang: 'en' });
    mergeProjects(theirs, mine, { author: CHECKER, lang: 'en' });
    // Both now hold both edits, in different orders: their common prefix is still the first split.
    editAs(mine, EDITOR, (s) => s.updateClaim(first, { strength: 4, note: { json: '', text: '再查 🙂' } }));
    editAs(theirs, CHECKER, (s) => s.updateClaim(second, { strength: 1 }));

    const report = mergeProjects(mine, theirs, { author: EDITOR, lang: 'en' });
    expect(report.conflicts).toEqual([]);
    expect(report.summary.changed).toEqual({ claims: 1 });
    expect(report.reading.logRowsRead.theirs).toBeLessThan(report.reading.logHeadsRead.theirs);
    const merged = contentOf(mine);
    expect(merged[first]).toMatchObject({ verdict: 'true', strength: 4, note: '再查 🙂' });
    expect(merged[second]).toMatchObject({ verdict: 'false', strength: 1 });
  });
});

describe('merging into the open project in the background', () => {
  it('plans in a worker thread once for the preview and the merge, and the merge is one undo step', async () => {
    copyProject(mine, theirs);
    editAs(theirs, CHECKER, (s) => {
      s.addClaim({ articleId: base.articleId, anchor: anchorOf(SAMPLE_TEXT, '52B'), verdict: 'false' });
      s.updateClaim(base.claimIds[0]!, { strength: 2 });
    });
    const store = ProjectStore.open(mine, { author: EDITOR, lang: 'en' });
    try {
      const preview = await previewMergeInWorker(store, theirs, { author: EDITOR, lang: 'en' });
      expect(preview.reading.thread).not.toBe(0);
      expect(preview.summary).toMatchObject({ added: { claims: 1 }, changed: { claims: 1 } });
      // The project answers while nothing is written yet.
      expect(store.listClaims(base.articleId)).toHaveLength(2);

      const report = await mergeIntoStoreInWorker(store, theirs, { author: EDITOR, lang: 'en' });
      expect(report.reading.thread).toBe(preview.reading.thread);
      expect(store.listClaims(base.articleId)).toHaveLength(3);
      expect(store.getClaim(base.claimIds[0]!).strength).toBe(2);
      expect(store.undo()).toBe(true);
      expect(store.listClaims(base.articleId)).toHaveLength(2);
    } finally {
      store.close();
    }
  });

  it('plans again when mine was edited after the preview', async () => {
    copyProject(mine, theirs);
    editAs(theirs, CHECKER, (s) => s.updateClaim(base.claimIds[0]!, { strength: 2 }));
    const store = ProjectStore.open(mine, { author: EDITOR, lang: 'en' });
    try {
      const preview = await previewMergeInWorker(store, theirs, { author: EDITOR, lang: 'en' });
      store.updateClaim(base.claimIds[1]!, { verdict: 'true' });
      const report = await mergeIntoStoreInWorker(store, theirs, { author: EDITOR, lang: 'en' });
      expect(report.reading.thread).not.toBe(preview.reading.thread);
      expect(store.getClaim(base.claimIds[0]!).strength).toBe(2);
      expect(store.getClaim(base.claimIds[1]!).verdict).toBe('true');
    } finally {
      store.close();
    }
  });

  it('refuses a copy of another project with the message the user sees, from the worker', async () => {
    const other = tmp.file('别的.pizhu');
    makeBase(other);
    const store = ProjectStore.open(mine, { author: EDITOR, lang: 'en' });
    try {
      await expect(previewMergeInWorker(store, other, { author: EDITOR, lang: 'en' })).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/another project/) });
    } finally {
      store.close();
    }
  });
});

describe('a v3 copy and a v4 copy of one project', () => {
  // Made by the v3 code (see main/project/migration-v4.test.ts).
  const FIXTURE = join(import.meta.dirname, '../../fixtures/history/v3-edited.pizhu');
  const claimId = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/history/v3-edited.expected.json'), 'utf8')).claims[0].id as string;

  it('merge either way: the older copy is read from a migrated temporary copy and left as it was', () => {
    const older = tmp.file('v3.pizhu');
    const newer = tmp.file('v4.pizhu');
    copyFileSync(FIXTURE, older);
    copyFileSync(FIXTURE, newer);
    editAs(newer, CHECKER, (s) => s.updateClaim(claimId, { verdict: 'true', note: { json: '', text: '新版复核 𠮷' } }));

    const before = sha256OfFile(older);
    const intoNewer = mergeProjects(newer, older, { author: EDITOR, lang: 'en' });
    expect(intoNewer.summary).toMatchObject({ theirChanges: 0, conflicts: 0 });
    expect(sha256OfFile(older)).toBe(before);

    const out = tmp.file('merged.pizhu');
    const intoOlder = mergeProjects(older, newer, { author: EDITOR, lang: 'en', outPath: out });
    expect(intoOlder.summary.changed).toMatchObject({ claims: 1 });
    expect(sha256OfFile(older)).toBe(before);
    editAs(out, EDITOR, (s) => {
      expect(s.getClaim(claimId)).toMatchObject({ verdict: 'true', note: { text: '新版复核 𠮷' } });
      expect(s.info().schemaVersion).toBe(SCHEMA_VERSION);
    });
  });
});
