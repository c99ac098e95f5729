// Which records a change belongs to: the claim, comparison and article whose history it is part
// of. The change log stores these beside each change, in indexed columns, so a claim's history
// is read by index instead of by opening every logged row. One function, from a table and its
// whole row, so the rule can later be derived from the declared record graph.
import type { Row } from './sql';

export interface Owners {
  claimId: string | null;
  comparisonId: string | null;
  articleId: string | null;
}

const id = (v: Row[string] | undefined): string | null => (v === null || v === undefined ? null : String(v));

/** The owners of `row` of `table`; `find` reads a current record (a region's comparison is its screenshot's). */
export function ownersOf(table: string, row: Row, find: (table: string, id: string) => Row | undefined): Owners {
  const none: Owners = { claimId: null, comparisonId: null, articleId: null };
  switch (table) {
    // A claim's own rows are the claim's history; the article's history finds them through claims.
    case 'claims':
      return { ...none, claimId: id(row.id) };
    case 'claim_tags':
    case 'evidence_items':
      return { ...none, claimId: id(row.claim_id) };
    case 'claim_comparisons':
      return { ...none, claimId: id(row.claim_id), comparisonId: id(row.comparison_id) };
    case 'comparisons':
      return { ...none, comparisonId: id(row.id), articleId: id(row.article_id) };
    case 'comparison_items':
      return { ...none, comparisonId: id(row.comparison_id) };
    case 'regions': {
      const item = row.item_id === null || row.item_id === undefined ? undefined : find('comparison_items', String(row.item_id));
      return { ...none, comparisonId: id(item?.comparison_id) };
    }
    case 'articles':
      return { ...none, articleId: id(row.id) };
    case 'article_revisions':
      return { ...none, articleId: id(row.article_id) };
    default:
      return none;
  }
}
