// The change log as the merge sees it, and where two copies diverged. Two copies of a project
// share the change records (by id) made before they split; a record only one copy holds is that
// copy's edit since the split. Nothing is guessed from timestamps or content. The caller passes
// each copy's log from the end of their common history on (the rows before it are in both).
import { RECORD_TABLES } from '../domain/tables';

/** A record as Pizhu's tables hold it. */
export type Row = Record<string, string | number | null>;

export type ChangeOp = 'insert' | 'update' | 'delete';

/** One row of change_log. */
export interface LogEntry {
  id: string;
  seq: number;
  groupId: string;
  action: string;
  authorId: string;
  at: string;
  table: string;
  recordId: string;
  op: ChangeOp;
  /** insert: null; delete: the whole row; update: the changed fields' old values. */
  before: Row | null;
  /** insert: the whole row; delete: null; update: the changed fields' new values. */
  after: Row | null;
}

/**
 * The action of the group a merge writes when it replays the other copy's changes. Those rows
 * repeat changes the log already holds under their own ids, so they say nothing about who edited
 * what and are left out when finding a side's edits.
 */
export const MERGE_ACTION = 'merge';

/** Tables whose records the merge reconciles through the log; conflicts travel on their own. */
const RECONCILED_TABLES: ReadonlySet<string> = new Set(RECORD_TABLES);

export const recordKey = (table: string, id: string): string => `${table}/${id}`;

export interface Divergence<E extends LogEntry = LogEntry> {
  /** Log rows only `mine` holds, in its order (its history since the split). */
  mineOnly: E[];
  /** Log rows only `theirs` holds, in its order: what a merge copies into mine's log. */
  theirsOnly: E[];
  /** Records each side edited since the split, with the record as it was before its first edit. */
  mineEdited: Map<string, EditedRecord>;
  theirsEdited: Map<string, EditedRecord>;
}

export interface EditedRecord {
  table: string;
  id: string;
  /**
   * The record before this side's first edit since the split; null when this side created it.
   * Known once the side's current rows are read (see settleBases).
   */
  before: Row | null;
  /** The change record of that first edit. */
  firstId: string;
  authorId: string;
}

function editedRecords(entries: readonly LogEntry[]): Map<string, EditedRecord> {
  const out = new Map<string, EditedRecord>();
  for (const e of entries) {
    if (e.action === MERGE_ACTION || !RECONCILED_TABLES.has(e.table)) continue;
    const key = recordKey(e.table, e.recordId);
    const seen = out.get(key);
    if (seen) seen.authorId = e.authorId;
    else out.set(key, { table: e.table, id: e.recordId, before: null, firstId: e.id, authorId: e.authorId });
  }
  return out;
}

/**
 * Finds each edited record's state before the side's first edit: from its current row, every
 * later change of it in `log` (that side's log since the common history) undone, newest first.
 * An update's log row holds only the fields it changed, so the whole record comes from here.
 */
export function settleBases(edited: Map<string, EditedRecord>, log: readonly LogEntry[], current: ReadonlyMap<string, Row>): void {
  const byKey = new Map<string, LogEntry[]>();
  for (const e of log) {
    const key = recordKey(e.table, e.recordId);
    if (!edited.has(key)) continue;
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
  }
  for (const [key, record] of edited) {
    let state: Row | null = current.get(key) ?? null;
    const changes = byKey.get(key) ?? [];
    for (let i = changes.length - 1; i >= 0; i--) {
      const c = changes[i]!;
      if (c.op === 'insert') state = null;
      else if (c.op === 'delete') state = c.before;
      else state = { ...(state ?? {}), ...c.before };
      if (c.id === record.firstId) break;
    }
    record.before = state;
  }
}

/** Splits two logs into common history and each side's changes since the split. */
export function divergence<E extends LogEntry>(mine: readonly E[], theirs: readonly E[]): Divergence<E> {
  const mineIds = new Set(mine.map((e) => e.id));
  const theirIds = new Set(theirs.map((e) => e.id));
  const mineOnly = mine.filter((e) => !theirIds.has(e.id));
  const theirsOnly = theirs.filter((e) => !mineIds.has(e.id));
  return { mineOnly, theirsOnly, mineEdited: editedRecords(mineOnly), theirsEdited: editedRecords(theirsOnly) };
}
