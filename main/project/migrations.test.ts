import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { MIGRATIONS, migrate, userVersion } from './migrations';
import { APPLICATION_ID, SCHEMA_VERSION } from './format';
import { ProjectStore } from './store';
import { EDITOR, sha256OfFile, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

describe('migrations', () => {
  it('are numbered 1, 2, … up to the current schema version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('v1 turns an empty database into a Pizhu project with STRICT tables', () => {
    const db = new DatabaseSync(':memory:');
    migrate(db, 1);
    expect(userVersion(db)).toBe(1);
    expect(Number(db.prepare('PRAGMA application_id').get()!.application_id)).toBe(APPLICATION_ID);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all();
    expect(tables.map((t) => t.name).sort()).toEqual(
      ['article_revisions', 'articles', 'asset_content', 'assets', 'authors', 'change_log', 'claim_tags', 'claims',
        'comparison_items', 'comparisons', 'evidence_items', 'project', 'regions', 'tags'].sort(),
    );
    for (const t of tables) expect(String(t.sql)).toMatch(/\) STRICT$/);
    db.close();
  });

  it('v2 links a v1 comparison to its claim and adds what screenshots need', () => {
    const db = new DatabaseSync(':memory:');
    migrate(db, 1);
    const author = '6f1c1d7e-3a57-4a8e-9b0e-1d2c3b4a5f60';
    const t = '2026-01-01T00:00:00.000Z';
    // Only the comparison row matters here; its references are not what this test is about.
    db.exec('PRAGMA foreign_keys = OFF');
    db.prepare(
      `INSERT INTO comparisons (id, article_id, claim_id, title, note_json, note_text, sort_order, created_at, created_by)
       VALUES ('c0000000-0000-4000-8000-000000000001', NULL, 'd0000000-0000-4000-8000-000000000001', '三家对比', '', '', 0, ?, ?)`,
    ).run(t, author);
    migrate(db, 2);
    expect(userVersion(db)).toBe(2);
    const cols = (table: string) => db.prepare(`PRAGMA table_info(${table})`).all().map((c) => String(c.name));
    const link = db.prepare('SELECT claim_id, comparison_id, id FROM claim_comparisons').get()!;
    expect(link).toMatchObject({ claim_id: 'd0000000-0000-4000-8000-000000000001', comparison_id: 'c0000000-0000-4000-8000-000000000001' });
    expect(String(link.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(cols('comparison_items')).toEqual(expect.arrayContaining(['source_url', 'captured_at', 'thumbnail_hash']));
    expect(cols('regions')).toContain('colour');
    db.close();
  });

  it('v3 adds the merge conflicts table to a v2 project and keeps its data', () => {
    const path = tmp.file('v2.pizhu');
    const db = new DatabaseSync(path);
    migrate(db, 2);
    db.exec(`INSERT INTO authors VALUES ('a', '编辑张', 't', 't'); INSERT INTO project VALUES ('p', '混元', 't', 't', 'a')`);
    migrate(db, 3);
    expect(userVersion(db)).toBe(3);
    const columns = db.prepare('PRAGMA table_info(merge_conflicts)').all().map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['table_name', 'record_id', 'field', 'mine_json', 'theirs_json', 'resolution']));
    expect(db.prepare('SELECT title FROM project').get()!.title).toBe('混元');
    db.close();
  });

  it('v6 adds the settings table to a v5 project and keeps its data', () => {
    const db = new DatabaseSync(tmp.file('v5.pizhu'));
    migrate(db, 5);
    db.exec(`INSERT INTO authors VALUES ('a', '编辑张', 't', 't'); INSERT INTO project VALUES ('p', '混元', 't', 't', 'a')`);
    migrate(db, 6);
    expect(userVersion(db)).toBe(6);
    const columns = db.prepare('PRAGMA table_info(settings)').all().map((c) => c.name);
    expect(columns).toEqual(['id', 'key', 'value_json', 'updated_at', 'updated_by']);
    expect(db.prepare('SELECT title FROM project').get()!.title).toBe('混元');
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()!.n).toBe(0);
    db.close();
  });

  it('stops at a failing step with the database still at the older version', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE claims (x INTEGER)');
    expect(() => migrate(db, 1)).toThrow(/already exists/);
    expect(userVersion(db)).toBe(0);
    db.close();
  });

  it('refuses a version-0 database that is not a Pizhu project and leaves it byte-identical', () => {
    const path = tmp.file('v0.pizhu');
    const db = new DatabaseSync(path);
    db.exec('CREATE TABLE claims (id TEXT)');
    db.close();
    const before = sha256OfFile(path);
    expect(() => ProjectStore.open(path, { author: EDITOR })).toThrow(expect.objectContaining({ code: 'not-a-project' }));
    expect(sha256OfFile(path)).toBe(before);
  });

  it('refuses a Pizhu header with no schema version as a project never finished (see unfinished-file.test.ts)', () => {
    const path = tmp.file('no-version.pizhu');
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA application_id = ${APPLICATION_ID}; CREATE TABLE t (x INTEGER)`);
    db.close();
    expect(() => ProjectStore.open(path, { author: EDITOR })).toThrow(expect.objectContaining({ code: 'not-a-project' }));
  });
});
