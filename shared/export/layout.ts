// The one HTML layout of an export, for print (PDF) and as a self-contained report: cover,
// summary, each article with its claims highlighted and numbered, then every claim in detail,
// and, when asked for, the appendix of open claim suggestions and repost traces.
// Pure string templates; every piece of user text goes through esc(), and there are no scripts.
import { NEUTRAL_COLOR, paperTint } from '../domain/claim-color';
import type { ExportDocument } from './document';
import { cssColor, esc, link } from './html';
import { claimCounts, labels, type Labels } from './labels';
import { appendixSection } from './layout-appendix';
import { articleSection, claimsSection } from './layout-claims';
import { runningHead } from './print-setup';
import { layoutCss } from './style';

export interface LayoutOptions {
  /** @font-face CSS (data: URLs) for the fonts the layout names; empty to use system fonts. */
  fontCss: string;
  /** Print layout (page breaks, no body margin) or a report to read in a browser. */
  forPrint: boolean;
}

export function renderExportHtml(doc: ExportDocument, { fontCss, forPrint }: LayoutOptions): string {
  const l = labels(doc.options.lang);
  return `<!doctype html>
<html lang="${doc.options.lang}">
<head>
<meta charset="utf-8">
<meta name="generator" content="Pizhu">
<title>${esc(runningHead(doc))}</title>
<style>${fontCss}${layoutCss(doc.options.paper, forPrint)}</style>
</head>
<body>
${cover(doc, l)}
${summary(doc, l)}
${doc.articles.map((a, i) => articleSection(a, l, forPrint ? i : null)).join('\n')}
${claimsSection(doc, l)}
${appendixSection(doc, l)}
</body>
</html>
`;
}

function cover(doc: ExportDocument, l: Labels): string {
  const rows: [string, string][] = [];
  const only = doc.articles.length === 1 ? doc.articles[0]!.content : null;
  if (only?.source.url) rows.push([l.t('source'), link(only.source.url)]);
  if (only?.source.publisher) rows.push([l.t('publisher'), esc(only.source.publisher)]);
  if (only?.source.author) rows.push([l.t('author'), esc(only.source.author)]);
  if (only?.source.publishedAt) rows.push([l.t('published'), esc(only.source.publishedAt)]);
  rows.push([l.t('project'), esc(doc.project.title)]);
  if (doc.editors.length) rows.push([l.t('editors'), esc(doc.editors.join('、'))]);
  rows.push([l.t('exportedAt'), esc(doc.exportedAt.slice(0, 10))]);
  const title = only ? only.title || doc.project.title : doc.project.title;
  return `<section class="cover">
<div class="kind">${esc(l.t('cover'))}</div>
<h1>${esc(title)}</h1>
${doc.articles.length > 1 ? `<ol>${doc.articles.map((a) => `<li>${esc(a.content.title)}</li>`).join('')}</ol>` : ''}
<dl class="facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>
</section>`;
}

function summary(doc: ExportDocument, l: Labels): string {
  const counts = claimCounts(doc.claims);
  // The legend: each tag's colour and the light tint its claims show in the text.
  const row = (label: string, n: number, color?: string) =>
    `<tr><td>${color ? `<span class="swatch" style="background:${paperTint(color)};border-color:${cssColor(color)}"></span>` : ''}${esc(label)}</td><td class="n">${n}</td></tr>`;
  return `<section class="summary major">
<h2>${esc(l.t('summary'))}</h2>
<p>${esc(l.t('claimCount', { n: doc.claims.length }))}</p>
<h3>${esc(l.t('byVerdict'))}</h3>
<table class="counts">${counts.byVerdict.map((v) => row(l.verdict(v.verdict), v.n)).join('')}</table>
<h3>${esc(l.t('byTag'))}</h3>
<table class="counts legend">${counts.byTag.map((t) => row(t.name, t.n, t.color)).join('')}${counts.untagged ? row(l.t('untagged'), counts.untagged, NEUTRAL_COLOR) : ''}</table>
<p class="rule">${esc(l.t('colorRule'))}</p>
<h3>${esc(l.t('byStrength'))}</h3>
${strengthChart(counts.byStrength.map((s) => ({ label: l.strength(s.strength), n: s.n })))}
</section>`;
}

/** A horizontal bar chart in inline SVG: prints crisply and needs no script. */
function strengthChart(bars: { label: string; n: number }[]): string {
  const max = Math.max(1, ...bars.map((b) => b.n));
  const rowH = 22;
  const labelW = 110;
  const barW = 300;
  const body = bars
    .map((b, i) => {
      const y = i * rowH;
      const w = Math.round((b.n / max) * barW);
      return `<text x="0" y="${y + 15}" font-size="11">${esc(b.label)}</text><rect x="${labelW}" y="${y + 4}" width="${w}" height="14" fill="#4a7ab5"/><text x="${labelW + w + 6}" y="${y + 15}" font-size="11">${b.n}</text>`;
    })
    .join('');
  return `<svg class="chart" role="img" width="${labelW + barW + 40}" height="${bars.length * rowH}" viewBox="0 0 ${labelW + barW + 40} ${bars.length * rowH}" font-family="Noto Sans SC, sans-serif">${body}</svg>`;
}
