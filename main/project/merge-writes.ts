// Writing a merge into mine, inside the one transaction of the merge edit: theirs' authors,
// screenshots and change records come in first, then the planned writes go through the change
// recorder (so the merge is one undoable group), then conflicts are recorded with both values.
// The merge module reads and plans; the store runs this (ProjectStore.applyMerge).
import { randomUUID } from 'node:crypto';
import type { Row } from '../../shared/merge/log';
import type { MergePlan, PlannedConflict, PlannedWrite } from '../../shared/merge/plan';
import type { ChangeRecorder, LogRecord } from './change-log';
import type { StoreContext } from './context';
import type { Sql } from './sql';

/** What a merge brings from theirs, read and planned beforehand. */
export interface MergeInput {
  plan: MergePlan;
  /** Theirs' change records mine lacks, in theirs' order: they join mine's log under their ids. */
  theirsLog: readonly LogRecord[];
  /** Theirs' authors (id, name, first_seen_at, last_seen_at). */
  authors: readonly Row[];
  /** The assets mine lacks: their metadata row, and a way to read the body when it is copied. */
  assets: readonly { meta: Row; body: () => Uint8Array | undefined }[];
  /** Theirs' merge_conflicts rows, from earlier merges. */
  theirsConflicts: readonly Row[];
}

/** Authors are people: the same id is the same person, so theirs only adds the missing ones. */
function copyAuthors(mine: Sql, authors: readonly Row[]): void {
  for (const a of authors) {
    mine.run(
      `INSERT INTO authors (id, name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET first_seen_at = min(first_seen_at, excluded.first_seen_at),
         last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
      a.id!, a.name!, a.first_seen_at!, a.last_seen_at!,
    );
  }
}

/** Copies the screenshots and original files mine lacks; assets are immutable, keyed by content. */
function copyAssets(mine: Sql, assets: MergeInput['assets']): number {
  let copied = 0;
  for (const { meta, body } of assets) {
    if (mine.get('SELECT 1 AS n FROM assets WHERE hash = ?', meta.hash!)) continue;
    const cols = Object.keys(meta).filter((c) => /^[a-z_]+$/.test(c));
    mine.run(`INSERT INTO assets (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, ...cols.map((c) => meta[c]!));
    const content = body();
    if (content) mine.run('INSERT INTO asset_content (hash, content) VALUES (?, ?)', String(meta.hash), content);
    copied++;
  }
  return copied;
}

const changedColumns = (from: Row, to: Row): Row =>
  Object.fromEntries(Object.entries(to).filter(([c, v]) => c !== 'id' && from[c] !== v));

/**
 * Writes one planned record. Two rules the schema enforces need care: one claim carries a tag
 * once (both sides may have added the same tag), and an article's revision numbers are unique
 * (both sides may have added "revision 2").
 */
function write(ctx: StoreContext, rec: ChangeRecorder, w: PlannedWrite, row: Row): void {
  if (w.table === 'claim_tags') {
    const twin = ctx.sql.get('SELECT id FROM claim_tags WHERE claim_id = ? AND tag_id = ? AND id <> ?', row.claim_id!, row.tag_id!, w.id);
    if (twin) {
      if (w.mine) rec.remove('claim_tags', w.id);
      return;
    }
  }
  if (w.table === 'article_revisions' && !w.mine) {
    const taken = ctx.sql.get('SELECT 1 AS n FROM article_revisions WHERE article_id = ? AND number = ?', row.article_id!, row.number!);
    if (taken) {
      const last = ctx.sql.get<{ n: number }>('SELECT max(number) AS n FROM article_revisions WHERE article_id = ?', row.article_id!)!;
      row = { ...row, number: last.n + 1 };
    }
  }
  if (w.mine) rec.update(w.table, w.id, changedColumns(w.mine, row));
  else rec.insert(w.table, row);
}

/**
 * Applies the planned writes. A tag's hotkey is unique at every moment, so hotkeys are set after
 * every tag is written; one that another tag of mine holds stays with mine, as a conflict.
 */
function applyWrites(ctx: StoreContext, rec: ChangeRecorder, plan: MergePlan): PlannedConflict[] {
  const hotkeys: { id: string; hotkey: number | null; mine: number | null; authorId: string }[] = [];
  for (const w of plan.writes) {
    if (w.row === null) {
      rec.remove(w.table, w.id);
      continue;
    }
    let row = w.row;
    if (w.table === 'tags' && row.hotkey !== (w.mine?.hotkey ?? null)) {
      hotkeys.push({ id: w.id, hotkey: row.hotkey as number | null, mine: (w.mine?.hotkey ?? null) as number | null, authorId: w.authorId });
      row = { ...row, hotkey: null };
    }
    write(ctx, rec, w, row);
  }
  const extra: PlannedConflict[] = [];
  for (const h of hotkeys) {
    const holder = h.hotkey === null ? undefined : ctx.sql.get('SELECT id FROM tags WHERE hotkey = ?', h.hotkey);
    if (!holder) rec.update('tags', h.id, { hotkey: h.hotkey });
    else extra.push({ table: 'tags', recordId: h.id, field: 'hotkey', kind: 'field', mine: h.mine, theirs: h.hotkey, theirsAuthorId: h.authorId });
  }
  return extra;
}

/** Records conflicts, and brings in theirs' own records of conflicts from earlier merges. */
function recordConflicts(ctx: StoreContext, rec: ChangeRecorder, theirsConflicts: readonly Row[], conflicts: readonly PlannedConflict[]): void {
  for (const c of theirsConflicts) {
    const mine = rec.find('merge_conflicts', String(c.id));
    if (!mine) rec.insert('merge_conflicts', c);
    else if (mine.resolution === null && c.resolution !== null) {
      rec.update('merge_conflicts', String(c.id), { resolution: c.resolution!, resolved_at: c.resolved_at!, resolved_by: c.resolved_by! });
    }
  }
  for (const c of conflicts) {
    const mineJson = JSON.stringify(c.mine);
    const theirsJson = JSON.stringify(c.theirs);
    const known = ctx.sql.get(
      `SELECT 1 AS n FROM merge_conflicts WHERE resolution IS NULL AND table_name = ? AND record_id = ? AND field IS ?
       AND mine_json = ? AND theirs_json = ?`,
      c.table, c.recordId, c.field, mineJson, theirsJson,
    );
    if (known) continue;
    rec.insert('merge_conflicts', {
      id: randomUUID(),
      table_name: c.table,
      record_id: c.recordId,
      field: c.field,
      kind: c.kind,
      mine_json: mineJson,
      theirs_json: theirsJson,
      theirs_author_id: c.theirsAuthorId,
      merged_at: rec.at,
      merged_by: rec.authorId,
      resolution: null,
      resolved_at: null,
      resolved_by: null,
    });
  }
}

/** Brings theirs into mine; returns how many assets came in and the conflicts recorded. */
export function applyMerge(ctx: StoreContext, rec: ChangeRecorder, input: MergeInput): { assets: number; conflicts: PlannedConflict[] } {
  copyAuthors(ctx.sql, input.authors);
  const assets = copyAssets(ctx.sql, input.assets);
  rec.adopt(input.theirsLog);
  const conflicts = [...input.plan.conflicts, ...applyWrites(ctx, rec, input.plan)];
  recordConflicts(ctx, rec, input.theirsConflicts, conflicts);
  return { assets, conflicts };
}
