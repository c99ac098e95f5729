// Markdown: the report as plain text for wikis and mail. Claims are quoted and numbered; the
// article itself is not repeated, only the claims in it.
import type { ExportDocument } from './document';
import { claimCounts, labels } from './labels';
import { runningHead } from './print-setup';

/** Escapes what Markdown would read as markup at the start of a line or inline. */
const md = (s: string): string => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
const quote = (s: string): string => s.split('\n').map((line) => `> ${md(line)}`).join('\n');

export function renderMarkdown(doc: ExportDocument): string {
  const l = labels(doc.options.lang);
  const out: string[] = [`# ${md(runningHead(doc))}`, ''];
  for (const a of doc.articles) {
    const s = a.content.source;
    out.push(`## ${md(a.content.title)}`, '');
    if (s.url) out.push(`- ${l.t('source')}: <${s.url}>`);
    if (s.publisher) out.push(`- ${l.t('publisher')}: ${md(s.publisher)}`);
    if (s.author) out.push(`- ${l.t('author')}: ${md(s.author)}`);
    if (s.publishedAt) out.push(`- ${l.t('published')}: ${md(s.publishedAt)}`);
    out.push('');
  }
  if (doc.editors.length) out.push(`${l.t('editors')}: ${md(doc.editors.join('、'))}  `);
  out.push(`${l.t('exportedAt')}: ${doc.exportedAt.slice(0, 10)}`, '', `## ${l.t('summary')}`, '', l.t('claimCount', { n: doc.claims.length }), '');
  const counts = claimCounts(doc.claims);
  out.push(`| ${l.t('verdict')} | n |`, '| --- | ---: |', ...counts.byVerdict.map((v) => `| ${md(l.verdict(v.verdict))} | ${v.n} |`), '');
  out.push(`| ${l.t('tags')} | n |`, '| --- | ---: |', ...counts.byTag.map((t) => `| ${md(t.name)} | ${t.n} |`), '');
  out.push(`## ${l.t('claims')}`, '');
  for (const c of doc.claims) {
    out.push(`### [${c.number}]`, '', quote(c.anchor.exact), '');
    if (c.tags.length) out.push(`- ${l.t('tags')}: ${c.tags.map((t) => md(t.name)).join('、')}`);
    out.push(`- ${l.t('strength')}: ${md(l.strength(c.strength))}`, `- ${l.t('verdict')}: ${md(l.verdict(c.verdict))}`, `- ${l.t('status')}: ${md(l.status(c.status))}`);
    if (c.note) out.push(`- ${l.t('note')}: ${md(c.note).replace(/\n/g, '  \n  ')}`);
    for (const e of c.evidence) out.push(`- ${l.t('evidence')}: ${e.url ? `[${md(e.title || e.url)}](<${e.url}>)` : md(e.title)}${e.publisher ? ` (${md(e.publisher)})` : ''}`);
    if (c.authors.length) out.push(`- ${l.t('authors')}: ${md(c.authors.join('、'))}`);
    if (!c.placed) out.push(`- *${l.t('unplaced')}*`);
    out.push('');
  }
  return out.join('\n');
}
