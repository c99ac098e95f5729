// The record graph is the one declaration of which records point at which. These stories hold
// it against a freshly created project file, so a table or reference added by a later migration
// cannot be forgotten by deletes, merges, the change log or `pizhu check`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { ownerPath, RECORD_GRAPH, referrersOf } from '../../shared/domain/record-graph';
import { LOGGED_TABLES, RECORD_TABLES } from '../../shared/domain/tables';
import { REFERENCES } from '../../shared/merge/references';
import { ProjectStore } from './store';
import { checkProject } from './check';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
let db: DatabaseSync;
beforeEach(() => {
  tmp = tempDir();
  const file = tmp.file('新项目.pizhu');
  ProjectStore.create(file, { title: '图', author: EDITOR }).close();
  db = new DatabaseSync(file, { readOnly: true });
});
afterEach(() => {
  db.close();
  tmp.remove();
});

const tablesOfFile = () =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all()
    .map((r) => String(r.name));
const columnsOf = (table: string) => db.prepare(`PRAGMA table_info(${table})`).all().map((c) => String(c.name));

describe('the record graph', () => {
  it('declares exactly the tables a new project file has', () => {
    expect(RECORD_GRAPH.map((t) => t.name).sort()).toEqual(tablesOfFile().sort());
  });

  it('declares exactly the foreign keys of every table, each with a delete rule', () => {
    for (const decl of RECORD_GRAPH) {
      const inFile = db
        .prepare(`PRAGMA foreign_key_list(${decl.name})`)
        .all()
        .map((fk) => `${String(fk.from)} → ${String(fk.table)}.${String(fk.to)}`)
        .sort();
      const declared = decl.references.map((r) => `${r.column} → ${r.table}.${RECORD_GRAPH.find((t) => t.name === r.table)!.key}`).sort();
      expect(declared, decl.name).toEqual(inFile);
    }
  });

  it('names only columns the tables have: keys, JSON columns and owners', () => {
    for (const decl of RECORD_GRAPH) {
      const columns = columnsOf(decl.name);
      expect(columns, decl.name).toContain(decl.key);
      for (const column of Object.keys(decl.json)) expect(columns, `${decl.name}.${column}`).toContain(column);
      if (decl.owner && 'through' in decl.owner) expect(decl.references.map((r) => r.column)).toContain(decl.owner.through);
      for (const column of decl.alsoOwnedThrough ?? []) expect(decl.references.map((r) => r.column)).toContain(column);
    }
  });

  it('says whose history each row is part of: a region belongs to its comparison, a tag link to its claim', () => {
    expect(ownerPath('regions')).toEqual({
      kind: 'comparison',
      columns: [
        { table: 'regions', column: 'item_id' },
        { table: 'comparison_items', column: 'comparison_id' },
      ],
    });
    expect(ownerPath('claim_tags')?.kind).toBe('claim');
    expect(ownerPath('article_revisions')?.kind).toBe('article');
    expect(ownerPath('tags')).toBeNull();
  });

  it('gives the change log and the merge their table lists and references', () => {
    expect(RECORD_TABLES).toContain('claim_comparisons');
    // Settings are logged edits (undo, crash rules) that merges do not reconcile (docs/project-file.md).
    expect(LOGGED_TABLES).toEqual([...RECORD_TABLES, 'merge_conflicts', 'settings']);
    expect(RECORD_TABLES).not.toContain('settings');
    expect(REFERENCES.claim_comparisons).toEqual([
      { column: 'claim_id', table: 'claims' },
      { column: 'comparison_id', table: 'comparisons' },
    ]);
    // Authors and assets come into a merge whole; they are not reconciled records.
    expect(Object.values(REFERENCES).flat().some((r) => r.table === 'authors' || r.table === 'assets')).toBe(false);
  });

  it('keeps authors and assets: nothing that points at them is deleted or unlinked with them', () => {
    for (const table of ['authors', 'assets']) expect(referrersOf(table).every((r) => r.onDelete === 'keep')).toBe(true);
  });
});

describe('pizhu check, from the record graph', () => {
  it('names a record that points at a missing one by its id, its column and what it points at', () => {
    const file = tmp.file('坏引用.pizhu');
    const store = ProjectStore.create(file, { title: '坏引用', author: EDITOR, lang: 'en' });
    const articleId = store.addArticle(sampleArticle()).id;
    const claim = store.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '389B') });
    store.close();
    const raw = new DatabaseSync(file);
    raw.exec('PRAGMA foreign_keys = OFF');
    raw
      .prepare(
        `INSERT INTO claim_comparisons (id, claim_id, comparison_id, created_at, created_by)
         VALUES ('a0000000-0000-4000-8000-000000000001', ?, 'c0000000-0000-4000-8000-00000000dead', '2026-01-01T00:00:00Z', ?)`,
      )
      .run(claim.id, EDITOR.id);
    raw.close();

    const report = checkProject(file, { lang: 'en' });
    expect(report.ok).toBe(false);
    expect(report.failures).toEqual([
      {
        kind: 'foreign-key',
        message:
          'claim–comparison link a0000000-0000-4000-8000-000000000001: its comparison_id points at a missing screenshot comparison (c0000000-0000-4000-8000-00000000dead)',
      },
    ]);
  });
});
