// Claims (论断): their anchors, judgements and tags. Every anchor is checked against the text of
// the revision it counts in before it is stored, so a stored claim always points at its quote.
import { randomUUID } from 'node:crypto';
import { CodePointIndex } from '../../shared/text/codepoints';
import {
  ClaimPatchSchema,
  NewClaimSchema,
  type Claim,
  type ClaimPatch,
  type NewClaim,
  type TextAnchor,
} from '../../shared/domain/claim';
import type { ChangeRecorder } from './change-log';
import { changedColumns, noteColumns, noteOf, notFound, type StoreContext } from './context';
import { deleteRecord } from './delete-record';
import { projectError } from './errors';
import { revisionText } from './articles';
import type { Row } from './sql';

/** What is wrong with `anchor` over `text`, or null when it lies inside and quotes it exactly. */
export function anchorProblem(text: CodePointIndex, anchor: Pick<TextAnchor, 'start' | 'end' | 'exact'>): string | null {
  const { start, end, exact } = anchor;
  if (!(start >= 0 && start <= end && end <= text.length)) {
    return `[${start}, ${end}) is outside 0..${text.length}`;
  }
  const found = text.slice(start, end);
  return found === exact ? null : `text at [${start}, ${end}) is "${found}", not "${exact}"`;
}

function checkAnchor(ctx: StoreContext, articleId: string, revisionId: string, anchor: TextAnchor): void {
  const problem = anchorProblem(new CodePointIndex(revisionText(ctx, articleId, revisionId)), anchor);
  if (problem) throw projectError(ctx, 'invalid-argument', 'badAnchor', { detail: problem });
}

const anchorColumns = (a: TextAnchor): Row => ({
  exact: a.exact,
  prefix: a.prefix,
  suffix: a.suffix,
  start: a.start,
  end: a.end,
});

function claimFromRow(r: Row, tagIds: string[]): Claim {
  return {
    id: String(r.id),
    articleId: String(r.article_id),
    revisionId: String(r.revision_id),
    anchor: { exact: String(r.exact), prefix: String(r.prefix), suffix: String(r.suffix), start: Number(r.start), end: Number(r.end) },
    strength: r.strength === null ? null : Number(r.strength),
    verdict: r.verdict as Claim['verdict'],
    status: r.status as Claim['status'],
    assignee: r.assignee === null ? null : String(r.assignee),
    note: noteOf(r),
    orphan: r.orphan === 1,
    tagIds,
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
    updatedAt: String(r.updated_at),
    updatedBy: String(r.updated_by),
  };
}

/** Gives the claim exactly these tags; true when that changed anything. */
function setTags(ctx: StoreContext, rec: ChangeRecorder, claimId: string, tagIds: readonly string[]): boolean {
  let changed = false;
  const current = ctx.sql.all<{ id: string; tag_id: string }>('SELECT id, tag_id FROM claim_tags WHERE claim_id = ?', claimId);
  const wanted = new Set(tagIds);
  for (const link of current) {
    if (wanted.has(link.tag_id)) continue;
    rec.remove('claim_tags', link.id);
    changed = true;
  }
  const have = new Set(current.map((l) => l.tag_id));
  for (const tagId of wanted) {
    if (have.has(tagId)) continue;
    if (!ctx.sql.get('SELECT 1 FROM tags WHERE id = ?', tagId)) throw notFound(ctx, 'tag', tagId);
    rec.insert('claim_tags', { id: randomUUID(), claim_id: claimId, tag_id: tagId, created_at: rec.at, created_by: rec.authorId });
    changed = true;
  }
  return changed;
}

export function addClaim(ctx: StoreContext, rec: ChangeRecorder, input: NewClaim): string {
  return insertClaim(ctx, rec, input, { id: randomUUID(), createdAt: rec.at, updatedAt: rec.at });
}

/**
 * Who made a claim and when, as an imported annotation says (an annotation exported by Pizhu
 * keeps its claim's id, so importing it again finds the claim instead of making another).
 */
export interface ClaimOrigin {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Who made and last changed it; the one who imports when absent. */
  createdBy?: { id: string; name: string };
  updatedBy?: { id: string; name: string };
  /** Kept although it could not be placed in the current text. */
  orphan?: boolean;
}

/** Adds a claim with the id, times and authors an imported annotation carries; unknown authors are added. */
export function importClaim(ctx: StoreContext, rec: ChangeRecorder, input: NewClaim, origin: ClaimOrigin): string {
  return insertClaim(ctx, rec, input, origin);
}

