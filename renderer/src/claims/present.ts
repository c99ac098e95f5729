// How a claim is presented wherever it appears: its colour (by first tag or by verdict), its
// one-line summary, and the labels of its scale values in the UI language.
import type { TFunction } from 'i18next';
import type { Claim } from '../../../shared/domain/claim';
import type { Tag } from '../../../shared/domain/codebook';
import { STATUSES, STRENGTHS, VERDICTS, scaleLabel, type ScaleEntry } from '../../../shared/domain/scales';

export type ColorMode = 'tag' | 'verdict';

/** Untagged or unjudged claims: a highlighter yellow that reads on light and dark themes. */
export const NEUTRAL_COLOR = '#d4a72c';

// Green to red along the verdict scale, grey for "unproven", violet for opinions.
const VERDICT_COLORS: Record<string, string> = {
  true: '#2e7d32',
  'mostly-true': '#7cb342',
  'half-true': '#f9a825',
  misleading: '#ef6c00',
  false: '#c62828',
  unproven: '#757575',
  opinion: '#5e35b1',
};

export function claimColor(claim: Pick<Claim, 'tagIds' | 'verdict'>, tags: readonly Tag[], mode: ColorMode): string {
  if (mode === 'verdict') return (claim.verdict && VERDICT_COLORS[claim.verdict]) || NEUTRAL_COLOR;
  // "First" in codebook order: the store does not keep the order tags were applied in.
  return tags.find((t) => claim.tagIds.includes(t.id))?.color ?? NEUTRAL_COLOR;
}

export const uiLang = (language: string): 'zh-CN' | 'en' => (language.startsWith('en') ? 'en' : 'zh-CN');

function label<V>(scale: readonly ScaleEntry<V>[], value: V | null, language: string): string | undefined {
  return value === null ? undefined : scaleLabel(scale, value, uiLang(language));
}

export const verdictLabel = (v: Claim['verdict'], language: string) => label(VERDICTS, v, language);
export const statusLabel = (v: Claim['status'], language: string) => label(STATUSES, v, language);
export const strengthLabel = (v: Claim['strength'], language: string) => label(STRENGTHS, v, language);

/** One line for a tooltip: tags, verdict, strength and status. */
export function claimSummary(claim: Claim, tags: readonly Tag[], t: TFunction, language: string): string {
  const names = tags.filter((tag) => claim.tagIds.includes(tag.id)).map((tag) => tag.name);
  return [
    names.length ? names.join('、') : t('claim.untagged'),
    verdictLabel(claim.verdict, language) ?? t('claim.noVerdict'),
    claim.strength === null ? t('claim.noStrength') : t('claim.strengthShort', { n: claim.strength, label: strengthLabel(claim.strength, language) }),
    statusLabel(claim.status, language),
  ].join(' · ');
}
