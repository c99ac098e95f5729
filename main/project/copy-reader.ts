// A read-only view of one copy of a project, for a merge: its change log from a given point, the
// current state of chosen records, who points at a record, its authors, assets and conflicts.
// It opens the file on its own connection (so it can run in a worker thread) and never writes
// it; a copy in an older format is read from a migrated temporary copy.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { recordKey, type Row } from '../../shared/merge/log';
import { referrersOf } from '../../shared/merge/references';
import { LOG_ROWS, logRecordOf, type LogRecord, type LogRow } from './change-log';
import { SCHEMA_VERSION } from './format';
import { migrate, userVersion } from './migrations';
import { Sql } from './sql';

const TABLE = /^[a-z_]+$/;
const CHUNK = 500;

/** A change record's place in the log and the record it changed (`table/id`), without its values. */
export interface LogHead {
  id: string;
  seq: number;
  key: string;
}

export class CopyReader {
  /** Whole change records read so far: a merge reads only those of each side since they split. */
  logRowsRead = 0;
  /** Change records of which only the id and record were read (the rows after the common history). */
  logHeadsRead = 0;
  private readonly columnCache = new Map<string, string[]>();

  private constructor(
    private readonly sql: Sql,
    private readonly cleanup: () => void,
  ) {}

  /** Opens `path` for reading; waits up to `busyMs` for a writer to finish committing. */
  static open(path: string, busyMs = 5000): CopyReader {
    const db = new DatabaseSync(path, { readOnly: true, timeout: busyMs });
    if (userVersion(db) >= SCHEMA_VERSION) return new CopyReader(new Sql(db), () => db.close());
    db.close();
    const dir = mkdtempSync(join(tmpdir(), 'pizhu-merge-'));
    const copy = join(dir, 'copy.pizhu');
    copyFileSync(path, copy);
    const migrated = new DatabaseSync(copy);
    migrate(migrated);
    return new CopyReader(new Sql(migrated), () => {
      migrated.close();
      rmSync(dir, { recursive: true, force: true });
    });
  }

  close(): void {
    this.cleanup();
  }

  projectId(): string {
    return String(this.sql.get('SELECT id FROM project')!.id);
  }

  /** The last seq and its chain link (hex), or seq 0 for an empty log. */
  tail(): { seq: number; chain: string } {
    const last = this.sql.get<{ seq: number; chain: Uint8Array }>('SELECT seq, chain FROM change_log ORDER BY seq DESC LIMIT 1');
    return { seq: last ? Number(last.seq) : 0, chain: last ? Buffer.from(last.chain).toString('hex') : '' };
  }

  /** The chain link at `seq` (hex): equal links mean equal histories up to that row. */
  chainAt(seq: number): string | null {
    const row = this.sql.get<{ chain: Uint8Array }>('SELECT chain FROM change_log WHERE seq = ?', seq);
    return row ? Buffer.from(row.chain).toString('hex') : null;
  }

  /** The change records after `seq`, oldest first: only their ids and the records they changed. */
  logHeadsAfter(seq: number): LogHead[] {
    const heads = this.sql
      .all<{ id: string; seq: number; table_name: string; record_id: string }>(
        'SELECT id, seq, table_name, record_id FROM change_log WHERE seq > ? ORDER BY seq',
        seq,
      )
      .map((r) => ({ id: r.id, seq: Number(r.seq), key: recordKey(r.table_name, r.record_id) }));
    this.logHeadsRead += heads.length;
    return heads;
  }

  /** The whole change records with these ids, oldest first. */
  logByIds(ids: readonly string[]): (LogRecord & { seq: number })[] {
    const out: (LogRecord & { seq: number })[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      out.push(...this.sql.all<LogRow>(`${LOG_ROWS} WHERE l.id IN (${part.map(() => '?').join(', ')})`, ...part).map(logRecordOf));
    }
    this.logRowsRead += out.length;
    return out.sort((a, b) => a.seq - b.seq);
  }

  columns(table: string): string[] {
    if (!TABLE.test(table)) throw new Error(`bad table name: ${table}`);
    let cols = this.columnCache.get(table);
    if (!cols) {
      cols = this.sql.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`).map((c) => c.name);
      this.columnCache.set(table, cols);
    }
    return cols;
  }

  /** The current records for the given keys (`table/id`); absent keys are not held. */
  rows(keys: Iterable<string>): Map<string, Row> {
    const idsByTable = new Map<string, string[]>();
    for (const key of keys) {
      const at = key.indexOf('/');
      const list = idsByTable.get(key.slice(0, at)) ?? [];
      list.push(key.slice(at + 1));
      idsByTable.set(key.slice(0, at), list);
    }
    const out = new Map<string, Row>();
    for (const [table, ids] of idsByTable) {
      if (!TABLE.test(table)) throw new Error(`bad table name in the change log: ${table}`);
      for (let i = 0; i < ids.length; i += CHUNK) {
        const part = ids.slice(i, i + CHUNK);
        for (const row of this.sql.all(`SELECT * FROM ${table} WHERE id IN (${part.map(() => '?').join(', ')})`, ...part)) {
          out.set(recordKey(table, String(row.id)), row);
        }
      }
    }
    return out;
  }

  /** The records that point at `table/id`, by the references the schema declares. */
  referrers(table: string, id: string): string[] {
    return referrersOf(table).flatMap((r) =>
      this.sql.all<{ id: string }>(`SELECT id FROM ${r.table} WHERE ${r.column} = ?`, id).map((row) => recordKey(r.table, row.id)),
    );
  }

  authors(): Row[] {
    return this.sql.all('SELECT id, name, first_seen_at, last_seen_at FROM authors');
  }

  assetHashes(): string[] {
    return this.sql.all<{ hash: string }>('SELECT hash FROM assets').map((a) => a.hash);
  }

  assetMeta(hash: string): Row | undefined {
    return this.sql.get('SELECT * FROM assets WHERE hash = ?', hash);
  }

  assetBody(hash: string): Uint8Array | undefined {
    const row = this.sql.prepare('SELECT content FROM asset_content WHERE hash = ?').get(hash);
    return row ? (row.content as Uint8Array) : undefined;
  }

  conflicts(): Row[] {
    return this.sql.all('SELECT * FROM merge_conflicts');
  }
}
