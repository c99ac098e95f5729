// Which columns point at which records. A merge must not leave a record pointing at one the
// other side deleted (an evidence item added to a claim the other checker removed): the deleted
// record is kept and the deletion becomes a conflict instead.

export interface Reference {
  column: string;
  table: string;
}

export const REFERENCES: Readonly<Record<string, readonly Reference[]>> = {
  articles: [{ column: 'current_revision_id', table: 'article_revisions' }],
  article_revisions: [{ column: 'article_id', table: 'articles' }],
  claims: [
    { column: 'article_id', table: 'articles' },
    { column: 'revision_id', table: 'article_revisions' },
  ],
  claim_tags: [
    { column: 'claim_id', table: 'claims' },
    { column: 'tag_id', table: 'tags' },
  ],
  tags: [{ column: 'parent_id', table: 'tags' }],
  evidence_items: [{ column: 'claim_id', table: 'claims' }],
  comparisons: [{ column: 'article_id', table: 'articles' }],
  comparison_items: [{ column: 'comparison_id', table: 'comparisons' }],
  regions: [
    { column: 'item_id', table: 'comparison_items' },
    { column: 'claim_id', table: 'claims' },
  ],
};

/** The tables and columns that may point at a record of `table`. */
export function referrersOf(table: string): { table: string; column: string }[] {
  const out: { table: string; column: string }[] = [];
  for (const [from, refs] of Object.entries(REFERENCES)) {
    for (const r of refs) if (r.table === table) out.push({ table: from, column: r.column });
  }
  return out;
}
