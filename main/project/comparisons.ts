// Screenshot comparisons (截图对比): their screenshots, region notes and the claims they back.
// Removing a comparison removes its screenshots' places in it and its region notes, never the
// image assets (other comparisons may use them; they are stored once by hash).
import { randomUUID } from 'node:crypto';
import {
  ComparisonItemPatchSchema,
  ComparisonPatchSchema,
  NewComparisonItemSchema,
  NewComparisonSchema,
  NewRegionSchema,
  RegionPatchSchema,
  type Comparison,
  type ComparisonItem,
  type ComparisonItemPatch,
  type ComparisonPatch,
  type NewComparison,
  type NewComparisonItem,
  type NewRegion,
  type Region,
  type RegionPatch,
} from '../../shared/domain/comparison';
import { MAX_SCREENSHOTS, MIN_SCREENSHOTS } from '../../shared/comparison/model';
import type { ChangeRecorder } from './change-log';
import { noteColumns, noteOf, notFound, type StoreContext } from './context';
import { projectError } from './errors';
import type { Row } from './sql';

const regionFromRow = (r: Row): Region => ({
  id: String(r.id),
  itemId: String(r.item_id),
  x: Number(r.x),
  y: Number(r.y),
  width: Number(r.width),
  height: Number(r.height),
  colour: String(r.colour),
  note: noteOf(r),
  claimId: r.claim_id == null ? null : String(r.claim_id),
  sortOrder: Number(r.sort_order),
});

function itemsOf(ctx: StoreContext, comparisonId: string): ComparisonItem[] {
  const rows = ctx.sql.all(
    `SELECT i.*, a.mime, a.width, a.height FROM comparison_items i JOIN assets a ON a.hash = i.asset_hash
     WHERE i.comparison_id = ? ORDER BY i.sort_order, i.id`,
    comparisonId,
  );
  return rows.map((r) => ({
    id: String(r.id),
    comparisonId: String(r.comparison_id),
    assetHash: String(r.asset_hash),
    thumbnailHash: r.thumbnail_hash == null ? null : String(r.thumbnail_hash),
    mime: String(r.mime),
    width: r.width == null ? null : Number(r.width),
    height: r.height == null ? null : Number(r.height),
    label: String(r.label),
    caption: String(r.caption),
    sourceUrl: String(r.source_url),
    capturedAt: r.captured_at == null ? null : String(r.captured_at),
    sortOrder: Number(r.sort_order),
    regions: ctx.sql.all('SELECT * FROM regions WHERE item_id = ? ORDER BY sort_order, id', String(r.id)).map(regionFromRow),
  }));
}

function comparisonFromRow(ctx: StoreContext, r: Row): Comparison {
  const id = String(r.id);
  return {
    id,
    articleId: r.article_id == null ? null : String(r.article_id),
    claimIds: ctx.sql
      .all<{ claim_id: string }>('SELECT claim_id FROM claim_comparisons WHERE comparison_id = ? ORDER BY created_at, id', id)
      .map((l) => l.claim_id),
    title: String(r.title),
    note: noteOf(r),
    sortOrder: Number(r.sort_order),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
    items: itemsOf(ctx, id),
  };
}

/** Every comparison, or those backing one claim. */
export function listComparisons(ctx: StoreContext, claimId?: string): Comparison[] {
  const rows = claimId
    ? ctx.sql.all(
        `SELECT c.* FROM comparisons c JOIN claim_comparisons l ON l.comparison_id = c.id
         WHERE l.claim_id = ? ORDER BY c.sort_order, c.id`,
        claimId,
      )
    : ctx.sql.all('SELECT * FROM comparisons ORDER BY sort_order, id');
  return rows.map((r) => comparisonFromRow(ctx, r));
}

export function getComparison(ctx: StoreContext, id: string): Comparison {
  const r = ctx.sql.get('SELECT * FROM comparisons WHERE id = ?', id);
  if (!r) throw notFound(ctx, 'comparison', id);
  return comparisonFromRow(ctx, r);
}

function requireAsset(ctx: StoreContext, hash: string | null): void {
  if (hash && !ctx.sql.get('SELECT 1 FROM assets WHERE hash = ?', hash)) throw notFound(ctx, 'asset', hash);
}

