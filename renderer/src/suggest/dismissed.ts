// What the user did with suggestions, per project: the ones dismissed (so they do not come
// back) and how many of each kind were accepted or dismissed (so the user sees which rules serve
// them). Kept in this computer's local storage by project id, like the reader's other settings.
import type { SuggestionKind } from '../../../shared/suggest/rules';

export interface SuggestionStats {
  accepted: number;
  dismissed: number;
}

interface Stored {
  dismissed: string[];
  stats: Partial<Record<SuggestionKind, SuggestionStats>>;
}

const keyOf = (projectId: string) => `pizhu.suggestions.${projectId}`;

/** A suggestion's identity: where it is and what it says, in one article. */
export const suggestionKey = (articleId: string, s: { start: number; end: number; exact: string }) => `${articleId}:${s.start}:${s.end}:${s.exact}`;

export function readSuggestionState(projectId: string): Stored {
  try {
    const raw = JSON.parse(localStorage.getItem(keyOf(projectId)) ?? 'null') as Partial<Stored> | null;
    return { dismissed: Array.isArray(raw?.dismissed) ? raw.dismissed.filter((d) => typeof d === 'string') : [], stats: raw?.stats ?? {} };
  } catch {
    return { dismissed: [], stats: {} };
  }
}

export function recordSuggestion(projectId: string, kind: SuggestionKind, outcome: 'accepted' | 'dismissed', key?: string): Stored {
  const state = readSuggestionState(projectId);
  const stats = state.stats[kind] ?? { accepted: 0, dismissed: 0 };
  const next: Stored = {
    dismissed: key && outcome === 'dismissed' ? [...state.dismissed, key] : state.dismissed,
    stats: { ...state.stats, [kind]: { ...stats, [outcome]: stats[outcome] + 1 } },
  };
  localStorage.setItem(keyOf(projectId), JSON.stringify(next));
  return next;
}
