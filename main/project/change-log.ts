// Every edit goes through a ChangeRecorder, which writes a record and logs the change (before and
// after) in change_log under the edit's group id. Undo and redo replay a group's logged rows
// backwards or forwards through a new recorder, so they are logged edits themselves.
import { randomUUID } from 'node:crypto';
import type { Change } from '../../shared/domain/project';
import { LOGGED_TABLES } from '../../shared/domain/tables';
import type { Row, Sql } from './sql';

/** The tables whose records edits change; all have a UUID `id`. */
const EDITABLE_TABLES = new Set(LOGGED_TABLES);
const COLUMN = /^[a-z_]+$/;

function checkTable(table: string): string {
  if (!EDITABLE_TABLES.has(table)) throw new Error(`not an editable table: ${table}`);
  return table;
}

function columnsOf(row: Row): string[] {
  const cols = Object.keys(row);
  for (const c of cols) if (!COLUMN.test(c)) throw new Error(`bad column name: ${c}`);
  return cols;
}

export interface LoggedChange {
  table: string;
  recordId: string;
  op: 'insert' | 'update' | 'delete';
  before: Row | null;
  after: Row | null;
}

/** A record an edit wrote, with its row (after the edit, or before a delete) to find its owner. */
export interface TouchedRecord {
  table: string;
  recordId: string;
  op: LoggedChange['op'];
  row: Row;
}

export class ChangeRecorder {
  readonly groupId = randomUUID();
  private count = 0;
  /** What this group wrote, in order: what the renderer is told changed. */
  readonly touched: TouchedRecord[] = [];

  constructor(
    private readonly sql: Sql,
    readonly action: string,
    readonly authorId: string,
    readonly at: string,
  ) {}

  /** True once the group has changed anything; an edit that changed nothing is not undoable. */
  get changed(): boolean {
    return this.count > 0;
  }

  find(table: string, id: string): Row | undefined {
    return this.sql.get(`SELECT * FROM ${checkTable(table)} WHERE id = ?`, id);
  }

  insert(table: string, row: Row): void {
    const cols = columnsOf(row);
    this.sql.run(
      `INSERT INTO ${checkTable(table)} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      ...cols.map((c) => row[c]!),
    );
    this.log(table, String(row.id), 'insert', null, row);
  }

  /** Sets some columns of a record; returns the record as it is afterwards. */
  update(table: string, id: string, changes: Row): Row {
    const before = this.find(table, id);
    if (!before) throw new Error(`no ${table} record ${id}`);
    const cols = columnsOf(changes).filter((c) => c !== 'id' && changes[c] !== before[c]);
    const after = { ...before, ...changes };
    if (cols.length === 0) return after;
    this.sql.run(
      `UPDATE ${checkTable(table)} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
      ...cols.map((c) => changes[c]!),
      id,
    );
    this.log(table, id, 'update', before, after);
    return after;
  }

  remove(table: string, id: string): void {
    const before = this.find(table, id);
    if (!before) return;
    this.sql.run(`DELETE FROM ${checkTable(table)} WHERE id = ?`, id);
    this.log(table, id, 'delete', before, null);
  }

  private log(table: string, recordId: string, op: LoggedChange['op'], before: Row | null, after: Row | null): void {
    this.count++;
    this.touched.push({ table, recordId, op, row: (after ?? before)! });
    this.sql.run(
      `INSERT INTO change_log (id, seq, group_id, action, author_id, at, table_name, record_id, op, before_json, after_json)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM change_log), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      randomUUID(),
      this.groupId,
      this.action,
      this.authorId,
      this.at,
      table,
      recordId,
      op,
      before && JSON.stringify(before),
      after && JSON.stringify(after),
    );
  }
}

/** The changes of one group, in the order they were made. */
export function readGroup(sql: Sql, groupId: string): LoggedChange[] {
  return sql
    .all<{ table_name: string; record_id: string; op: LoggedChange['op']; before_json: string | null; after_json: string | null }>(
      'SELECT table_name, record_id, op, before_json, after_json FROM change_log WHERE group_id = ? ORDER BY seq',
      groupId,
    )
    .map((r) => ({
      table: r.table_name,
      recordId: r.record_id,
      op: r.op,
      before: r.before_json === null ? null : (JSON.parse(r.before_json) as Row),
      after: r.after_json === null ? null : (JSON.parse(r.after_json) as Row),
    }));
}

/** Undoes `changes`: the last change first, each turned into its inverse. */
export function replayBackwards(rec: ChangeRecorder, changes: readonly LoggedChange[]): void {
  for (const c of [...changes].reverse()) {
    if (c.op === 'insert') rec.remove(c.table, c.recordId);
    else if (c.op === 'delete') rec.insert(c.table, c.before!);
    else rec.update(c.table, c.recordId, c.before!);
  }
}

/** Does `changes` again, in their original order. */
export function replayForwards(rec: ChangeRecorder, changes: readonly LoggedChange[]): void {
  for (const c of changes) {
    if (c.op === 'insert') rec.insert(c.table, c.after!);
    else if (c.op === 'delete') rec.remove(c.table, c.recordId);
    else rec.update(c.table, c.recordId, c.after!);
  }
}

/** The latest `limit` changes of the file, newest first. */
export function listChanges(sql: Sql, limit: number): Change[] {
  return sql.all('SELECT * FROM change_log ORDER BY seq DESC LIMIT ?', limit).map((r) => ({
    id: String(r.id),
    groupId: String(r.group_id),
    action: String(r.action),
    authorId: String(r.author_id),
    at: String(r.at),
    table: String(r.table_name),
    recordId: String(r.record_id),
    op: r.op as Change['op'],
    before: r.before_json === null ? null : JSON.parse(String(r.before_json)),
    after: r.after_json === null ? null : JSON.parse(String(r.after_json)),
  }));
}
