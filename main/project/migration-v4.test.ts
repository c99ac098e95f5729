import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from './store';
import { CHECKER, EDITOR, tempDir } from './testing/fixtures';

// fixtures/history/v3-edited.pizhu was made by the v3 code: an article, three claims with tags,
// evidence, a screenshot comparison linked to claims, edits by two people, a deleted claim and an
// undone edit. Beside it, what the v3 app showed: content and every claim's history.
const FIXTURE = join(import.meta.dirname, '../../fixtures/history/v3-edited.pizhu');
const expected = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/history/v3-edited.expected.json'), 'utf8'));

let tmp: ReturnType<typeof tempDir>;
let path: string;
beforeEach(() => {
  tmp = tempDir();
  path = tmp.file('v3.pizhu');
  copyFileSync(FIXTURE, path);
});
afterEach(() => tmp.remove());

const shown = (s: ProjectStore) => {
  const articleId = s.listArticles()[0]!.id;
  return {
    title: s.info().title,
    claims: s.listClaims(articleId).map((c) => ({ ...c, evidence: s.listEvidence(c.id), comparisons: s.listComparisons(c.id) })),
    tags: s.listTags(),
    comparisons: s.listComparisons(),
  };
};

const sql = (file: string, query: string) => {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db.prepare(query).all();
  } finally {
    db.close();
  }
};

describe('opening a v3 project in v4', () => {
  it('keeps its content and shows every claim’s history exactly as before', () => {
    const store = ProjectStore.open(path, { author: EDITOR, lang: 'en' });
    try {
      expect(store.info().schemaVersion).toBeGreaterThanOrEqual(4);
      const { histories, changes, ...content } = expected;
      expect(shown(store)).toEqual(content);
      for (const [claimId, history] of Object.entries(histories)) expect(store.claimHistory(claimId)).toEqual(history);
      expect(store.changes({ limit: 1000 })).toHaveLength(changes);
    } finally {
      store.close();
    }
  });

  it('keeps only the changed fields of each update and names each change’s claim', () => {
    ProjectStore.open(path, { author: EDITOR, lang: 'en' }).close();
    const updates = sql(path, "SELECT before_json, after_json FROM change_log WHERE op = 'update'");
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) {
      const before = JSON.parse(String(u.before_json));
      const after = JSON.parse(String(u.after_json));
      expect(Object.keys(before)).toEqual(Object.keys(after));
      for (const k of Object.keys(after)) expect(before[k]).not.toEqual(after[k]);
    }
    const evidence = sql(path, "SELECT count(*) AS n FROM change_log WHERE table_name = 'evidence_items' AND claim_id IS NULL");
    expect(evidence[0]!.n).toBe(0);
    expect(sql(path, "SELECT name FROM pragma_table_info('comparisons') WHERE name = 'claim_id'")).toEqual([]);
  });

  it('can still undo and redo edits made after the migration, and later edits log field diffs', () => {
    const store = ProjectStore.open(path, { author: CHECKER, lang: 'en' });
    try {
      const before = shown(store);
      const claim = before.claims[0]!;
      store.updateClaim(claim.id, { verdict: 'true', note: { json: '', text: '复核 𠮷🙂' } });
      store.deleteClaim(before.claims[1]!.id);
      expect(store.undo()).toBe(true);
      expect(store.undo()).toBe(true);
      expect(shown(store)).toEqual(before);
      expect(store.redo()).toBe(true);
      expect(store.getClaim(claim.id)).toMatchObject({ verdict: 'true', note: { text: '复核 𠮷🙂' } });
      expect(store.claimHistory(claim.id)[0]).toMatchObject({ authorName: '核查李', action: 'redo', op: 'update' });
    } finally {
      store.close();
    }
  });

  it('moves a link that only the old comparisons.claim_id column held into claim_comparisons', () => {
    const db = new DatabaseSync(path);
    const [claim] = db.prepare('SELECT id FROM claims ORDER BY created_at LIMIT 1').all();
    db.prepare('DELETE FROM claim_comparisons WHERE claim_id = ?').run(String(claim!.id));
    db.prepare('UPDATE comparisons SET claim_id = ?').run(String(claim!.id));
    db.close();
    const store = ProjectStore.open(path, { author: EDITOR, lang: 'en' });
    try {
      expect(store.listComparisons(String(claim!.id))).toHaveLength(1);
    } finally {
      store.close();
    }
  });

  it('does not bring back a link someone removed, though the old column still named it', () => {
    const db = new DatabaseSync(path);
    const [claim] = db.prepare('SELECT id FROM claims ORDER BY created_at LIMIT 1').all();
    const [link] = db.prepare('SELECT * FROM claim_comparisons WHERE claim_id = ?').all(String(claim!.id));
    db.prepare('DELETE FROM claim_comparisons WHERE id = ?').run(String(link!.id));
    db.prepare(
      `INSERT INTO change_log (id, seq, group_id, action, author_id, at, table_name, record_id, op, before_json, after_json)
       SELECT 'removed-link', max(seq) + 1, 'g-removed', 'updateComparison', ?, '2026-01-01T00:00:00.000Z', 'claim_comparisons', ?, 'delete', ?, NULL FROM change_log`,
    ).run(CHECKER.id, String(link!.id), JSON.stringify({ ...link }));
    db.prepare('UPDATE comparisons SET claim_id = ?').run(String(claim!.id));
    db.close();
    const store = ProjectStore.open(path, { author: EDITOR, lang: 'en' });
    try {
      expect(store.listComparisons(String(claim!.id))).toEqual([]);
      expect(store.claimHistory(String(claim!.id))[0]).toMatchObject({ authorName: '核查李', table: 'claim_comparisons', op: 'delete' });
    } finally {
      store.close();
    }
  });
});
