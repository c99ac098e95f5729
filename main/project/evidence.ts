// Evidence items (证据) of a claim, in the order the checker arranged them.
import { randomUUID } from 'node:crypto';
import {
  EvidencePatchSchema,
  NewEvidenceItemSchema,
  type EvidenceItem,
  type EvidencePatch,
  type NewEvidenceItem,
} from '../../shared/domain/evidence';
import type { ChangeRecorder } from './change-log';
import { changedColumns, noteColumns, noteOf, notFound, type StoreContext } from './context';
import { deleteRecord } from './delete-record';
import type { Row } from './sql';

function evidenceFromRow(r: Row): EvidenceItem {
  return {
    id: String(r.id),
    claimId: String(r.claim_id),
    title: String(r.title),
    url: String(r.url),
    publisher: String(r.publisher),
    date: String(r.date),
    quote: String(r.quote),
    stance: r.stance as EvidenceItem['stance'],
    reliability: r.reliability as EvidenceItem['reliability'],
    note: noteOf(r),
    sortOrder: Number(r.sort_order),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
    updatedAt: String(r.updated_at),
    updatedBy: String(r.updated_by),
  };
}

export function listEvidence(ctx: StoreContext, claimId: string): EvidenceItem[] {
  return ctx.sql.all('SELECT * FROM evidence_items WHERE claim_id = ? ORDER BY sort_order, id', claimId).map(evidenceFromRow);
}

export function getEvidence(ctx: StoreContext, id: string): EvidenceItem {
  const r = ctx.sql.get('SELECT * FROM evidence_items WHERE id = ?', id);
  if (!r) throw notFound(ctx, 'evidence', id);
  return evidenceFromRow(r);
}

export function addEvidence(ctx: StoreContext, rec: ChangeRecorder, claimId: string, input: NewEvidenceItem): string {
  const item = NewEvidenceItemSchema.parse(input);
  if (!rec.find('claims', claimId)) throw notFound(ctx, 'claim', claimId);
  const last = ctx.sql.get<{ n: number | null }>('SELECT max(sort_order) AS n FROM evidence_items WHERE claim_id = ?', claimId);
  const id = randomUUID();
  const { note, ...fields } = item;
  rec.insert('evidence_items', {
    id,
    claim_id: claimId,
    ...fields,
    ...noteColumns(note),
    sort_order: (last?.n ?? -1) + 1,
    created_at: rec.at,
    created_by: rec.authorId,
    updated_at: rec.at,
    updated_by: rec.authorId,
  });
  return id;
}

export function updateEvidence(ctx: StoreContext, rec: ChangeRecorder, id: string, input: EvidencePatch): void {
  const { note, ...fields } = EvidencePatchSchema.parse(input);
  const before = rec.find('evidence_items', id);
  if (!before) throw notFound(ctx, 'evidence', id);
  const changes = changedColumns(before, { ...fields, ...(note ? noteColumns(note) : {}) } as Row);
  if (Object.keys(changes).length === 0) return;
  rec.update('evidence_items', id, { ...changes, updated_at: rec.at, updated_by: rec.authorId });
}

export function deleteEvidence(ctx: StoreContext, rec: ChangeRecorder, id: string): void {
  if (!rec.find('evidence_items', id)) throw notFound(ctx, 'evidence', id);
  deleteRecord(ctx, rec, 'evidence_items', id);
}

/** Puts a claim's evidence items in the given order. */
export function reorderEvidence(ctx: StoreContext, rec: ChangeRecorder, claimId: string, orderedIds: readonly string[]): void {
  orderedIds.forEach((id, i) => {
    if (rec.find('evidence_items', id)?.claim_id !== claimId) throw notFound(ctx, 'evidence', id);
    rec.update('evidence_items', id, { sort_order: i });
  });
}
