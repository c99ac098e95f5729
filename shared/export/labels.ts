// Words an export prints, in the export's language: UI strings from the `export` catalog and
// the labels of the fact-checking scales.
import { RELIABILITIES, STANCES, STATUSES, STRENGTHS, VERDICTS, scaleLabel } from '../domain/scales';
import { translate } from '../i18n';
import type { Language } from '../preferences';
import type { ExportClaim } from './document';

export interface Labels {
  t(key: string, vars?: Record<string, string | number>): string;
  verdict(v: ExportClaim['verdict']): string;
  strength(s: ExportClaim['strength']): string;
  status(s: ExportClaim['status']): string;
  stance(s: string): string;
  reliability(r: string | null): string;
}

export function labels(lang: Language): Labels {
  return {
    t: (key, vars) => translate(lang, `export.${key}`, vars),
    verdict: (v) => (v === null ? translate(lang, 'export.noVerdict') : scaleLabel(VERDICTS, v, lang)!),
    strength: (s) => (s === null ? translate(lang, 'export.noStrength') : `${s} ${scaleLabel(STRENGTHS, s, lang)}`),
    status: (s) => scaleLabel(STATUSES, s, lang)!,
    stance: (s) => scaleLabel<string>(STANCES, s, lang) ?? s,
    reliability: (r) => (r === null ? '' : (scaleLabel<string>(RELIABILITIES, r, lang) ?? r)),
  };
}

/** Counts for the summary: claims per verdict (scale order, then none), per tag, per strength. */
export function claimCounts(claims: readonly ExportClaim[]) {
  const byVerdict = [...VERDICTS.map((v) => v.value), null].map((v) => ({ verdict: v, n: claims.filter((c) => c.verdict === v).length }));
  const tagNames = new Map<string, { name: string; color: string; n: number }>();
  let untagged = 0;
  for (const c of claims) {
    if (c.tags.length === 0) untagged++;
    for (const t of c.tags) {
      const entry = tagNames.get(t.id) ?? { name: t.name, color: t.color, n: 0 };
      entry.n++;
      tagNames.set(t.id, entry);
    }
  }
  const byStrength = [...STRENGTHS.map((s) => s.value), null].map((s) => ({ strength: s, n: claims.filter((c) => c.strength === s).length }));
  return { byVerdict: byVerdict.filter((v) => v.n > 0), byTag: [...tagNames.values()], untagged, byStrength };
}
