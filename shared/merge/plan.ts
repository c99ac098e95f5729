// The merge plan: from two copies' divergence and the current state of the records either side
// edited, the writes that bring theirs' work into mine and the conflicts to record. Pure: the
// caller reads the rows and applies the plan in one transaction.
import { recordKey, type Divergence, type Row } from './log';
import { REFERENCES } from './references';
import { mergeRecord, sameRow, type FieldValue } from './three-way';

export type ConflictKind = 'field' | 'edit-delete';

export interface PlannedConflict {
  table: string;
  recordId: string;
  /** The column in conflict; null for an edit-delete conflict, which concerns the whole record. */
  field: string | null;
  kind: ConflictKind;
  /** A field value, or for edit-delete the whole record (null on the side that deleted it). */
  mine: FieldValue | Row | null;
  theirs: FieldValue | Row | null;
  theirsAuthorId: string;
}

export interface PlannedWrite {
  table: string;
  id: string;
  /** Mine's record before the merge (null: mine does not hold it). */
  mine: Row | null;
  /** The merged record (null: delete it). */
  row: Row | null;
  /** Who last edited it on theirs' side (or mine, when only mine did). */
  authorId: string;
}

export interface MergePlan {
  writes: PlannedWrite[];
  conflicts: PlannedConflict[];
}

export interface PlanInput {
  divergence: Divergence;
  /** Current records of mine and theirs for every key either side edited; absent = not held. */
  mineRows: ReadonlyMap<string, Row>;
  theirsRows: ReadonlyMap<string, Row>;
  /** Keys of mine's records that point at the record `table/id`. */
  mineReferrers(table: string, id: string): string[];
}

const splitKey = (key: string): [string, string] => {
  const at = key.indexOf('/');
  return [key.slice(0, at), key.slice(at + 1)];
};

export function planMerge({ divergence, mineRows, theirsRows, mineReferrers }: PlanInput): MergePlan {
  const { mineEdited, theirsEdited } = divergence;
  const keys = [...new Set([...theirsEdited.keys(), ...mineEdited.keys()])];
  const merged = new Map<string, Row | null>();
  const conflicts: PlannedConflict[] = [];
  const authorOf = (key: string) => theirsEdited.get(key)?.authorId ?? mineEdited.get(key)!.authorId;
  const mineOf = (key: string) => mineRows.get(key) ?? null;
  const theirsOf = (key: string) => theirsRows.get(key) ?? null;

  for (const key of keys) {
    const [table, id] = splitKey(key);
    const base = mineEdited.get(key)?.before ?? theirsEdited.get(key)?.before ?? null;
    const result = mergeRecord(base, mineOf(key), theirsOf(key), { mineEdited: mineEdited.has(key), theirsEdited: theirsEdited.has(key) });
    merged.set(key, result.merged);
    for (const f of result.fieldConflicts) {
      conflicts.push({ table, recordId: id, field: f.field, kind: 'field', mine: f.mine, theirs: f.theirs, theirsAuthorId: authorOf(key) });
    }
    if (result.editDelete) {
      conflicts.push({ table, recordId: id, field: null, kind: 'edit-delete', mine: mineOf(key), theirs: theirsOf(key), theirsAuthorId: authorOf(key) });
    }
  }

  // A record one side deleted stays while the merged project still points at it.
  const keep = (key: string): boolean => {
    const row = mineOf(key) ?? theirsOf(key) ?? mineEdited.get(key)?.before ?? theirsEdited.get(key)?.before ?? null;
    if (row === null) return false;
    merged.set(key, row);
    conflicts.push({ table: splitKey(key)[0], recordId: splitKey(key)[1], field: null, kind: 'edit-delete', mine: mineOf(key), theirs: theirsOf(key), theirsAuthorId: authorOf(key) });
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, row] of merged) {
      if (row === null) {
        if (!mineRows.has(key)) continue;
        const [table, id] = splitKey(key);
        if (mineReferrers(table, id).some((k) => merged.get(k) !== null) && keep(key)) changed = true;
        continue;
      }
      for (const ref of REFERENCES[splitKey(key)[0]] ?? []) {
        const target = row[ref.column];
        if (target === null || target === undefined) continue;
        const targetKey = recordKey(ref.table, String(target));
        if (merged.get(targetKey) === null && keep(targetKey)) changed = true;
      }
    }
  }

  const writes: PlannedWrite[] = [];
  for (const [key, row] of merged) {
    const mine = mineOf(key);
    if (sameRow(mine, row)) continue;
    const [table, id] = splitKey(key);
    writes.push({ table, id, mine, row, authorId: authorOf(key) });
  }
  return { writes, conflicts };
}

export interface MergeSummary {
  /** Records theirs brings that mine does not hold, per table. */
  added: Record<string, number>;
  changed: Record<string, number>;
  deleted: Record<string, number>;
  conflicts: number;
}

export function summarize(plan: MergePlan): MergeSummary {
  const summary: MergeSummary = { added: {}, changed: {}, deleted: {}, conflicts: plan.conflicts.length };
  for (const w of plan.writes) {
    const bucket = w.row === null ? summary.deleted : w.mine === null ? summary.added : summary.changed;
    bucket[w.table] = (bucket[w.table] ?? 0) + 1;
  }
  return summary;
}
