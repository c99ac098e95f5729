// Three-way merge of one record: its state at the split (base), in mine and in theirs. A field
// one side left alone takes the other side's value; a field both changed to different values is
// a conflict, with mine kept in place. An edit beats a deletion until someone decides, because a
// deletion can be repeated in one click while a lost edit cannot be recovered.
import type { Row } from './log';

/** Who-touched-it-last stamps: they change with every edit, so they never conflict; the later wins. */
const STAMPS = ['updated_at', 'updated_by'] as const;
const isStamp = (c: string): boolean => (STAMPS as readonly string[]).includes(c);

export type FieldValue = string | number | null;

export interface FieldConflict {
  field: string;
  mine: FieldValue;
  theirs: FieldValue;
}

export interface RecordMerge {
  /** The record as the merged project holds it; null when it is deleted. */
  merged: Row | null;
  fieldConflicts: FieldConflict[];
  /** One side deleted the record and the other edited it; the edited record is kept. */
  editDelete: boolean;
}

/** True when two records hold the same content, stamps aside. */
export function sameContent(a: Row | null, b: Row | null): boolean {
  if (a === null || b === null) return a === b;
  const cols = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const c of cols) if (!isStamp(c) && a[c] !== b[c]) return false;
  return true;
}

export function sameRow(a: Row | null, b: Row | null): boolean {
  return sameContent(a, b) && (a === null || STAMPS.every((c) => a[c] === b![c]));
}

const kept = (merged: Row | null, editDelete = false): RecordMerge => ({ merged, fieldConflicts: [], editDelete });

/**
 * Merges one record that both sides may have edited since the split. `mineEdited` and
 * `theirsEdited` say whether each side's log shows an edit of it; an unedited side is at base.
 */
export function mergeRecord(
  base: Row | null,
  mine: Row | null,
  theirs: Row | null,
  { mineEdited, theirsEdited }: { mineEdited: boolean; theirsEdited: boolean },
): RecordMerge {
  if (!theirsEdited) return kept(mine);
  if (!mineEdited) return kept(theirs);
  if (mine === null && theirs === null) return kept(null);
  if (mine === null) return sameContent(theirs, base) ? kept(null) : kept(theirs, true);
  if (theirs === null) return sameContent(mine, base) ? kept(null) : kept(mine, true);

  const merged: Row = { ...mine };
  const fieldConflicts: FieldConflict[] = [];
  for (const field of Object.keys(mine)) {
    const m = mine[field]!;
    const t = theirs[field] ?? null;
    if (m === t || isStamp(field)) continue;
    const b = base ? (base[field] ?? null) : undefined;
    if (m === b) merged[field] = t;
    else if (t !== b) fieldConflicts.push({ field, mine: m, theirs: t });
  }
  if (String(theirs.updated_at ?? '') > String(mine.updated_at ?? '')) {
    for (const s of STAMPS) if (s in theirs) merged[s] = theirs[s]!;
  }
  return { merged, fieldConflicts, editDelete: false };
}
