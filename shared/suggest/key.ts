// A suggestion's identity in a project: the article it is in, where it is (code points) and what
// it says. A dismissal is stored under this key, so the same statement stays dismissed while
// the article's text is the same, and comes back if the text around it changes.
export interface SuggestionSpan {
  start: number;
  end: number;
  exact: string;
}

export const suggestionKey = (articleId: string, s: SuggestionSpan): string => `${articleId}:${s.start}:${s.end}:${s.exact}`;

/** The article a suggestion key belongs to. */
export const articleOfSuggestionKey = (key: string): string => key.slice(0, Math.max(0, key.indexOf(':')));
