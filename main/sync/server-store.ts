// The sync server's own SQLite file (node:sqlite, no native module): each project's document as
// its merged state plus the updates received since, and the assets clients uploaded by hash.
// Every update is appended as it arrives, so what the server acknowledged survives a crash; the
// updates are folded into the state (Y.mergeUpdates) when Hocuspocus stores the document.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import * as Y from 'yjs';

export class ServerStore {
  readonly db: DatabaseSync;

  constructor(dataDir: string) {
    this.db = new DatabaseSync(join(dataDir, 'pizhu-sync.sqlite'));
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = FULL;
      PRAGMA busy_timeout = 5000;
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY NOT NULL, state BLOB NOT NULL) STRICT;
      CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY, name TEXT NOT NULL, body BLOB NOT NULL) STRICT;
      CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, seq);
      CREATE TABLE IF NOT EXISTS assets (
        project TEXT NOT NULL, hash TEXT NOT NULL, mime TEXT NOT NULL, body BLOB NOT NULL,
        PRIMARY KEY (project, hash)
      ) STRICT;
    `);
  }

  /** The document's state: its stored state merged with every update since. */
  load(name: string): Uint8Array | null {
    const state = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Uint8Array } | undefined;
    const updates = this.db.prepare('SELECT body FROM updates WHERE name = ? ORDER BY seq').all(name) as { body: Uint8Array }[];
    const parts = [...(state ? [state.state] : []), ...updates.map((u) => u.body)];
    return parts.length ? Y.mergeUpdates(parts) : null;
  }

  append(name: string, update: Uint8Array): void {
    this.db.prepare('INSERT INTO updates (name, body) VALUES (?, ?)').run(name, update);
  }

  /** Replaces a document's updates by one state, in one transaction. */
  compact(name: string, state: Uint8Array): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.db.prepare('INSERT INTO documents (name, state) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state').run(name, state);
      this.db.prepare('DELETE FROM updates WHERE name = ?').run(name);
      this.db.exec('COMMIT');
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
  }

  putAsset(project: string, hash: string, mime: string, body: Uint8Array): void {
    this.db.prepare('INSERT INTO assets (project, hash, mime, body) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(project, hash, mime, body);
  }

  getAsset(project: string, hash: string): { mime: string; body: Uint8Array } | null {
    const row = this.db.prepare('SELECT mime, body FROM assets WHERE project = ? AND hash = ?').get(project, hash) as { mime: string; body: Uint8Array } | undefined;
    return row ?? null;
  }

  close(): void {
    this.db.close();
  }
}
