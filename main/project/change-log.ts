// Every edit goes through a ChangeRecorder, which writes a record and logs the change in
// change_log under the edit's group (change_groups: the group's id, action, author and time, kept
// once per edit). An insert logs the new row, a delete the old row, an update only the fields it
// changed (their values before and after). Each log row also names the
// records it belongs to (claim, comparison, article: see owners.ts), so a claim's history is an
// index lookup, and carries a chained hash of every change id up to it, so two copies find their
// common history by comparing one row at a time. Undo and redo replay a group's logged rows
// backwards or forwards through a new recorder, so they are logged edits themselves.
import { createHash, randomUUID } from 'node:crypto';
import type { Change } from '../../shared/domain/project';
import { LOGGED_TABLES } from '../../shared/domain/tables';
import { ownersOf, type Owners } from './owners';
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

export type ChangeOp = 'insert' | 'update' | 'delete';

export interface LoggedChange {
  table: string;
  recordId: string;
  op: ChangeOp;
  /** insert: null; delete: the whole row; update: the changed fields' old values. */
  before: Row | null;
  /** insert: the whole row; delete: null; update: the changed fields' new values. */
  after: Row | null;
}

/** One change_log row as it travels between copies (a merge adopts theirs' rows under their ids). */
export interface LogRecord extends LoggedChange {
  id: string;
  groupId: string;
  action: string;
  authorId: string;
  at: string;
  /** The records it belongs to, as the copy that made it logged them. */
  owners: Owners;
}

/** A record an edit wrote, in order, with its row (after the edit, or before a delete) to find its owners: the renderer applies these as a change set. */
export interface Touched {
  table: string;
  recordId: string;
  op: ChangeOp;
  row: Row;
  /** For an update, the columns it changed (what team sync sends on). */
  fields?: string[];
}

/** The next link of the chain: a hash of the previous link and this change's id. */
export const nextChain = (previous: Uint8Array | null, id: string): Uint8Array =>
  new Uint8Array(
    createHash('sha256')
      .update(previous ?? new Uint8Array(0))
      .update(id)
      .digest()
      .subarray(0, 16),
  );

/** The end of a file's log: appends rows with the next seq and chain link. */
class LogTail {
  private seq = -1;
  private chain: Uint8Array | null = null;
  /** change_groups row numbers of the groups this tail has written to, by group id. */
  private readonly groups = new Map<string, number>();

  constructor(private readonly sql: Sql) {}