function insertItem(ctx: StoreContext, rec: ChangeRecorder, comparisonId: string, input: NewComparisonItem, sortOrder: number): string {
  const item = NewComparisonItemSchema.parse(input);
  requireAsset(ctx, item.assetHash);
  requireAsset(ctx, item.thumbnailHash);
  const id = randomUUID();
  rec.insert('comparison_items', {
    id,
    comparison_id: comparisonId,
    asset_hash: item.assetHash,
    thumbnail_hash: item.thumbnailHash,
    label: item.label,
    caption: item.caption,
    source_url: item.sourceUrl,
    captured_at: item.capturedAt,
    sort_order: sortOrder,
  });
  return id;
}

function setClaims(ctx: StoreContext, rec: ChangeRecorder, comparisonId: string, claimIds: readonly string[]): void {
  const wanted = new Set(claimIds);
  for (const id of wanted) if (!rec.find('claims', id)) throw notFound(ctx, 'claim', id);
  const current = ctx.sql.all<{ id: string; claim_id: string }>('SELECT id, claim_id FROM claim_comparisons WHERE comparison_id = ?', comparisonId);
  for (const link of current) if (!wanted.has(link.claim_id)) rec.remove('claim_comparisons', link.id);
  const have = new Set(current.map((l) => l.claim_id));
  for (const claimId of wanted) {
    if (have.has(claimId)) continue;
    rec.insert('claim_comparisons', { id: randomUUID(), claim_id: claimId, comparison_id: comparisonId, created_at: rec.at, created_by: rec.authorId });
  }
}

export function addComparison(ctx: StoreContext, rec: ChangeRecorder, input: NewComparison): string {
  const c = NewComparisonSchema.parse(input);
  if (c.articleId && !rec.find('articles', c.articleId)) throw notFound(ctx, 'article', c.articleId);
  const last = ctx.sql.get<{ n: number | null }>('SELECT max(sort_order) AS n FROM comparisons');
  const id = randomUUID();
  rec.insert('comparisons', {
    id,
    article_id: c.articleId,
    title: c.title,
    ...noteColumns(c.note),
    sort_order: (last?.n ?? -1) + 1,
    created_at: rec.at,
    created_by: rec.authorId,
  });
  c.items.forEach((item, i) => insertItem(ctx, rec, id, item, i));
  setClaims(ctx, rec, id, c.claimIds);
  return id;
}

export function updateComparison(ctx: StoreContext, rec: ChangeRecorder, id: string, input: ComparisonPatch): void {
  const patch = ComparisonPatchSchema.parse(input);
  if (!rec.find('comparisons', id)) throw notFound(ctx, 'comparison', id);
  const changes: Row = {};
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.note) Object.assign(changes, noteColumns(patch.note));
  if (Object.keys(changes).length) rec.update('comparisons', id, changes);
  if (patch.claimIds) setClaims(ctx, rec, id, patch.claimIds);
}

export function deleteComparison(ctx: StoreContext, rec: ChangeRecorder, id: string): void {
  if (!rec.find('comparisons', id)) throw notFound(ctx, 'comparison', id);
  for (const item of ctx.sql.all<{ id: string }>('SELECT id FROM comparison_items WHERE comparison_id = ?', id)) removeItemRows(ctx, rec, item.id);
  for (const link of ctx.sql.all<{ id: string }>('SELECT id FROM claim_comparisons WHERE comparison_id = ?', id)) rec.remove('claim_comparisons', link.id);
  rec.remove('comparisons', id);
}

function removeItemRows(ctx: StoreContext, rec: ChangeRecorder, itemId: string): void {
  for (const r of ctx.sql.all<{ id: string }>('SELECT id FROM regions WHERE item_id = ?', itemId)) rec.remove('regions', r.id);
  rec.remove('comparison_items', itemId);
}

function countItems(ctx: StoreContext, comparisonId: string): number {
  return Number(ctx.sql.get<{ n: number }>('SELECT count(*) AS n FROM comparison_items WHERE comparison_id = ?', comparisonId)!.n);
}

