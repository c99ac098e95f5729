// Schema version 6: the project's settings. Values that belong to the project rather than to one
// computer (who publishes its fact-checks, which claim suggestions were dismissed and how each
// kind of suggestion fared) live in the file, so a colleague who opens it sees the same. One row
// per key with its value as JSON; the id is derived from the key, so every copy names a setting
// by the same id. Rows are logged records, so a settings change is an edit like any other.
//
// Frozen: the SQL that made every version-6 file, literal and importing nothing from today's code.
import type { DatabaseSync } from 'node:sqlite';

export function up(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE settings (
      id TEXT PRIMARY KEY NOT NULL,
      key TEXT NOT NULL UNIQUE,
      value_json TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL REFERENCES authors(id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;
  `);
}
