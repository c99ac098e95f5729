// The project file's record tables that edits change. The change log accepts edits to exactly
// these; a merge reconciles all of them but its own conflict records. One list, so a table added
// by a migration cannot be logged and then silently left out of merges.
export const RECORD_TABLES = [
  'project',
  'articles',
  'article_revisions',
  'claims',
  'claim_tags',
  'tags',
  'evidence_items',
  'comparisons',
  'comparison_items',
  'regions',
  'claim_comparisons',
] as const;

/** Conflicts a merge keeps until someone resolves them; logged, so undo and later merges see them. */
export const CONFLICT_TABLE = 'merge_conflicts';

export const LOGGED_TABLES: readonly string[] = [...RECORD_TABLES, CONFLICT_TABLE];
