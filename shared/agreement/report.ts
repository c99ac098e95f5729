// Inter-coder agreement between two checkers who annotated one article independently: claims
// paired by span, then agreement on tags (each tag present or absent on a pair), on verdicts and
// on evidence strength, and the disagreements worth talking through.
import { cohensKappa, type Agreement } from './kappa';
import { DEFAULT_MATCH_THRESHOLD, matchClaims, type ClaimMatch } from './match';

/** What agreement needs of a claim. */
export interface CodedClaim {
  id: string;
  start: number;
  end: number;
  exact: string;
  tagIds: readonly string[];
  verdict: string | null;
  strength: number | null;
}

export interface TagAgreement extends Agreement {
  tagId: string;
  name: string;
}

export type DisagreementKind = 'tag' | 'verdict' | 'strength' | 'only-a' | 'only-b';

export interface Disagreement {
  kind: DisagreementKind;
  exact: string;
  claimA: string | null;
  claimB: string | null;
  /** The tag concerned, for kind 'tag'. */
  tag?: string;
  a: string | number | null;
  b: string | number | null;
}

export interface AgreementReport {
  matched: number;
  onlyA: CodedClaim[];
  onlyB: CodedClaim[];
  tags: TagAgreement[];
  /** All tag decisions on all matched pairs pooled into one table. */
  overallTags: Agreement;
  verdicts: Agreement;
  strength: { n: number; meanAbsoluteDifference: number | null; differences: { claimA: string; claimB: string; a: number; b: number }[] };
  disagreements: Disagreement[];
}

export interface AgreementOptions {
  /** Tag names by id, for the report; unnamed tags show their id. */
  tagNames?: ReadonlyMap<string, string>;
  threshold?: number;
}

function tagAgreement(pairs: readonly ClaimMatch<CodedClaim, CodedClaim>[], tagIds: readonly string[], names: ReadonlyMap<string, string>) {
  return tagIds.map((tagId) => ({
    tagId,
    name: names.get(tagId) ?? tagId,
    ...cohensKappa(pairs.map((p) => [p.a.tagIds.includes(tagId), p.b.tagIds.includes(tagId)] as const)),
  }));
}

export function computeAgreement(a: readonly CodedClaim[], b: readonly CodedClaim[], opts: AgreementOptions = {}): AgreementReport {
  const names = opts.tagNames ?? new Map<string, string>();
  const { pairs, onlyA, onlyB } = matchClaims(a, b, opts.threshold ?? DEFAULT_MATCH_THRESHOLD);
  const tagIds = [...new Set([...a, ...b].flatMap((c) => c.tagIds))].sort((x, y) => (names.get(x) ?? x).localeCompare(names.get(y) ?? y));
  const tags = tagAgreement(pairs, tagIds, names);
  const overallTags = cohensKappa(pairs.flatMap((p) => tagIds.map((t) => [p.a.tagIds.includes(t), p.b.tagIds.includes(t)] as const)));

  const judged = pairs.filter((p) => p.a.verdict !== null && p.b.verdict !== null);
  const verdicts = cohensKappa(judged.map((p) => [p.a.verdict, p.b.verdict] as const));
  const rated = pairs.filter((p) => p.a.strength !== null && p.b.strength !== null);
  const differences = rated.map((p) => ({ claimA: p.a.id, claimB: p.b.id, a: p.a.strength!, b: p.b.strength! }));
  const mad = differences.length === 0 ? null : differences.reduce((s, d) => s + Math.abs(d.a - d.b), 0) / differences.length;

  const disagreements: Disagreement[] = [];
  for (const p of pairs) {
    const at = { exact: p.a.exact, claimA: p.a.id, claimB: p.b.id };
    for (const t of tagIds) {
      const [ia, ib] = [p.a.tagIds.includes(t), p.b.tagIds.includes(t)];
      if (ia !== ib) disagreements.push({ kind: 'tag', ...at, tag: names.get(t) ?? t, a: ia ? 1 : 0, b: ib ? 1 : 0 });
    }
    if (p.a.verdict !== p.b.verdict) disagreements.push({ kind: 'verdict', ...at, a: p.a.verdict, b: p.b.verdict });
    if (p.a.strength !== p.b.strength) disagreements.push({ kind: 'strength', ...at, a: p.a.strength, b: p.b.strength });
  }
  for (const c of onlyA) disagreements.push({ kind: 'only-a', exact: c.exact, claimA: c.id, claimB: null, a: null, b: null });
  for (const c of onlyB) disagreements.push({ kind: 'only-b', exact: c.exact, claimA: null, claimB: c.id, a: null, b: null });

  return {
    matched: pairs.length,
    onlyA: [...onlyA],
    onlyB: [...onlyB],
    tags,
    overallTags,
    verdicts,
    strength: { n: differences.length, meanAbsoluteDifference: mad, differences },
    disagreements,
  };
}