export function addComparisonItem(ctx: StoreContext, rec: ChangeRecorder, comparisonId: string, input: NewComparisonItem): string {
  if (!rec.find('comparisons', comparisonId)) throw notFound(ctx, 'comparison', comparisonId);
  const n = countItems(ctx, comparisonId);
  if (n >= MAX_SCREENSHOTS) throw projectError(ctx, 'invalid-argument', 'comparisonSize', { min: MIN_SCREENSHOTS, max: MAX_SCREENSHOTS });
  const last = ctx.sql.get<{ n: number | null }>('SELECT max(sort_order) AS n FROM comparison_items WHERE comparison_id = ?', comparisonId);
  return insertItem(ctx, rec, comparisonId, input, (last?.n ?? -1) + 1);
}

export function updateComparisonItem(ctx: StoreContext, rec: ChangeRecorder, itemId: string, input: ComparisonItemPatch): void {
  const patch = ComparisonItemPatchSchema.parse(input);
  if (!rec.find('comparison_items', itemId)) throw notFound(ctx, 'screenshot', itemId);
  const changes: Row = {};
  if (patch.label !== undefined) changes.label = patch.label;
  if (patch.caption !== undefined) changes.caption = patch.caption;
  if (patch.sourceUrl !== undefined) changes.source_url = patch.sourceUrl;
  if (patch.capturedAt !== undefined) changes.captured_at = patch.capturedAt;
  if (Object.keys(changes).length) rec.update('comparison_items', itemId, changes);
}

export function removeComparisonItem(ctx: StoreContext, rec: ChangeRecorder, itemId: string): void {
  const item = rec.find('comparison_items', itemId);
  if (!item) throw notFound(ctx, 'screenshot', itemId);
  if (countItems(ctx, String(item.comparison_id)) <= MIN_SCREENSHOTS) {
    throw projectError(ctx, 'invalid-argument', 'comparisonSize', { min: MIN_SCREENSHOTS, max: MAX_SCREENSHOTS });
  }
  removeItemRows(ctx, rec, itemId);
}

export function reorderComparisonItems(ctx: StoreContext, rec: ChangeRecorder, comparisonId: string, orderedIds: readonly string[]): void {
  const current = ctx.sql.all<{ id: string; sort_order: number }>('SELECT id, sort_order FROM comparison_items WHERE comparison_id = ?', comparisonId);
  if (current.length !== orderedIds.length || !current.every((c) => orderedIds.includes(c.id))) {
    throw projectError(ctx, 'invalid-argument', 'reorderMismatch', {});
  }
  orderedIds.forEach((id, i) => {
    if (current.find((c) => c.id === id)!.sort_order !== i) rec.update('comparison_items', id, { sort_order: i });
  });
}

export function addRegion(ctx: StoreContext, rec: ChangeRecorder, itemId: string, input: NewRegion): string {
  const region = NewRegionSchema.parse(input);
  const item = rec.find('comparison_items', itemId);
  if (!item) throw notFound(ctx, 'screenshot', itemId);
  if (region.claimId && !rec.find('claims', region.claimId)) throw notFound(ctx, 'claim', region.claimId);
  const last = ctx.sql.get<{ n: number | null }>('SELECT max(sort_order) AS n FROM regions WHERE item_id = ?', itemId);
  const id = randomUUID();
  const { note, ...fields } = region;
  rec.insert('regions', {
    id,
    item_id: itemId,
    x: fields.x,
    y: fields.y,
    width: fields.width,
    height: fields.height,
    colour: fields.colour,
    claim_id: fields.claimId,
    ...noteColumns(note),
    sort_order: (last?.n ?? -1) + 1,
  });
  return id;
}

export function updateRegion(ctx: StoreContext, rec: ChangeRecorder, id: string, input: RegionPatch): void {
  const patch = RegionPatchSchema.parse(input);
  if (!rec.find('regions', id)) throw notFound(ctx, 'region', id);
  const changes: Row = {};
  for (const key of ['x', 'y', 'width', 'height', 'colour'] as const) if (patch[key] !== undefined) changes[key] = patch[key];
  if (patch.claimId !== undefined) changes.claim_id = patch.claimId;
  if (patch.note) Object.assign(changes, noteColumns(patch.note));
  if (Object.keys(changes).length) rec.update('regions', id, changes);
}

export function deleteRegion(ctx: StoreContext, rec: ChangeRecorder, id: string): void {
  if (!rec.find('regions', id)) throw notFound(ctx, 'region', id);
  rec.remove('regions', id);
}