  append(r: LogRecord): void {
    const { sql } = this;
    if (this.seq < 0) {
      const last = sql.get<{ seq: number; chain: Uint8Array }>('SELECT seq, chain FROM change_log ORDER BY seq DESC LIMIT 1');
      this.seq = last ? Number(last.seq) : 0;
      this.chain = last ? last.chain : null;
    }
    this.seq++;
    this.chain = nextChain(this.chain, r.id);
    const { owners } = r;
    sql.run(
      `INSERT INTO change_log (id, seq, chain, group_no, table_name, record_id, op, claim_id, comparison_id, article_id, before_json, after_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      r.id, this.seq, this.chain, this.groupNo(r), r.table, r.recordId, r.op,
      owners.claimId, owners.comparisonId, owners.articleId,
      r.before && JSON.stringify(r.before), r.after && JSON.stringify(r.after),
    );
  }

  private groupNo(r: LogRecord): number {
    let no = this.groups.get(r.groupId);
    if (no === undefined) {
      this.sql.run(
        'INSERT INTO change_groups (id, action, author_id, at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
        r.groupId, r.action, r.authorId, r.at,
      );
      no = Number(this.sql.get<{ no: number }>('SELECT no FROM change_groups WHERE id = ?', r.groupId)!.no);
      this.groups.set(r.groupId, no);
    }
    return no;
  }
}

export class ChangeRecorder {
  readonly groupId = randomUUID();
  /** Every record this edit inserted, updated or deleted, in order. */
  readonly touched: Touched[] = [];
  private readonly tail: LogTail;

  /** `sharing`: another group written in the same transaction (team sync logs one per author), whose log end this one shares. */
  constructor(
    private readonly sql: Sql,
    readonly action: string,
    readonly authorId: string,
    readonly at: string,
    sharing?: ChangeRecorder,
  ) {
    this.tail = sharing?.tail ?? new LogTail(sql);
  }

  /** True once the group has changed anything; an edit that changed nothing is not undoable. */
  get changed(): boolean {
    return this.touched.length > 0;
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
    this.log(table, String(row.id), 'insert', null, row, row);
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
    const pick = (row: Row): Row => Object.fromEntries(cols.map((c) => [c, row[c] ?? null]));
    this.log(table, id, 'update', pick(before), pick(after), after, cols);
    return after;
  }

  remove(table: string, id: string): void {
    const before = this.find(table, id);
    if (!before) return;
    this.sql.run(`DELETE FROM ${checkTable(table)} WHERE id = ?`, id);
    this.log(table, id, 'delete', before, null, before);
  }

  /**
   * Appends change records made in another copy, under their own ids, without replaying them: a
   * merge brings theirs' history along so that later merges recognise it.
   */
  adopt(records: readonly LogRecord[]): void {
    for (const r of records) this.tail.append(r);
  }

  /** `row` is the whole record (after an insert or update, before a delete), to find its owners. */
  private log(table: string, recordId: string, op: ChangeOp, before: Row | null, after: Row | null, row: Row, fields?: string[]): void {
    this.touched.push(fields ? { table, recordId, op, row, fields } : { table, recordId, op, row });
    const owners = ownersOf(table, row, (t, id) => this.find(t, id));
    this.tail.append({ id: randomUUID(), groupId: this.groupId, action: this.action, authorId: this.authorId, at: this.at, table, recordId, op, before, after, owners });
  }
}

export interface LogRow {
  id: string;
  seq: number;
  group_id: string;
  action: string;
  author_id: string;
  at: string;
  table_name: string;
  record_id: string;
  op: ChangeOp;
  claim_id: string | null;
  comparison_id: string | null;
  article_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

const parse = (json: string | null): Row | null => (json === null ? null : (JSON.parse(json) as Row));

export const logRecordOf = (r: LogRow): LogRecord & { seq: number } => ({
  id: r.id,
  seq: Number(r.seq),
  groupId: r.group_id,
  action: r.action,
  authorId: r.author_id,
  at: r.at,
  table: r.table_name,
  recordId: r.record_id,
  op: r.op,
  before: parse(r.before_json),
  after: parse(r.after_json),
  owners: { claimId: r.claim_id, comparisonId: r.comparison_id, articleId: r.article_id },
});

/** change_log rows with their group's id, action, author and time; filter on `l.` columns. */
export const LOG_ROWS = `SELECT l.id, l.seq, g.id AS group_id, g.action, g.author_id, g.at, l.table_name, l.record_id, l.op,
    l.claim_id, l.comparison_id, l.article_id, l.before_json, l.after_json
  FROM change_log l JOIN change_groups g ON g.no = l.group_no`;

/** The changes of one group, in the order they were made. */
export function readGroup(sql: Sql, groupId: string): LoggedChange[] {
  const group = sql.get<{ no: number }>('SELECT no FROM change_groups WHERE id = ?', groupId);
  if (!group) return [];
  return sql.all<LogRow>(`${LOG_ROWS} WHERE l.group_no = ? ORDER BY l.seq`, group.no).map(logRecordOf);
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
  return sql.all<LogRow>(`${LOG_ROWS} ORDER BY l.seq DESC LIMIT ?`, limit).map((r) => {
    const c = logRecordOf(r);
    return { id: c.id, groupId: c.groupId, action: c.action, authorId: c.authorId, at: c.at, table: c.table, recordId: c.recordId, op: c.op, before: c.before, after: c.after };
  });
}
