// Which claims the claims list shows and in what order. Pure.
import type { Claim } from '../../../shared/domain/claim';

/** A choice of '' means "any"; NONE means "not set". */
export const NONE = '__none';

export interface ClaimFilter {
  tag: string;
  verdict: string;
  status: string;
  strength: string;
  orphansOnly: boolean;
  sort: 'position' | 'updated';
}

export const NO_FILTER: ClaimFilter = { tag: '', verdict: '', status: '', strength: '', orphansOnly: false, sort: 'position' };

const matches = (want: string, value: string | null) => want === '' || (want === NONE ? value === null : want === value);

export function filterClaims(claims: readonly Claim[], f: ClaimFilter): Claim[] {
  const shown = claims.filter(
    (c) =>
      (f.tag === '' || (f.tag === NONE ? c.tagIds.length === 0 : c.tagIds.includes(f.tag))) &&
      matches(f.verdict, c.verdict) &&
      matches(f.status, c.status) &&
      matches(f.strength, c.strength === null ? null : String(c.strength)) &&
      (!f.orphansOnly || c.orphan),
  );
  return f.sort === 'updated'
    ? shown.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    : shown.sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
}
