// Schema version 5: the team sync update log. A project shared through a sync server keeps its
// Y.Doc here as Yjs updates, appended in the same transaction as the table changes they carry
// (or that carry them, for a colleague's edit), and from time to time replaced by their merge.
// Screenshots waiting to go up to the server are listed in sync_uploads, so the queue survives a
// restart. The tables stay what everything else reads; a project that never synced has no rows
// in either.
//
// Frozen: the SQL that made every version-5 file, literal and importing nothing from today's code.
import type { DatabaseSync } from 'node:sqlite';

export function up(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE sync_updates (
      no INTEGER PRIMARY KEY,
      body BLOB NOT NULL,
      at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE sync_uploads (
      hash TEXT PRIMARY KEY NOT NULL
    ) STRICT;
  `);
}
