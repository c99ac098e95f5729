// Deleting any record the way the record graph says: what cascades goes with it, what only
// pointed at it is unlinked (a comparison that backed a deleted claim stays, no longer linked),
// and what must be kept refuses the delete. Every row change goes through the edit's
// ChangeRecorder, so one undo puts everything back.
import { phrase, projectError } from './errors';
import { referrersOf, tableDecl } from '../../shared/domain/record-graph';
import type { ChangeRecorder } from './change-log';
import type { StoreContext } from './context';

const keyOf = (table: string, id: string) => `${table}/${id}`;

/**
 * Deletes record `id` of `table` and walks the graph from it; a record already gone is left
 * alone. Returns how many records of each table were deleted.
 */
export function deleteRecord(ctx: StoreContext, rec: ChangeRecorder, table: string, id: string): Record<string, number> {
  const deleted: Record<string, number> = {};
  walk(ctx, rec, table, id, new Set(), deleted);
  return deleted;
}

function walk(ctx: StoreContext, rec: ChangeRecorder, table: string, id: string, deleting: Set<string>, deleted: Record<string, number>): void {
  if (deleting.has(keyOf(table, id))) return;
  const row = rec.find(table, id);
  if (!row) return;
  deleting.add(keyOf(table, id));
  for (const ref of referrersOf(table)) {
    const from = tableDecl(ref.from);
    const rows = ctx.sql.all<{ id: string }>(`SELECT ${from.key} AS id FROM ${ref.from} WHERE ${ref.column} = ?`, id);
    for (const child of rows) {
      if (deleting.has(keyOf(ref.from, child.id))) continue;
      if (ref.onDelete === 'keep') {
        throw projectError(ctx, 'invalid-argument', 'stillReferenced', { what: phrase(ctx, `table.${table}`), id, by: phrase(ctx, `table.${ref.from}`) });
      }
      if (ref.onDelete === 'cascade' || (ref.onDelete === 'unlink' && from.link)) walk(ctx, rec, ref.from, child.id, deleting, deleted);
      else rec.update(ref.from, child.id, { [ref.column]: ref.onDelete === 'lift' ? (row[ref.column] ?? null) : null });
    }
  }
  rec.remove(table, id);
  deleted[table] = (deleted[table] ?? 0) + 1;
}
