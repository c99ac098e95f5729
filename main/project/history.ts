// A claim's history: every logged change to the claim, its tags, evidence and comparison links,
// newest first, with the author's name, for the inspector's 历史 list. The log names each
// change's claim in an indexed column, so this reads only the claim's own rows.
import type { StoreContext } from './context';
import type { HistoryEntryView } from '../../shared/api/views';

export type HistoryEntry = HistoryEntryView;

// Bookkeeping columns every edit touches; they say nothing a person would want to read.
const QUIET = new Set(['updated_at', 'updated_by', 'note_json', 'sort_order']);

/** Parameters: the claim id, the most entries to return. */
export const CLAIM_HISTORY_SQL = `SELECT g.at, g.author_id, coalesce(a.name, g.author_id) AS author_name, g.action, l.table_name, l.op, l.before_json, l.after_json
     FROM change_log l JOIN change_groups g ON g.no = l.group_no LEFT JOIN authors a ON a.id = g.author_id
     WHERE l.claim_id = ?1 AND l.table_name IN ('claims', 'claim_tags', 'evidence_items', 'claim_comparisons')
     ORDER BY l.seq DESC LIMIT ?2`;

export function claimHistory(ctx: StoreContext, claimId: string, limit = 200): HistoryEntry[] {
  const rows = ctx.sql.all(CLAIM_HISTORY_SQL, claimId, limit);
  return rows.map((r) => {
    const before = r.before_json ? (JSON.parse(String(r.before_json)) as Record<string, unknown>) : null;
    const after = r.after_json ? (JSON.parse(String(r.after_json)) as Record<string, unknown>) : null;
    // An update logs only the fields it changed.
    const fields =
      before && after
        ? Object.keys(after)
            .filter((k) => !QUIET.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
            .map((k) => ({ field: k, before: before[k], after: after[k] }))
        : r.table_name === 'claim_tags'
          ? // Which tag was added or removed.
            [{ field: 'tag_id', before: before?.tag_id ?? null, after: after?.tag_id ?? null }]
          : [];
    return {
      at: String(r.at),
      authorId: String(r.author_id),
      authorName: String(r.author_name),
      action: String(r.action),
      table: String(r.table_name),
      op: r.op as HistoryEntry['op'],
      fields,
    };
  });
}
