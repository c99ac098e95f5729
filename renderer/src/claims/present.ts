// How a claim is presented wherever it appears: its colour (by first tag or by verdict), its
// one-line summary, and the labels of its scale values in the UI language.
import type { TFunction } from 'i18next';
import type { Claim } from '../../../shared/domain/claim';
import type { Tag } from '../../../shared/domain/codebook';
import { STATUSES, STRENGTHS, VERDICTS, scaleLabel, type ScaleEntry } from '../../../shared/domain/scales';

// The colour rule is shared with the exports, so a claim looks the same in the reader and on paper.
export { claimColor, NEUTRAL_COLOR, type ColorMode } from '../../../shared/domain/claim-color';

export const uiLang = (language: string): 'zh-CN' | 'en' => (language.startsWith('en') ? 'en' : 'zh-CN');

function label<V>(scale: readonly ScaleEntry<V>[], value: V | null, language: string): string | undefined {
  return value === null ? undefined : scaleLabel(scale, value, language === 'zh-TW' ? 'zh-TW' : uiLang(language));
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
