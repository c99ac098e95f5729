// The codebook (标签体系): tags, their nesting, hotkeys and order. Renaming a tag renames it
// everywhere at once because claims refer to tags by id; merging moves every use of one tag onto
// another.
import { randomUUID } from 'node:crypto';
import { DEFAULT_CODEBOOK, NewTagSchema, TagPatchSchema, type NewTag, type Tag, type TagPatch } from '../../shared/domain/codebook';
import type { ChangeRecorder } from './change-log';
import { notFound, type StoreContext } from './context';
import { deleteRecord } from './delete-record';
import { projectError } from './errors';
import type { Row, Sql } from './sql';

function tagFromRow(r: Row): Tag {
  return {
    id: String(r.id),
    name: String(r.name),
    color: String(r.color),
    description: String(r.description),
    hotkey: r.hotkey === null ? null : Number(r.hotkey),
    parentId: r.parent_id === null ? null : String(r.parent_id),
    sortOrder: Number(r.sort_order),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
  };
}

/** Seeds the default codebook into a new project (part of creating it, so not undoable). */
export function seedDefaultCodebook(sql: Sql, at: string, authorId: string): void {
  DEFAULT_CODEBOOK.forEach((t, i) =>
    sql.run(
      `INSERT INTO tags (id, name, color, description, hotkey, parent_id, sort_order, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
      randomUUID(), t.name, t.color, t.description, t.hotkey, i, at, authorId,
    ),
  );
}

export function listTags(ctx: StoreContext): Tag[] {
  return ctx.sql.all('SELECT * FROM tags ORDER BY parent_id IS NOT NULL, parent_id, sort_order, id').map(tagFromRow);
}

function requireTag(ctx: StoreContext, rec: ChangeRecorder, id: string): Row {
  const row = rec.find('tags', id);
  if (!row) throw notFound(ctx, 'tag', id);
  return row;
}

/** A hotkey belongs to one tag: giving it to `tagId` takes it from whichever tag had it. */
function freeHotkey(ctx: StoreContext, rec: ChangeRecorder, hotkey: number | null, tagId: string): void {
  if (hotkey === null) return;
  const holder = ctx.sql.get<{ id: string }>('SELECT id FROM tags WHERE hotkey = ? AND id <> ?', hotkey, tagId);
  if (holder) rec.update('tags', holder.id, { hotkey: null });
}

function checkParent(ctx: StoreContext, rec: ChangeRecorder, tagId: string, parentId: string | null): void {
  for (let p = parentId; p !== null; ) {
    if (p === tagId) throw projectError(ctx, 'invalid-argument', 'tagCycle');
    const parent = requireTag(ctx, rec, p);
    p = parent.parent_id === null ? null : String(parent.parent_id);
  }
}

export function addTag(ctx: StoreContext, rec: ChangeRecorder, input: NewTag): string {
  const tag = NewTagSchema.parse(input);
  const id = randomUUID();
  checkParent(ctx, rec, id, tag.parentId);
  freeHotkey(ctx, rec, tag.hotkey, id);
  const last = ctx.sql.get<{ n: number | null }>('SELECT max(sort_order) AS n FROM tags WHERE parent_id IS ?', tag.parentId);
  rec.insert('tags', {
    id,
    name: tag.name,
    color: tag.color,
    description: tag.description,
    hotkey: tag.hotkey,
    parent_id: tag.parentId,
    sort_order: (last?.n ?? -1) + 1,
    created_at: rec.at,
    created_by: rec.authorId,
  });
  return id;
}

export function updateTag(ctx: StoreContext, rec: ChangeRecorder, id: string, input: TagPatch): void {
  const patch = TagPatchSchema.parse(input);
  requireTag(ctx, rec, id);
  const changes: Row = {};
  if (patch.name !== undefined) changes.name = patch.name;
  if (patch.color !== undefined) changes.color = patch.color;
  if (patch.description !== undefined) changes.description = patch.description;
  if (patch.parentId !== undefined) {
    checkParent(ctx, rec, id, patch.parentId);
    changes.parent_id = patch.parentId;
  }
  if (patch.hotkey !== undefined) {
    freeHotkey(ctx, rec, patch.hotkey, id);
    changes.hotkey = patch.hotkey;
  }
  rec.update('tags', id, changes);
}

/** Moves every use of tag `fromId` onto `intoId` (claims, child tags), then deletes `fromId`. */
export function mergeTags(ctx: StoreContext, rec: ChangeRecorder, fromId: string, intoId: string): void {
  requireTag(ctx, rec, fromId);
  requireTag(ctx, rec, intoId);
  if (fromId === intoId) return;
  checkParent(ctx, rec, fromId, intoId);
  for (const link of ctx.sql.all<{ id: string; claim_id: string }>('SELECT id, claim_id FROM claim_tags WHERE tag_id = ?', fromId)) {
    const already = ctx.sql.get('SELECT 1 FROM claim_tags WHERE claim_id = ? AND tag_id = ?', link.claim_id, intoId);
    if (already) rec.remove('claim_tags', link.id);
    else rec.update('claim_tags', link.id, { tag_id: intoId });
  }
  for (const child of ctx.sql.all<{ id: string }>('SELECT id FROM tags WHERE parent_id = ?', fromId)) {
    rec.update('tags', child.id, { parent_id: intoId });
  }
  rec.remove('tags', fromId);
}

/** Deletes a tag: it comes off every claim, and its children move up to its parent (the record graph's rules). */
export function deleteTag(ctx: StoreContext, rec: ChangeRecorder, id: string): void {
  requireTag(ctx, rec, id);
  deleteRecord(ctx, rec, 'tags', id);
}

/** Puts sibling tags in the given order. */
export function reorderTags(ctx: StoreContext, rec: ChangeRecorder, orderedIds: readonly string[]): void {
  orderedIds.forEach((id, i) => {
    requireTag(ctx, rec, id);
    rec.update('tags', id, { sort_order: i });
  });
}
