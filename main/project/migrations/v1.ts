// Schema version 1: the first Pizhu project file. Every table is STRICT and every record has a
// UUID primary key, except assets, which are keyed by the SHA-256 of their content so that one
// screenshot is stored once however often it is used. Foreign keys are DEFERRABLE INITIALLY
// DEFERRED: they are checked at COMMIT, so undo, redo and merge may replay row changes in any
// order within one transaction (articles and revisions also refer to each other).
//
// Frozen: this is the SQL that made every version-1 file, so it holds literal values only and
// imports nothing from today's code. A later change to a scale or a constant is a new migration,
// never an edit here (fixtures/projects/v1.pizhu, made by the version-1 code, checks this).
import type { DatabaseSync } from 'node:sqlite';

export function up(db: DatabaseSync): void {
  db.exec(`
    PRAGMA application_id = 1348094037;

    CREATE TABLE authors (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      first_seen_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE project (
      id TEXT PRIMARY KEY NOT NULL,
      title TEXT NOT NULL,
      modified_at TEXT NOT NULL,
      created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;

    CREATE TABLE assets (
      hash TEXT PRIMARY KEY NOT NULL CHECK (length(hash) = 64),
      mime TEXT NOT NULL,
      width INTEGER,
      height INTEGER,
      bytes INTEGER NOT NULL CHECK (bytes >= 0),
      created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;

    -- Asset bodies live apart from their metadata so that listing assets never pages in megabytes.
    CREATE TABLE asset_content (
      hash TEXT PRIMARY KEY NOT NULL REFERENCES assets(hash) DEFERRABLE INITIALLY DEFERRED,
      content BLOB NOT NULL
    ) STRICT;

    CREATE TABLE articles (
      id TEXT PRIMARY KEY NOT NULL,
      title TEXT NOT NULL,
      current_revision_id TEXT REFERENCES article_revisions(id) DEFERRABLE INITIALLY DEFERRED,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;

    CREATE TABLE article_revisions (
      id TEXT PRIMARY KEY NOT NULL,
      article_id TEXT NOT NULL REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
      number INTEGER NOT NULL CHECK (number >= 1),
      title TEXT NOT NULL,
      text TEXT NOT NULL,
      blocks_json TEXT NOT NULL,
      links_json TEXT NOT NULL,
      source_json TEXT NOT NULL,
      import_json TEXT NOT NULL,
      original_asset_hash TEXT REFERENCES assets(hash) DEFERRABLE INITIALLY DEFERRED,
      created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED,
      UNIQUE (article_id, number)
    ) STRICT;

    CREATE TABLE claims (
      id TEXT PRIMARY KEY NOT NULL,
      article_id TEXT NOT NULL REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
      revision_id TEXT NOT NULL REFERENCES article_revisions(id) DEFERRABLE INITIALLY DEFERRED,
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      start INTEGER NOT NULL CHECK (start >= 0),
      end INTEGER NOT NULL CHECK (end >= start),
      strength INTEGER CHECK (strength BETWEEN 0 AND 4),
      verdict TEXT CHECK (verdict IN ('true', 'mostly-true', 'half-true', 'misleading', 'false', 'unproven', 'opinion')),
      status TEXT NOT NULL CHECK (status IN ('to-check', 'in-progress', 'needs-review', 'checked')),
      assignee TEXT,
      note_json TEXT NOT NULL, note_text TEXT NOT NULL,
      orphan INTEGER NOT NULL CHECK (orphan IN (0, 1)),
      created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED,
      updated_at TEXT NOT NULL, updated_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;
    CREATE INDEX claims_by_article ON claims (article_id, start);

    CREATE TABLE tags (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      color TEXT NOT NULL,
      description TEXT NOT NULL,
      hotkey INTEGER CHECK (hotkey BETWEEN 1 AND 9),
      parent_id TEXT REFERENCES tags(id) DEFERRABLE INITIALLY DEFERRED,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;
    CREATE UNIQUE INDEX tags_by_hotkey ON tags (hotkey) WHERE hotkey IS NOT NULL;

    CREATE TABLE claim_tags (
      id TEXT PRIMARY KEY NOT NULL,
      claim_id TEXT NOT NULL REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,
      tag_id TEXT NOT NULL REFERENCES tags(id) DEFERRABLE INITIALLY DEFERRED,
      created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED,
      UNIQUE (claim_id, tag_id)
    ) STRICT;
    CREATE INDEX claim_tags_by_tag ON claim_tags (tag_id);

    CREATE TABLE evidence_items (
      id TEXT PRIMARY KEY NOT NULL,
      claim_id TEXT NOT NULL REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,
      title TEXT NOT NULL,
      url TEXT NOT NULL,
      publisher TEXT NOT NULL,
      date TEXT NOT NULL,
      quote TEXT NOT NULL,
      stance TEXT NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
      reliability TEXT CHECK (reliability IN ('reliable', 'mixed', 'doubtful')),
      note_json TEXT NOT NULL, note_text TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED,
      updated_at TEXT NOT NULL, updated_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;
    CREATE INDEX evidence_by_claim ON evidence_items (claim_id, sort_order);

    CREATE TABLE comparisons (
      id TEXT PRIMARY KEY NOT NULL,
      article_id TEXT REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
      claim_id TEXT REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,
      title TEXT NOT NULL,
      note_json TEXT NOT NULL, note_text TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;

    CREATE TABLE comparison_items (
      id TEXT PRIMARY KEY NOT NULL,
      comparison_id TEXT NOT NULL REFERENCES comparisons(id) DEFERRABLE INITIALLY DEFERRED,
      asset_hash TEXT NOT NULL REFERENCES assets(hash) DEFERRABLE INITIALLY DEFERRED,
      label TEXT NOT NULL,
      caption TEXT NOT NULL,
      sort_order INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE regions (
      id TEXT PRIMARY KEY NOT NULL,
      item_id TEXT NOT NULL REFERENCES comparison_items(id) DEFERRABLE INITIALLY DEFERRED,
      x INTEGER NOT NULL CHECK (x >= 0),
      y INTEGER NOT NULL CHECK (y >= 0),
      width INTEGER NOT NULL CHECK (width >= 1),
      height INTEGER NOT NULL CHECK (height >= 1),
      note_json TEXT NOT NULL, note_text TEXT NOT NULL,
      claim_id TEXT REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,
      sort_order INTEGER NOT NULL
    ) STRICT;

    -- Who changed what and when. Undo and team merge replay these rows; seq orders them within
    -- one file, group_id ties together the rows of one user action.
    CREATE TABLE change_log (
      id TEXT PRIMARY KEY NOT NULL,
      seq INTEGER NOT NULL UNIQUE,
      group_id TEXT NOT NULL,
      action TEXT NOT NULL,
      author_id TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED,
      at TEXT NOT NULL,
      table_name TEXT NOT NULL,
      record_id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
      before_json TEXT,
      after_json TEXT
    ) STRICT;
    CREATE INDEX change_log_by_group ON change_log (group_id);
    CREATE INDEX change_log_by_record ON change_log (table_name, record_id);
  `);
}
