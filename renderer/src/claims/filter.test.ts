import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/domain/claim';
import { filterClaims, NO_FILTER, NONE } from './filter';
import { sampleClaim as claim } from './sample-claim';

const claims = [
  claim('late', 50, { verdict: 'true', tagIds: ['data'], strength: 3, updatedAt: '2026-01-03T00:00:00.000Z' }),
  claim('early', 5, { verdict: 'false', updatedAt: '2026-01-02T00:00:00.000Z' }),
  claim('lost', 20, { orphan: true }),
];
const ids = (cs: Claim[]) => cs.map((c) => c.id);

describe('the claims list filter', () => {
  it('shows every claim in reading order by default', () => {
    expect(ids(filterClaims(claims, NO_FILTER))).toEqual(['early', 'lost', 'late']);
  });

  it('keeps claims with a verdict, or without one', () => {
    expect(ids(filterClaims(claims, { ...NO_FILTER, verdict: 'true' }))).toEqual(['late']);
    expect(ids(filterClaims(claims, { ...NO_FILTER, verdict: NONE }))).toEqual(['lost']);
  });

  it('filters by tag, by strength and to orphans only', () => {
    expect(ids(filterClaims(claims, { ...NO_FILTER, tag: 'data' }))).toEqual(['late']);
    expect(ids(filterClaims(claims, { ...NO_FILTER, tag: NONE }))).toEqual(['early', 'lost']);
    expect(ids(filterClaims(claims, { ...NO_FILTER, strength: '3' }))).toEqual(['late']);
    expect(ids(filterClaims(claims, { ...NO_FILTER, orphansOnly: true }))).toEqual(['lost']);
  });

  it('sorts by last change, newest first', () => {
    expect(ids(filterClaims(claims, { ...NO_FILTER, sort: 'updated' }))).toEqual(['late', 'early', 'lost']);
  });
});
