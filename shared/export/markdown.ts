// Markdown: the report as plain text for wikis and mail. Claims are quoted and numbered; the
// article itself is not repeated, only the claims in it. Links are made only for http(s) and
// mailto addresses: a `javascript:` or `data:` URL from an article's source or an evidence item is
// written as escaped text, so a Markdown renderer never makes it clickable.
import type { ExportDocument } from './document';
import { claimCounts, labels } from './labels';
import { runningHead } from './print-setup';

/** Escapes what Markdown would read as markup at the start of a line or inline. */
const md = (s: string): string => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
/** The address as a link target, or null when it is not http(s) or mailto. */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(trimmed)) return null;
  // Inside <…> a link ends at '>' or a line break; spaces are allowed but encoded for old renderers.
  return trimmed.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}

/** `text` linking to `url` when the address is safe; else the text and the address as plain text. */
const link = (text: string, url: string): string => {
  const href = safeHref(url);
  if (href) return `[${md(text || url)}](<${href}>)`;
  return text && text !== url ? `${md(text)} (${md(url)})` : md(url);
};

const quote = (s: string): string => s.split('\n').map((line) => `> ${md(line)}`).join('\n');

export function renderMarkdown(doc: ExportDocument): string {
  const l = labels(doc.options.lang);
  const out: string[] = [`# ${md(runningHead(doc))}`, ''];
  for (const a of doc.articles) {
    const s = a.content.source;
    out.push(`## ${md(a.content.title)}`, '');
    if (s.url) out.push(`- ${l.t('source')}: ${safeHref(s.url) ? `<${safeHref(s.url)}>` : md(s.url)}`);
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
    for (const e of c.evidence) out.push(`- ${l.t('evidence')}: ${e.url ? link(e.title, e.url) : md(e.title)}${e.publisher ? ` (${md(e.publisher)})` : ''}`);
    if (c.authors.length) out.push(`- ${l.t('authors')}: ${md(c.authors.join('、'))}`);
    if (!c.placed) out.push(`- *${l.t('unplaced')}*`);
    out.push('');
  }
  return out.join('\n');
}