function insertClaim(ctx: StoreContext, rec: ChangeRecorder, input: NewClaim, origin: ClaimOrigin): string {
  const claim = NewClaimSchema.parse(input);
  const article = ctx.sql.get<{ rev: string }>('SELECT current_revision_id AS rev FROM articles WHERE id = ?', claim.articleId);
  if (!article) throw notFound(ctx, 'article', claim.articleId);
  checkAnchor(ctx, claim.articleId, article.rev, claim.anchor);
  for (const a of [origin.createdBy, origin.updatedBy]) {
    // Authors are people, not logged records: an id already known keeps its name.
    if (a) ctx.sql.run('INSERT INTO authors (id, name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING', a.id, a.name, origin.createdAt, origin.updatedAt);
  }
  const id = origin.id;
  rec.insert('claims', {
    id,
    article_id: claim.articleId,
    revision_id: article.rev,
    ...anchorColumns(claim.anchor),
    strength: claim.strength,
    verdict: claim.verdict,
    status: claim.status,
    assignee: claim.assignee,
    ...noteColumns(claim.note),
    orphan: origin.orphan ? 1 : 0,
    created_at: origin.createdAt,
    created_by: origin.createdBy?.id ?? rec.authorId,
    updated_at: origin.updatedAt,
    updated_by: origin.updatedBy?.id ?? rec.authorId,
  });
  setTags(ctx, rec, id, claim.tagIds);
  return id;
}

export function updateClaim(ctx: StoreContext, rec: ChangeRecorder, id: string, input: ClaimPatch): void {
  const patch = ClaimPatchSchema.parse(input);
  const before = rec.find('claims', id);
  if (!before) throw notFound(ctx, 'claim', id);
  const changes: Row = {};
  if (patch.anchor || patch.revisionId) {
    const revisionId = patch.revisionId ?? String(before.revision_id);
    const anchor = patch.anchor ?? claimFromRow(before, []).anchor;
    checkAnchor(ctx, String(before.article_id), revisionId, anchor);
    Object.assign(changes, anchorColumns(anchor), { revision_id: revisionId });
  }
  if (patch.strength !== undefined) changes.strength = patch.strength;
  if (patch.verdict !== undefined) changes.verdict = patch.verdict;
  if (patch.status !== undefined) changes.status = patch.status;
  if (patch.assignee !== undefined) changes.assignee = patch.assignee;
  if (patch.note !== undefined) Object.assign(changes, noteColumns(patch.note));
  if (patch.orphan !== undefined) changes.orphan = patch.orphan ? 1 : 0;
  const tagsChanged = patch.tagIds !== undefined && setTags(ctx, rec, id, patch.tagIds);
  const changed = changedColumns(before, changes);
  // A patch equal to what is stored is not an edit: no new updated_at, nothing logged.
  if (Object.keys(changed).length === 0 && !tagsChanged) return;
  rec.update('claims', id, { ...changed, updated_at: rec.at, updated_by: rec.authorId });
}

/**
 * Deletes a claim with its tags and evidence (the record graph's rules); comparisons and region
 * notes that cited it stay, unlinked.
 */
export function deleteClaim(ctx: StoreContext, rec: ChangeRecorder, id: string): void {
  if (!rec.find('claims', id)) throw notFound(ctx, 'claim', id);
  deleteRecord(ctx, rec, 'claims', id);
}

export function getClaim(ctx: StoreContext, id: string): Claim {
  const r = ctx.sql.get('SELECT * FROM claims WHERE id = ?', id);
  if (!r) throw notFound(ctx, 'claim', id);
  const tags = ctx.sql.all<{ tag_id: string }>('SELECT tag_id FROM claim_tags WHERE claim_id = ? ORDER BY created_at, id', id);
  return claimFromRow(r, tags.map((t) => t.tag_id));
}

/** The claims of an article in text order. */
export function listClaims(ctx: StoreContext, articleId: string): Claim[] {
  const tagsByClaim = new Map<string, string[]>();
  for (const t of ctx.sql.all<{ claim_id: string; tag_id: string }>(
    `SELECT ct.claim_id, ct.tag_id FROM claim_tags ct JOIN claims c ON c.id = ct.claim_id
     WHERE c.article_id = ? ORDER BY ct.created_at, ct.id`,
    articleId,
  )) {
    const list = tagsByClaim.get(t.claim_id) ?? [];
    list.push(t.tag_id);
    tagsByClaim.set(t.claim_id, list);
  }
  return ctx.sql
    .all('SELECT * FROM claims WHERE article_id = ? ORDER BY start, end, id', articleId)
    .map((r) => claimFromRow(r, tagsByClaim.get(String(r.id)) ?? []));
}
