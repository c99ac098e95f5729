// The agreement report as CSV (for a spreadsheet) and as a self-contained HTML page (to read or
// print for the team's discussion). Pure string builders; labels come from the UI catalogs.
import { translate } from '../i18n';
import type { Language } from '../preferences';
import type { Agreement } from './kappa';
import type { AgreementReport } from './report';

const csvCell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const csvLine = (cells: (string | number | null)[]): string => cells.map(csvCell).join(',');
const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);

function measures(report: AgreementReport, lang: Language): { measure: string; item: string; a: Agreement }[] {
  const t = (k: string) => translate(lang, `agreement.${k}`);
  return [
    ...report.tags.map((g) => ({ measure: t('tag'), item: g.name, a: g })),
    { measure: t('tag'), item: t('overall'), a: report.overallTags },
    { measure: t('verdict'), item: t('overall'), a: report.verdicts },
  ];
}

/** Two CSV tables: agreement per measure, then the disagreements to discuss. */
export function agreementCsv(report: AgreementReport, lang: Language): string {
  const t = (k: string) => translate(lang, `agreement.${k}`);
  const lines = [csvLine([t('measure'), t('item'), 'n', t('percent'), 'kappa'])];
  for (const m of measures(report, lang)) lines.push(csvLine([m.measure, m.item, m.a.n, round(m.a.percent), round(m.a.kappa)]));
  lines.push(csvLine([t('strength'), t('meanAbsoluteDifference'), report.strength.n, round(report.strength.meanAbsoluteDifference), null]));
  lines.push('');
  lines.push(csvLine([t('kind'), t('passage'), t('tag'), 'A', 'B', 'claim A', 'claim B']));
  for (const d of report.disagreements) {
    lines.push(csvLine([t(`kinds.${d.kind}`), d.exact, d.tag ?? null, d.a, d.b, d.claimA, d.claimB]));
  }
  return lines.join('\r\n') + '\r\n';
}

const escapeHtml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const cell = (v: string | number | null, tag = 'td'): string => `<${tag}>${escapeHtml(v === null ? '—' : String(v))}</${tag}>`;
const row = (cells: (string | number | null)[], tag = 'td'): string => `<tr>${cells.map((c) => cell(c, tag)).join('')}</tr>`;
const pct = (x: number | null): string | null => (x === null ? null : `${(x * 100).toFixed(1)}%`);

/** A standalone HTML page with both tables; every value is escaped. */
export function agreementHtml(report: AgreementReport, lang: Language, title: string): string {
  const t = (k: string) => translate(lang, `agreement.${k}`);
  const summary = measures(report, lang).map((m) => row([m.measure, m.item, m.a.n, pct(m.a.percent), round(m.a.kappa)]));
  summary.push(row([t('strength'), t('meanAbsoluteDifference'), report.strength.n, round(report.strength.meanAbsoluteDifference), null]));
  const disagreements = report.disagreements.map((d) => row([t(`kinds.${d.kind}`), d.exact, d.tag ?? null, d.a, d.b]));
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(translate(lang, 'agreement.matchedSummary', { matched: report.matched, onlyA: report.onlyA.length, onlyB: report.onlyB.length }))}</p>
<table>${row([t('measure'), t('item'), 'n', t('percent'), 'kappa'], 'th')}${summary.join('')}</table>
<h2>${escapeHtml(t('disagreements'))}</h2>
<table>${row([t('kind'), t('passage'), t('tag'), 'A', 'B'], 'th')}${disagreements.join('')}</table>
</body></html>
`;
}
