// What the user did with suggestions in a project: the ones dismissed (so they do not come back)
// and how many of each kind were accepted or dismissed (so the user sees which rules serve them).
// Both live in the project file's settings (schema v6), read here from the workspace store.
// Before v6 this computer kept them in local storage by project id: that is handed over to the
// file once (handOverSuggestions) and then removed, and honoured meanwhile (a read-only file).
import { DISMISSED_PREFIX, SuggestionStatsSchema, type SuggestionStats } from '../../../shared/settings/settings';

const oldKeyOf = (projectId: string) => `pizhu.suggestions.${projectId}`;

export interface OldSuggestionState {
  dismissed: string[];
  stats: SuggestionStats;
}

/** What local storage still holds for the project from before v6, or null. */
export function readOldSuggestionState(projectId: string): OldSuggestionState | null {
  let raw: { dismissed?: unknown; stats?: unknown } | null;
  try {
    raw = JSON.parse(localStorage.getItem(oldKeyOf(projectId)) ?? 'null') as typeof raw;
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const dismissed = Array.isArray(raw.dismissed) ? raw.dismissed.filter((d): d is string => typeof d === 'string' && d.length > 0) : [];
  return { dismissed, stats: SuggestionStatsSchema.safeParse(raw.stats).data ?? {} };
}

/** Forgets the local copy once the file holds it. */
export const forgetOldSuggestionState = (projectId: string): void => localStorage.removeItem(oldKeyOf(projectId));

/** The dismissed suggestions' keys among the project's settings. */
export function dismissedKeys(settings: Readonly<Record<string, unknown>>, old: OldSuggestionState | null): Set<string> {
  const keys = new Set(old?.dismissed ?? []);
  for (const key of Object.keys(settings)) if (key.startsWith(DISMISSED_PREFIX)) keys.add(key.slice(DISMISSED_PREFIX.length));
  return keys;
}

export const statsOf = (settings: Readonly<Record<string, unknown>>): SuggestionStats => (settings['suggestions.stats'] as SuggestionStats | undefined) ?? {};
