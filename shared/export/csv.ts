// CSV: a row per claim for spreadsheets. UTF-8 with a BOM (so Excel reads the Chinese as UTF-8),
// CRLF line ends and RFC 4180 quoting.
import type { ExportDocument } from './document';
import { labels } from './labels';

export const CSV_COLUMNS = ['number', 'quote', 'tags', 'strength', 'verdict', 'status', 'note', 'evidence_urls', 'authors', 'created_at', 'updated_at'] as const;

/** A field quoted when it holds a comma, quote, CR or LF; quotes inside are doubled. */
export const csvField = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function renderCsv(doc: ExportDocument): string {
  const l = labels(doc.options.lang);
  const rows = doc.claims.map((c) => [
    String(c.number),
    c.anchor.exact,
    c.tags.map((t) => t.name).join('; '),
    c.strength === null ? '' : String(c.strength),
    c.verdict === null ? '' : l.verdict(c.verdict),
    l.status(c.status),
    c.note,
    c.evidence.map((e) => e.url).filter(Boolean).join(' '),
    c.authors.join('; '),
    c.createdAt,
    c.updatedAt,
  ]);
  return '\ufeff' + [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
