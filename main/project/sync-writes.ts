// What team sync writes into a project file (main/sync/bridge.ts decides what; this module only
// writes, inside the store's transaction): a colleague's edits as the tables' projection of the
// shared document, each logged under the author the document names so every replica's history
// shows who did what; authors and assets they bring; and the Yjs update log (sync_updates) with
// the queue of screenshots waiting to go up (sync_uploads).
import { sha256Hex } from './assets';
import type { ChangeRecorder } from './change-log';
import type { Row, Sql } from './sql';

/** One record as the shared document has it now: its row, or null once deleted. */
export interface SyncedWrite {
  table: string;
  id: string;
  row: Row | null;
  /** Who made the change (the row's updated_by or created_by, a register entry's author). */
  author: string;
  at: string;
}

export interface SyncedInput {
  writes: readonly SyncedWrite[];
  /** Authors the document names, by id and display name. */
  authors: readonly { id: string; name: string; at: string }[];
  /** Assets the writes point at, with their bytes (the metadata row as the document has it). */
  assets: readonly { row: Row; bytes: Uint8Array }[];
  /** The Yjs update that brought all this, appended to the update log; null when it is logged already. */
  update: Uint8Array | null;
}

export function appendUpdate(sql: Sql, update: Uint8Array, at: string): void {
  sql.run('INSERT INTO sync_updates (body, at) VALUES (?, ?)', update, at);
}

export function readUpdates(sql: Sql): Uint8Array[] {
  return sql.all<{ body: Uint8Array }>('SELECT body FROM sync_updates ORDER BY no').map((r) => r.body);
}

/** Replaces the update log by one update holding the same document (their merge). */
export function compactUpdates(sql: Sql, state: Uint8Array, at: string): void {
  sql.run('DELETE FROM sync_updates');
  appendUpdate(sql, state, at);
}

export function queueUploads(sql: Sql, hashes: readonly string[]): void {
  for (const hash of hashes) sql.run('INSERT INTO sync_uploads (hash) VALUES (?) ON CONFLICT DO NOTHING', hash);
}

/** Writes the authors, assets and records of a synced change; `recorderFor` gives each author's group. */
export function applySyncedWrites(sql: Sql, input: SyncedInput, recorderFor: (author: string, at: string) => ChangeRecorder): void {
  for (const a of input.authors) {
    sql.run(
      `INSERT INTO authors (id, name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name`,
      a.id, a.name, a.at, a.at,
    );
  }
  for (const { row, bytes } of input.assets) {
    const hash = String(row.hash);
    if (sha256Hex(bytes) !== hash) throw new Error(`asset ${hash} arrived with other content`);
    if (sql.get('SELECT 1 FROM assets WHERE hash = ?', hash)) continue;
    sql.run(
      'INSERT INTO assets (hash, mime, width, height, bytes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      hash, row.mime!, row.width ?? null, row.height ?? null, bytes.byteLength, row.created_at!, row.created_by!,
    );
    sql.run('INSERT INTO asset_content (hash, content) VALUES (?, ?)', hash, bytes);
  }
  // Deletions first: a link replaced by a colleague's link to the same tag must go before the
  // new one arrives (one link per claim and tag). References are checked at commit.
  const ordered = [...input.writes.filter((w) => w.row === null), ...input.writes.filter((w) => w.row !== null)];
  for (const w of ordered) {
    const rec = recorderFor(w.author, w.at);
    const current = rec.find(w.table, w.id);
    if (w.row === null) {
      if (current) rec.remove(w.table, w.id);
    } else if (!current) {
      rec.insert(w.table, w.row);
    } else {
      const changed = Object.fromEntries(Object.entries(w.row).filter(([c, v]) => c !== 'id' && current[c] !== v));
      if (Object.keys(changed).length) rec.update(w.table, w.id, changed);
    }
  }
}
