// The project's settings (the `settings` table, schema v6): every key a project file may hold and
// the zod schema its JSON value must pass, declared once. Fixed keys hold one value each; a key
// family (a prefix) holds one row per member, as each dismissed suggestion is its own row, so a
// dismissal is a small insert and undoing it removes exactly that one.
import { z } from 'zod';
import { PublisherSchema, type Publisher } from '../export/publisher';
import { KINDS, type SuggestionKind } from '../suggest/rules';

const Count = z.number().int().min(0);

export const SuggestionKindSchema = z.enum(KINDS as [SuggestionKind, ...SuggestionKind[]]);

/** How many suggestions of each kind were accepted or dismissed: which rules serve this desk. */
export const SuggestionStatsSchema = z.partialRecord(SuggestionKindSchema, z.object({ accepted: Count, dismissed: Count }));
export type SuggestionStats = z.infer<typeof SuggestionStatsSchema>;

/** A dismissed suggestion; its kind is unknown for those handed over from before v6. */
export const DismissalSchema = z.object({ kind: SuggestionKindSchema.nullable() });
export type Dismissal = z.infer<typeof DismissalSchema>;

/** The keys holding one value each, and what their values are. */
export const SETTINGS = {
  /** Who publishes the project's fact-checks (ClaimReview): 发布设置…, `pizhu publisher`. */
  publisher: PublisherSchema,
  'suggestions.stats': SuggestionStatsSchema,
} as const;

export type SettingKey = keyof typeof SETTINGS;
export interface SettingValues {
  publisher: Publisher;
  'suggestions.stats': SuggestionStats;
}

/** The family of dismissed suggestions: this prefix, then the suggestion's key (shared/suggest/key.ts). */
export const DISMISSED_PREFIX = 'suggestions.dismissed/';

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTINGS, key);

/** The schema a stored key's value must pass; undefined for a key this version does not know. */
export function schemaOfKey(key: string): z.ZodType | undefined {
  if (isSettingKey(key)) return SETTINGS[key];
  if (key.startsWith(DISMISSED_PREFIX) && key.length > DISMISSED_PREFIX.length) return DismissalSchema;
  return undefined;
}

/** The stats after one more suggestion of `kind` was accepted or dismissed. */
export function countSuggestion(stats: SuggestionStats | undefined, kind: SuggestionKind, outcome: 'accepted' | 'dismissed'): SuggestionStats {
  const was = stats?.[kind] ?? { accepted: 0, dismissed: 0 };
  return { ...stats, [kind]: { ...was, [outcome]: was[outcome] + 1 } };
}

/** Two sets of stats added up (what a computer kept before v6, and what the file holds). */
export function addStats(a: SuggestionStats | undefined, b: SuggestionStats | undefined): SuggestionStats {
  const out: SuggestionStats = { ...a };
  for (const [kind, s] of Object.entries(b ?? {}) as [SuggestionKind, { accepted: number; dismissed: number }][]) {
    const was = out[kind] ?? { accepted: 0, dismissed: 0 };
    out[kind] = { accepted: was.accepted + s.accepted, dismissed: was.dismissed + s.dismissed };
  }
  return out;
}
