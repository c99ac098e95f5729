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
import { noteColumns, noteOf, notFound, type StoreContext } from './context';
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

function setTags(ctx: StoreContext, rec: ChangeRecorder, claimId: string, tagIds: readonly string[]): void {
  const current = ctx.sql.all<{ id: string; tag_id: string }>('SELECT id, tag_id FROM claim_tags WHERE claim_id = ?', claimId);
  const wanted = new Set(tagIds);
  for (const link of current) if (!wanted.has(link.tag_id)) rec.remove('claim_tags', link.id);
  const have = new Set(current.map((l) => l.tag_id));
  for (const tagId of wanted) {
    if (have.has(tagId)) continue;
    if (!ctx.sql.get('SELECT 1 FROM tags WHERE id = ?', tagId)) throw notFound(ctx, 'tag', tagId);
    rec.insert('claim_tags', { id: randomUUID(), claim_id: claimId, tag_id: tagId, created_at: rec.at, created_by: rec.authorId });
  }
}

export function addClaim(ctx: StoreContext, rec: ChangeRecorder, input: NewClaim): string {
  const claim = NewClaimSchema.parse(input);
  const article = ctx.sql.get<{ rev: string }>('SELECT current_revision_id AS rev FROM articles WHERE id = ?', claim.articleId);
  if (!article) throw notFound(ctx, 'article', claim.articleId);
  checkAnchor(ctx, claim.articleId, article.rev, claim.anchor);
  const id = randomUUID();
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
    orphan: 0,
    created_at: rec.at,
    created_by: rec.authorId,
    updated_at: rec.at,
    updated_by: rec.authorId,
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
  if (patch.tagIds !== undefined) setTags(ctx, rec, id, patch.tagIds);
  rec.update('claims', id, { ...changes, updated_at: rec.at, updated_by: rec.authorId });
}

/** Deletes a claim with its tags, evidence and comparison links; comparisons and regions that cited it stay, unlinked. */
export function deleteClaim(ctx: StoreContext, rec: ChangeRecorder, id: string): void {
  if (!rec.find('claims', id)) throw notFound(ctx, 'claim', id);
  for (const t of ['claim_tags', 'evidence_items', 'claim_comparisons']) {
    for (const r of ctx.sql.all<{ id: string }>(`SELECT id FROM ${t} WHERE claim_id = ?`, id)) rec.remove(t, r.id);
  }
  for (const t of ['regions']) {
    for (const r of ctx.sql.all<{ id: string }>(`SELECT id FROM ${t} WHERE claim_id = ?`, id)) rec.update(t, r.id, { claim_id: null });
  }
  rec.remove('claims', id);
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
