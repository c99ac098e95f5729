// `npm run bench -- extraction`: how well imports find the title and the body of saved pages
// and PDFs (fixtures/extraction/expected.json, hand-checked), for Pizhu and for bare Readability
// on linkedom on the same pages. The body is scored by character-level precision, recall and F1
// over letters and digits (white space and punctuation ignored), aligned by longest common
// subsequence; the title by exact match.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { previewImport } from '../main/import';
import { report, result } from './lib';

interface Case {
  file: string;
  site: string;
  title: string;
  body: string;
}

const DIR = 'fixtures/extraction';
// The pages made for Pizhu (expected.json), then the public set: one answer key per saved page
// in public/ (SOURCES.md names each page's repository, commit and licence).
const PUBLIC = join(DIR, 'public');
const publicCases = existsSync(PUBLIC)
  ? readdirSync(PUBLIC)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(PUBLIC, f), 'utf8')) as Case)
  : [];
const only = process.env.PIZHU_EXTRACTION_ONLY;
const cases = [...(JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Case[]), ...publicCases].filter(
  (c) => !only || c.file.includes(only),
);
const letters = (s: string): string[] => [...s.replace(/[^\p{L}\p{N}]+/gu, '')];

/** Length of the longest common subsequence, in two rows. */
function lcs(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

function score(got: string, expected: string): { p: number; r: number; f1: number } {
  const g = letters(got);
  const e = letters(expected);
  const common = lcs(g, e);
  const p = g.length ? common / g.length : 0;
  const r = e.length ? common / e.length : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

async function pizhu(c: Case): Promise<{ title: string; body: string }> {
  const p = await previewImport({ fileName: c.file, bytes: readFileSync(join(DIR, c.file)), lang: 'zh-CN' });
  const titleBlock = p.content.blocks.find((b) => b.kind === 'title');
  const body = titleBlock ? [...p.content.text].slice(titleBlock.end).join('') : p.content.text;
  return { title: p.content.title, body };
}

function bare(c: Case): { title: string; body: string } | null {
  if (!c.file.endsWith('.html')) return null;
  const { document } = parseHTML(readFileSync(join(DIR, c.file), 'utf8'));
  const article = new Readability(document as never).parse();
  const { document: body } = parseHTML(`<html><body>${article?.content ?? ''}</body></html>`);
  return { title: article?.title ?? '', body: body.body.textContent ?? '' };
}

const pct = (n: number) => (n * 100).toFixed(1).padStart(5);
const rows: { file: string; ours: ReturnType<typeof score> & { title: boolean }; base: (ReturnType<typeof score> & { title: boolean }) | null }[] = [];
report('pages', cases.length);
report('sites', new Set(cases.map((c) => c.site)).size);
process.stdout.write(`${'file'.padEnd(28)} ${'site'.padEnd(20)}  Pizhu P/R/F1 (title)        Readability P/R/F1 (title)\n`);
for (const c of cases) {
  const ours = await pizhu(c);
  const theirs = bare(c);
  const row = {
    file: c.file,
    ours: { ...score(ours.body, c.body), title: ours.title === c.title },
    base: theirs ? { ...score(theirs.body, c.body), title: theirs.title.trim() === c.title } : null,
  };
  rows.push(row);
  const fmt = (s: typeof row.ours | null) => (s ? `${pct(s.p)} ${pct(s.r)} ${pct(s.f1)} (${s.title ? 'ok' : 'wrong'})` : '   n/a (PDF)');
  process.stdout.write(`${c.file.padEnd(28)} ${c.site.padEnd(20)}  ${fmt(row.ours).padEnd(28)} ${fmt(row.base)}\n`);
}
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const html = rows.filter((r) => r.base);
const figures = {
  pages: rows.length,
  titleAccuracy: mean(rows.map((r) => (r.ours.title ? 1 : 0))),
  meanF1: mean(rows.map((r) => r.ours.f1)),
  minF1: Math.min(...rows.map((r) => r.ours.f1)),
  htmlMeanF1: mean(html.map((r) => r.ours.f1)),
  readabilityHtmlMeanF1: mean(html.map((r) => r.base!.f1)),
  readabilityTitleAccuracy: mean(html.map((r) => (r.base!.title ? 1 : 0))),
  readabilityHtmlMinF1: Math.min(...html.map((r) => r.base!.f1)),
  publicPages: rows.filter((r) => r.file.startsWith('public/')).length,
  pagesBelow090: rows.filter((r) => r.ours.f1 < 0.9).map((r) => r.file),
};
for (const [k, v] of Object.entries(figures)) {
  report(k, Array.isArray(v) ? v.join(', ') || 'none' : typeof v === 'number' && v <= 1 ? v.toFixed(3) : v);
}
result(figures);
