// CSV: a row per claim for spreadsheets. UTF-8 with a BOM (so Excel reads the Chinese as UTF-8),
// CRLF line ends and RFC 4180 quoting. Headers and values are in the export's language, times in
// the exporting machine's local time with its offset, and each row names its article.
//
// Safe by construction: every cell goes through `csvCell`, which neutralises what a spreadsheet
// would run as a formula (OWASP's rule: a cell starting with = + - @, a tab or a carriage return
// gets a leading apostrophe), so a note like =HYPERLINK(…) is shown as text, never evaluated.
import { translate } from '../i18n';
import type { ExportDocument } from './document';
import { labels } from './labels';

export const CSV_COLUMNS = ['number', 'article', 'quote', 'tags', 'strength', 'verdict', 'status', 'note', 'evidenceUrls', 'authors', 'createdAt', 'updatedAt'] as const;

/** What a spreadsheet reads as the start of a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet shows and never evaluates; quoted when it holds a comma, quote, CR or LF. */
export function csvCell(value: string): string {
  const v = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-29 08:15:03 +08:00`: local wall time with its UTC offset, as a person reads it. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function renderCsv(doc: ExportDocument): string {
  const lang = doc.options.lang;
  const l = labels(lang);
  const list = lang === 'en' ? '; ' : '、';
  const titles = new Map(doc.articles.map((a) => [a.id, a.content.title]));
  const header = CSV_COLUMNS.map((c) => translate(lang, `csv.${c}`));
  const rows = doc.claims.map((c) => [
    String(c.number),
    titles.get(c.articleId) ?? '',
    c.anchor.exact,
    c.tags.map((t) => t.name).join(list),
    c.strength === null ? '' : l.strength(c.strength),
    c.verdict === null ? '' : l.verdict(c.verdict),
    l.status(c.status),
    c.note,
    c.evidence.map((e) => e.url).filter(Boolean).join(' '),
    c.authors.join(list),
    localTime(c.createdAt),
    localTime(c.updatedAt),
  ]);
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
