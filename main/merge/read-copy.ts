// Reading what a merge needs from one copy of a project: its change log, the current state of
// the records the other side may change, and who points at a record. Plain SQL over a
// connection; the decisions are made in shared/merge.
import type { LogEntry, Row } from '../../shared/merge/log';
import { recordKey } from '../../shared/merge/log';
import { referrersOf } from '../../shared/merge/references';
import type { Sql } from '../project/sql';

interface LogRow {
  id: string;
  seq: number;
  group_id: string;
  action: string;
  author_id: string;
  at: string;
  table_name: string;
  record_id: string;
  op: LogEntry['op'];
  before_json: string | null;
  after_json: string | null;
}

/** The whole change log of a copy, oldest first. */
export function readLog(sql: Sql): LogEntry[] {
  return sql.all<LogRow>('SELECT * FROM change_log ORDER BY seq').map((r) => ({
    id: r.id,
    seq: Number(r.seq),
    groupId: r.group_id,
    action: r.action,
    authorId: r.author_id,
    at: r.at,
    table: r.table_name,
    recordId: r.record_id,
    op: r.op,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as Row),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as Row),
  }));
}

/** The current records of a copy for the given keys (`table/id`); absent keys are not held. */
export function readRows(sql: Sql, keys: Iterable<string>): Map<string, Row> {
  const idsByTable = new Map<string, string[]>();
  for (const key of keys) {
    const at = key.indexOf('/');
    const list = idsByTable.get(key.slice(0, at)) ?? [];
    list.push(key.slice(at + 1));
    idsByTable.set(key.slice(0, at), list);
  }
  const out = new Map<string, Row>();
  const CHUNK = 500;
  for (const [table, ids] of idsByTable) {
    if (!/^[a-z_]+$/.test(table)) throw new Error(`bad table name in the change log: ${table}`);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      for (const row of sql.all(`SELECT * FROM ${table} WHERE id IN (${part.map(() => '?').join(', ')})`, ...part)) {
        out.set(recordKey(table, String(row.id)), row);
      }
    }
  }
  return out;
}

/** Finds the records of a copy that point at a record, by the references the schema declares. */
export const referrersIn =
  (sql: Sql) =>
  (table: string, id: string): string[] =>
    referrersOf(table).flatMap((r) =>
      sql.all<{ id: string }>(`SELECT id FROM ${r.table} WHERE ${r.column} = ?`, id).map((row) => recordKey(r.table, row.id)),
    );

export const hasTable = (sql: Sql, name: string): boolean =>
  sql.get("SELECT 1 AS found FROM sqlite_schema WHERE type = 'table' AND name = ?", name) !== undefined;

/** How many assets theirs holds that mine does not. */
export function missingAssets(mine: Sql, theirs: Sql): number {
  const have = new Set(mine.all<{ hash: string }>('SELECT hash FROM assets').map((a) => a.hash));
  return theirs.all<{ hash: string }>('SELECT hash FROM assets').filter((a) => !have.has(a.hash)).length;
}
