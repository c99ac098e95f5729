// Merge conflicts kept in the project (table merge_conflicts, schema v3): listing them and
// resolving them, one at a time or all at once, to mine's or theirs' value. A resolution is an
// ordinary logged edit, so it travels to other copies with the next merge and can be undone.
// The store runs these (ProjectStore.listConflicts / resolveConflicts).
import type { Row } from '../../shared/merge/log';
import type { ChangeRecorder } from './change-log';
import type { StoreContext } from './context';
import { deleteRecord } from './delete-record';
import type { Sql } from './sql';
import type { ConflictView } from '../../shared/api/views';

export type Side = 'mine' | 'theirs';

/** A stored conflict: the view the app shows, plus when the merge found it. */
export type MergeConflict = ConflictView & { mergedAt: string };

const conflictOf = (r: Row): MergeConflict => ({
  id: String(r.id),
  table: String(r.table_name),
  recordId: String(r.record_id),
  field: r.field === null ? null : String(r.field),
  kind: r.kind as MergeConflict['kind'],
  mine: JSON.parse(String(r.mine_json)),
  theirs: JSON.parse(String(r.theirs_json)),
  theirsAuthorId: String(r.theirs_author_id),
  mergedAt: String(r.merged_at),
  resolution: r.resolution as Side | null,
});

export function listConflicts(sql: Sql, { unresolvedOnly = false } = {}): MergeConflict[] {
  const where = unresolvedOnly ? 'WHERE resolution IS NULL' : '';
  return sql.all(`SELECT * FROM merge_conflicts ${where} ORDER BY merged_at, table_name, record_id, field`).map(conflictOf);
}

function putRecord(rec: ChangeRecorder, table: string, row: Row): void {
  const current = rec.find(table, String(row.id));
  if (!current) return rec.insert(table, row);
  const changes = Object.fromEntries(Object.entries(row).filter(([c, v]) => c !== 'id' && current[c] !== v));
  rec.update(table, String(row.id), changes);
}

function setField(ctx: StoreContext, rec: ChangeRecorder, c: MergeConflict, value: unknown): void {
  if (!rec.find(c.table, c.recordId)) return;
  if (c.table === 'tags' && c.field === 'hotkey' && value !== null) {
    const holder = ctx.sql.get<{ id: string }>('SELECT id FROM tags WHERE hotkey = ? AND id <> ?', value as number, c.recordId);
    if (holder) rec.update('tags', holder.id, { hotkey: null });
  }
  rec.update(c.table, c.recordId, { [c.field!]: value as Row[string] });
}

/**
 * Resolves unresolved conflicts (those in `ids`, or all) to one side's value; returns how many.
 * Resolving a deletion to the side that deleted deletes the record the way the app would.
 */
export function resolveConflicts(ctx: StoreContext, rec: ChangeRecorder, choose: Side, ids?: readonly string[]): number {
  const wanted = ids && new Set(ids);
  let resolved = 0;
  for (const c of listConflicts(ctx.sql, { unresolvedOnly: true })) {
    if (wanted && !wanted.has(c.id)) continue;
    const value = choose === 'mine' ? c.mine : c.theirs;
    if (c.kind === 'field') setField(ctx, rec, c, value);
    // Deleting as the app would: the record graph says what goes with the record.
    else if (value === null) deleteRecord(ctx, rec, c.table, c.recordId);
    else putRecord(rec, c.table, value as Row);
    rec.update('merge_conflicts', c.id, { resolution: choose, resolved_at: rec.at, resolved_by: rec.authorId });
    resolved++;
  }
  return resolved;
}
