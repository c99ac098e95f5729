// Schema version 3: merge conflicts. A team merge never drops either side's value: where both
// copies changed one field differently since they split, or one side edited a record the other
// deleted, the merged file keeps one value in place and records both here until someone
// resolves the conflict. Rows are ordinary logged records, so undoing a merge removes them too.
//
// Frozen: the SQL that made every version-3 file, literal and importing nothing from today's
// code; a later change is a new migration (fixtures/projects/v3.pizhu checks this).
import type { DatabaseSync } from 'node:sqlite';

export function up(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE merge_conflicts (
      id TEXT PRIMARY KEY NOT NULL,
      -- The record in conflict (table_name is one of the edited tables) and, for a field
      -- conflict, its column; NULL when one side deleted the record the other edited.
      table_name TEXT NOT NULL,
      record_id TEXT NOT NULL,
      field TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('field', 'edit-delete')),
      -- Both sides' values as JSON: a field value, or the whole record (null when deleted).
      mine_json TEXT NOT NULL,
      theirs_json TEXT NOT NULL,
      theirs_author_id TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED,
      merged_at TEXT NOT NULL,
      merged_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED,
      resolution TEXT CHECK (resolution IN ('mine', 'theirs')),
      resolved_at TEXT,
      resolved_by TEXT REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;
    CREATE INDEX merge_conflicts_by_record ON merge_conflicts (table_name, record_id);
  `);
}
