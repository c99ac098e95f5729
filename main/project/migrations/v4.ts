// Schema version 4: a change log that scales. Each change row names the claim, comparison and
// article it belongs to (indexed, so a claim's history is an index lookup), an update keeps only
// the fields it changed (before and after), an edit's action, author and time are kept once in
// change_groups, and a chained hash of the change ids up to each row lets two copies find their
// common history by comparing single rows. Existing logs are converted. The legacy comparisons.claim_id column goes: since v2 the links live in
// claim_comparisons; any v1 link still missing there (and never deliberately removed) is kept.
// Frozen: literal SQL and its own rules, nothing imported from today's code.
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

type Row = Record<string, unknown>;

interface OldLogRow {
  id: string;
  seq: number;
  group_id: string;
  action: string;
  author_id: string;
  at: string;
  table_name: string;
  record_id: string;
  op: string;
  before_json: string | null;
  after_json: string | null;
}

const ref = (target: string) => `REFERENCES ${target} DEFERRABLE INITIALLY DEFERRED`;

function keepLegacyLinks(db: DatabaseSync): void {
  db.exec(`
    INSERT INTO claim_comparisons (id, claim_id, comparison_id, created_at, created_by)
      SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a'
               || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
             c.claim_id, c.id, c.created_at, c.created_by
      FROM comparisons c
      WHERE c.claim_id IS NOT NULL
        AND EXISTS (SELECT 1 FROM claims WHERE id = c.claim_id)
        AND NOT EXISTS (SELECT 1 FROM claim_comparisons l WHERE l.claim_id = c.claim_id AND l.comparison_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM change_log g WHERE g.table_name = 'claim_comparisons' AND g.op = 'delete'
                          AND json_extract(g.before_json, '$.claim_id') = c.claim_id
                          AND json_extract(g.before_json, '$.comparison_id') = c.id);
  `);
}

function rebuildComparisons(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE comparisons_v4 (
      id TEXT PRIMARY KEY NOT NULL,
      article_id TEXT ${ref('articles(id)')},
      title TEXT NOT NULL,
      note_json TEXT NOT NULL,
      note_text TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL ${ref('authors(id)')}
    ) STRICT;
    INSERT INTO comparisons_v4 (id, article_id, title, note_json, note_text, sort_order, created_at, created_by)
      SELECT id, article_id, title, note_json, note_text, sort_order, created_at, created_by FROM comparisons;
    DROP TABLE comparisons;
    ALTER TABLE comparisons_v4 RENAME TO comparisons;
  `);
}

/** The records a change belongs to, by the rule of version 4. */
function ownersOf(table: string, row: Row, itemComparison: Map<string, string>): [string | null, string | null, string | null] {
  const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  switch (table) {
    case 'claims':
      return [s(row.id), null, null];
    case 'claim_tags':
    case 'evidence_items':
      return [s(row.claim_id), null, null];
    case 'claim_comparisons':
      return [s(row.claim_id), s(row.comparison_id), null];
    case 'comparisons':
      return [null, s(row.id), s(row.article_id)];
    case 'comparison_items':
      return [null, s(row.comparison_id), null];
    case 'regions':
      return [null, itemComparison.get(String(row.item_id)) ?? null, null];
    case 'articles':
      return [null, null, s(row.id)];
    case 'article_revisions':
      return [null, null, s(row.article_id)];
    default:
      return [null, null, null];
  }
}

function rebuildChangeLog(db: DatabaseSync): void {
  db.exec(`
    -- One row per edit (undo step): who did what when. no is the compact key change rows use.
    CREATE TABLE change_groups (
      no INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      action TEXT NOT NULL,
      author_id TEXT NOT NULL ${ref('authors(id)')},
      at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE change_log_v4 (
      id TEXT PRIMARY KEY NOT NULL,
      seq INTEGER NOT NULL UNIQUE,
      -- The first 16 bytes of SHA-256(previous row's chain || id): equal chains, equal histories.
      chain BLOB NOT NULL,
      group_no INTEGER NOT NULL ${ref('change_groups(no)')},
      table_name TEXT NOT NULL,
      record_id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
      claim_id TEXT,
      comparison_id TEXT,
      article_id TEXT,
      before_json TEXT,
      after_json TEXT
    ) STRICT;
  `);
  const itemComparison = new Map<string, string>();
  for (const r of db.prepare('SELECT id, comparison_id FROM comparison_items').all()) itemComparison.set(String(r.id), String(r.comparison_id));
  const insert = db.prepare(
    `INSERT INTO change_log_v4 (id, seq, chain, group_no, table_name, record_id, op, claim_id, comparison_id, article_id, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertGroup = db.prepare('INSERT INTO change_groups (id, action, author_id, at) VALUES (?, ?, ?, ?)');
  const groups = new Map<string, number>();
  let chain = new Uint8Array(0);
  for (const raw of db.prepare('SELECT * FROM change_log ORDER BY seq').iterate()) {
    const r = raw as unknown as OldLogRow;
    let before = r.before_json === null ? null : (JSON.parse(r.before_json) as Row);
    let after = r.after_json === null ? null : (JSON.parse(r.after_json) as Row);
    if (r.table_name === 'comparisons') {
      if (before) delete before.claim_id;
      if (after) delete after.claim_id;
    }
    const whole = (after ?? before)!;
    if (r.table_name === 'comparison_items' && whole.comparison_id) itemComparison.set(String(whole.id), String(whole.comparison_id));
    const owners = ownersOf(r.table_name, whole, itemComparison);
    if (r.op === 'update' && before && after) {
      const changed = Object.keys(after).filter((k) => k !== 'id' && (before![k] ?? null) !== (after![k] ?? null));
      before = Object.fromEntries(changed.map((k) => [k, before![k] ?? null]));
      after = Object.fromEntries(changed.map((k) => [k, after![k] ?? null]));
    }
    chain = new Uint8Array(createHash('sha256').update(chain).update(r.id).digest().subarray(0, 16));
    let group = groups.get(r.group_id);
    if (group === undefined) {
      group = Number(insertGroup.run(r.group_id, r.action, r.author_id, r.at).lastInsertRowid);
      groups.set(r.group_id, group);
    }
    insert.run(
      r.id, r.seq, chain, group, r.table_name, r.record_id, r.op,
      ...owners, before && JSON.stringify(before), after && JSON.stringify(after),
    );
  }
  db.exec(`
    DROP TABLE change_log;
    ALTER TABLE change_log_v4 RENAME TO change_log;
    CREATE INDEX change_log_by_group ON change_log (group_no);
    CREATE INDEX change_log_by_claim ON change_log (claim_id, seq) WHERE claim_id IS NOT NULL;
    CREATE INDEX change_log_by_comparison ON change_log (comparison_id, seq) WHERE comparison_id IS NOT NULL;
    CREATE INDEX change_log_by_article ON change_log (article_id, seq) WHERE article_id IS NOT NULL;
  `);
}

/** Rebuilds tables: the caller runs it with foreign keys off and checks them before committing. */
export function up(db: DatabaseSync): void {
  keepLegacyLinks(db);
  rebuildComparisons(db);
  rebuildChangeLog(db);
}
