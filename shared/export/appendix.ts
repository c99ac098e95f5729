// The exports' appendix (issue 17): for each exported article, its open claim suggestions and its
// repost traces, so a reader of the HTML report or the PDF sees what the checker has not yet
// looked at and how the text travelled. A suggestion is open when no claim covers any of it and
// the user has not dismissed it (the project file keeps dismissals, by shared/suggest/key.ts).
import { artefactReport, type ArtefactFinding } from '../artefacts/report';
import type { Claim } from '../domain/claim';
import { suggestionKey } from '../suggest/key';
import { suggestClaims, type Suggestion } from '../suggest/suggest';


export interface ArticleAppendix {
  suggestions: Suggestion[];
  traces: ArtefactFinding[];
}

/** The appendix of one article: `claims` are all of its claims, whatever the export's filters keep. */
export function articleAppendix(articleId: string, text: string, claims: readonly Pick<Claim, 'anchor' | 'orphan'>[], dismissed: ReadonlySet<string>): ArticleAppendix {
  const all = suggestClaims(text);
  // Which code points the claims cover, so each suggestion is one look.
  const covered = new Uint8Array(all.reduce((most, s) => Math.max(most, s.end), 0));
  for (const c of claims) if (!c.orphan) covered.fill(1, Math.min(c.anchor.start, covered.length), Math.min(c.anchor.end, covered.length));
  return {
    suggestions: all.filter((s) => !dismissed.has(suggestionKey(articleId, s)) && covered.subarray(s.start, s.end).indexOf(1) < 0),
    traces: artefactReport(text),
  };
}
