// A claim for the renderer's unit tests: quoted by its id, anchored at `start`, otherwise blank.
import type { Claim } from '../../../shared/domain/claim';

export const SAMPLE_AT = '2026-01-01T00:00:00.000Z';

export const sampleClaim = (id: string, start: number, patch: Partial<Claim> = {}): Claim => ({
  id,
  articleId: 'a',
  revisionId: 'r',
  anchor: { exact: id, prefix: '', suffix: '', start, end: start + 2 },
  strength: null,
  verdict: null,
  status: 'to-check',
  assignee: null,
  note: { json: '', text: '' },
  orphan: false,
  tagIds: [],
  createdAt: SAMPLE_AT,
  createdBy: 'u',
  updatedAt: SAMPLE_AT,
  updatedBy: 'u',
  ...patch,
});
