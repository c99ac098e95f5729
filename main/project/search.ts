// Search across the project: claims (their quotes and notes), evidence (title, publisher, quoted
// passage, note) and the articles' own text, for Chinese queries of any length, one character
// included. Substring matching (instr), not word tokens: Chinese has no spaces to split on.
import { CodePointIndex } from '../../shared/text/codepoints';
import type { StoreContext } from './context';

export interface SearchHit {
  kind: 'claim' | 'note' | 'evidence' | 'article';
  /** The claim the hit belongs to; null for a place in an article's text. */
  claimId: string | null;
  articleId: string;
  /** The text that matched, cut around the match. */
  excerpt: string;
  /** For a hit in an article's text: where, in code points of its current revision. */
  start?: number;
  end?: number;
}

/** Places in one article's text shown at most; the find bar lists the rest. */
const PER_ARTICLE = 20;

const around = (text: string, query: string, width = 24, at = text.indexOf(query)): string => {
  const start = Math.max(0, at - width);
  const end = Math.min(text.length, at + query.length + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
};

export function searchProject(ctx: StoreContext, query: string, limit = 200): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const hits: SearchHit[] = [];
  const claims = ctx.sql.all<{ id: string; article_id: string; exact: string; note_text: string }>(
    `SELECT id, article_id, exact, note_text FROM claims
     WHERE instr(exact, ?1) > 0 OR instr(note_text, ?1) > 0 ORDER BY article_id, start LIMIT ?2`,
    q,
    limit,
  );
  for (const c of claims) {
    if (c.exact.includes(q)) hits.push({ kind: 'claim', claimId: c.id, articleId: c.article_id, excerpt: around(c.exact, q) });
    if (c.note_text.includes(q)) hits.push({ kind: 'note', claimId: c.id, articleId: c.article_id, excerpt: around(c.note_text, q) });
  }
  const evidence = ctx.sql.all<{ claim_id: string; article_id: string; text: string }>(
    `SELECT e.claim_id, c.article_id, e.title || ' ' || e.publisher || ' ' || e.quote || ' ' || e.note_text AS text
     FROM evidence_items e JOIN claims c ON c.id = e.claim_id
     WHERE instr(e.title, ?1) > 0 OR instr(e.publisher, ?1) > 0 OR instr(e.quote, ?1) > 0 OR instr(e.note_text, ?1) > 0
     ORDER BY c.article_id, c.start LIMIT ?2`,
    q,
    limit,
  );
  for (const e of evidence) hits.push({ kind: 'evidence', claimId: e.claim_id, articleId: e.article_id, excerpt: around(e.text, q) });
  const articles = ctx.sql.all<{ article_id: string; text: string }>(
    `SELECT a.id AS article_id, r.text FROM articles a JOIN article_revisions r ON r.id = a.current_revision_id
     WHERE instr(r.text, ?1) > 0 ORDER BY a.sort_order`,
    q,
  );
  for (const a of articles) {
    const index = new CodePointIndex(a.text);
    let found = 0;
    for (let at = a.text.indexOf(q); at >= 0 && found < PER_ARTICLE && hits.length < limit; at = a.text.indexOf(q, at + q.length), found++) {
      const start = index.toCodePoint(at);
      hits.push({ kind: 'article', claimId: null, articleId: a.article_id, excerpt: around(a.text, q, 24, at), start, end: index.toCodePoint(at + q.length) });
    }
  }
  return hits.slice(0, limit);
}
