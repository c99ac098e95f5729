// Schema version 1: the first Pizhu project file. Every table is STRICT and every record has a
// UUID primary key, except assets, which are keyed by the SHA-256 of their content so that one
// screenshot is stored once however often it is used. Foreign keys are DEFERRABLE INITIALLY
// DEFERRED: they are checked at COMMIT, so undo, redo and merge may replay row changes in any
// order within one transaction (articles and revisions also refer to each other).
import type { DatabaseSync } from 'node:sqlite';
import { APPLICATION_ID } from '../format';
import { CHANGE_OPS } from '../../../shared/domain/project';
import { RELIABILITY_VALUES, STANCE_VALUES, STATUS_VALUES, VERDICT_VALUES } from '../../../shared/domain/scales';

const oneOf = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const ref = (target: string) => `REFERENCES ${target} DEFERRABLE INITIALLY DEFERRED`;
const created = `created_at TEXT NOT NULL, created_by TEXT NOT NULL ${ref('authors(id)')}`;
const updated = `updated_at TEXT NOT NULL, updated_by TEXT NOT NULL ${ref('authors(id)')}`;
const note = `note_json TEXT NOT NULL, note_text TEXT NOT NULL`;

export function up(db: DatabaseSync): void {
  db.exec(`
    PRAGMA application_id = ${APPLICATION_ID};

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
      ${created}
    ) STRICT;

    CREATE TABLE assets (
      hash TEXT PRIMARY KEY NOT NULL CHECK (length(hash) = 64),
      mime TEXT NOT NULL,
      width INTEGER,
      height INTEGER,
      bytes INTEGER NOT NULL CHECK (bytes >= 0),
      ${created}
    ) STRICT;

    -- Asset bodies live apart from their metadata so that listing assets never pages in megabytes.
    CREATE TABLE asset_content (
      hash TEXT PRIMARY KEY NOT NULL ${ref('assets(hash)')},
      content BLOB NOT NULL
    ) STRICT;

    CREATE TABLE articles (
      id TEXT PRIMARY KEY NOT NULL,
      title TEXT NOT NULL,
      current_revision_id TEXT ${ref('article_revisions(id)')},
      sort_order INTEGER NOT NULL,
      ${created}
    ) STRICT;

    CREATE TABLE article_revisions (
      id TEXT PRIMARY KEY NOT NULL,
      article_id TEXT NOT NULL ${ref('articles(id)')},
      number INTEGER NOT NULL CHECK (number >= 1),
      title TEXT NOT NULL,
      text TEXT NOT NULL,
      blocks_json TEXT NOT NULL,
      links_json TEXT NOT NULL,
      source_json TEXT NOT NULL,
      import_json TEXT NOT NULL,
      original_asset_hash TEXT ${ref('assets(hash)')},
      ${created},
      UNIQUE (article_id, number)
    ) STRICT;

    CREATE TABLE claims (
      id TEXT PRIMARY KEY NOT NULL,
      article_id TEXT NOT NULL ${ref('articles(id)')},
      revision_id TEXT NOT NULL ${ref('article_revisions(id)')},
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      start INTEGER NOT NULL CHECK (start >= 0),
      end INTEGER NOT NULL CHECK (end >= start),
      strength INTEGER CHECK (strength BETWEEN 0 AND 4),
      verdict TEXT CHECK (verdict IN (${oneOf(VERDICT_VALUES)})),
      status TEXT NOT NULL CHECK (status IN (${oneOf(STATUS_VALUES)})),
      assignee TEXT,
      ${note},
      orphan INTEGER NOT NULL CHECK (orphan IN (0, 1)),
      ${created},
      ${updated}
    ) STRICT;
    CREATE INDEX claims_by_article ON claims (article_id, start);

    CREATE TABLE tags (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      color TEXT NOT NULL,
      description TEXT NOT NULL,
      hotkey INTEGER CHECK (hotkey BETWEEN 1 AND 9),
      parent_id TEXT ${ref('tags(id)')},
      sort_order INTEGER NOT NULL,
      ${created}
    ) STRICT;
    CREATE UNIQUE INDEX tags_by_hotkey ON tags (hotkey) WHERE hotkey IS NOT NULL;

    CREATE TABLE claim_tags (
      id TEXT PRIMARY KEY NOT NULL,
      claim_id TEXT NOT NULL ${ref('claims(id)')},
      tag_id TEXT NOT NULL ${ref('tags(id)')},
      ${created},
      UNIQUE (claim_id, tag_id)
    ) STRICT;
    CREATE INDEX claim_tags_by_tag ON claim_tags (tag_id);

    CREATE TABLE evidence_items (
      id TEXT PRIMARY KEY NOT NULL,
      claim_id TEXT NOT NULL ${ref('claims(id)')},
      title TEXT NOT NULL,
      url TEXT NOT NULL,
      publisher TEXT NOT NULL,
      date TEXT NOT NULL,
      quote TEXT NOT NULL,
      stance TEXT NOT NULL CHECK (stance IN (${oneOf(STANCE_VALUES)})),
      reliability TEXT CHECK (reliability IN (${oneOf(RELIABILITY_VALUES)})),
      ${note},
      sort_order INTEGER NOT NULL,
      ${created},
      ${updated}
    ) STRICT;
    CREATE INDEX evidence_by_claim ON evidence_items (claim_id, sort_order);

    CREATE TABLE comparisons (
      id TEXT PRIMARY KEY NOT NULL,
      article_id TEXT ${ref('articles(id)')},
      claim_id TEXT ${ref('claims(id)')},
      title TEXT NOT NULL,
      ${note},
      sort_order INTEGER NOT NULL,
      ${created}
    ) STRICT;

    CREATE TABLE comparison_items (
      id TEXT PRIMARY KEY NOT NULL,
      comparison_id TEXT NOT NULL ${ref('comparisons(id)')},
      asset_hash TEXT NOT NULL ${ref('assets(hash)')},
      label TEXT NOT NULL,
      caption TEXT NOT NULL,
      sort_order INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE regions (
      id TEXT PRIMARY KEY NOT NULL,
      item_id TEXT NOT NULL ${ref('comparison_items(id)')},
      x INTEGER NOT NULL CHECK (x >= 0),
      y INTEGER NOT NULL CHECK (y >= 0),
      width INTEGER NOT NULL CHECK (width >= 1),
      height INTEGER NOT NULL CHECK (height >= 1),
      ${note},
      claim_id TEXT ${ref('claims(id)')},
      sort_order INTEGER NOT NULL
    ) STRICT;

    -- Who changed what and when. Undo and team merge replay these rows; seq orders them within
    -- one file, group_id ties together the rows of one user action.
    CREATE TABLE change_log (
      id TEXT PRIMARY KEY NOT NULL,
      seq INTEGER NOT NULL UNIQUE,
      group_id TEXT NOT NULL,
      action TEXT NOT NULL,
      author_id TEXT NOT NULL ${ref('authors(id)')},
      at TEXT NOT NULL,
      table_name TEXT NOT NULL,
      record_id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN (${oneOf(CHANGE_OPS)})),
      before_json TEXT,
      after_json TEXT
    ) STRICT;
    CREATE INDEX change_log_by_group ON change_log (group_id);
    CREATE INDEX change_log_by_record ON change_log (table_name, record_id);
  `);
}
