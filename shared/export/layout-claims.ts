// The article with its claims highlighted and numbered, the claims in detail, and screenshot
// comparisons with their region notes: the body of the export layout.
import type { ExportArticle, ExportClaim, ExportComparison, ExportDocument } from './document';
import { paperTint, STRIPE_THICKNESS_PX, stripesCss } from '../domain/claim-color';
import { cssColor, esc, link } from './html';
import type { Labels } from './labels';
import { articleRuns, claimMarker, runLink, type Run, type RunBlock } from './segments';

const BLOCK_TAGS: Record<RunBlock['kind'], [string, string]> = {
  title: ['h2', ''],
  heading: ['h3', ''],
  paragraph: ['p', ''],
  quote: ['blockquote', ''],
  'list-item': ['p', 'list-item'],
  caption: ['p', 'caption'],
  figure: ['p', 'figure'],
  code: ['pre', ''],
};

/** `printIndex` is the article's place in the export when printing (its runs are then linked, see segments.ts). */
export function articleSection(article: ExportArticle, l: Labels, printIndex: number | null = null): string {
  const blocks = articleRuns(article).map((b, bi) => {
    const [tag, cls] = BLOCK_TAGS[b.kind];
    return `<${tag}${cls ? ` class="${cls}"` : ''}>${b.runs.map((run, ri) => runHtml(run, printIndex === null ? null : runLink(printIndex, bi, ri))).join('')}</${tag}>`;
  });
  const standalone = article.comparisons.filter((k) => k.claimId === null);
  return `<section class="article major" id="article-${esc(article.id)}">
${article.content.blocks.some((b) => b.kind === 'title') ? '' : `<h2>${esc(article.content.title || l.t('article'))}</h2>`}
<div class="text">
${blocks.join('\n')}
</div>
${standalone.length ? `<h3>${esc(l.t('comparisons'))}</h3>${standalone.map(comparisonHtml).join('')}` : ''}
</section>`;
}

/**
 * A run inside claims is one <mark> coloured as its innermost claim, with that claim's split
 * underline when it has several tags; an enclosing claim shows as an underline in its own colour
 * just below, so overlaps stay visible.
 */
function runHtml(run: Run, link: string | null): string {
  const markers = run.ending
    .map((c) => `<sup class="no" style="color:${cssColor(c.color)}"><a href="#claim-${c.number}">${claimMarker(c)}</a></sup>`)
    .join('');
  if (run.claims.length === 0) return esc(run.text) + markers;
  const inner = run.claims.at(-1)!;
  const outer = run.claims.length > 1 ? run.claims[0]! : null;
  const style = [
    inner.stripes.length ? `background:${stripesCss(inner.stripes)} left bottom/100% ${STRIPE_THICKNESS_PX}px no-repeat,${paperTint(inner.color)}` : `background:${paperTint(inner.color)}`,
    ...(outer ? [`box-shadow:0 ${STRIPE_THICKNESS_PX}px 0 ${cssColor(outer.color)}`] : []),
  ].join(';');
  const mark = `<mark data-claims="${run.claims.map((c) => c.number).join(' ')}" style="${style}">${esc(run.text)}</mark>`;
  return `${link ? `<a class="run" href="${link}">${mark}</a>` : mark}${markers}`;
}

export function claimsSection(doc: ExportDocument, l: Labels): string {
  const byClaim = new Map<string, ExportComparison[]>();
  for (const a of doc.articles) for (const k of a.comparisons) if (k.claimId) byClaim.set(k.claimId, [...(byClaim.get(k.claimId) ?? []), k]);
  return `<section class="claims major">
<h2>${esc(l.t('claims'))}</h2>
${doc.claims.map((c) => claimHtml(c, l, byClaim.get(c.id) ?? [])).join('\n')}
</section>`;
}

function claimHtml(c: ExportClaim, l: Labels, comparisons: ExportComparison[]): string {
  const rows: [string, string][] = [];
  if (c.tags.length) rows.push([l.t('tags'), c.tags.map((t) => `<span class="chip" style="background:${cssColor(t.color)}">${esc(t.name)}</span>`).join('')]);
  rows.push([l.t('strength'), esc(l.strength(c.strength))], [l.t('verdict'), esc(l.verdict(c.verdict))], [l.t('status'), esc(l.status(c.status))]);
  if (c.note) rows.push([l.t('note'), esc(c.note)]);
  if (c.evidence.length) rows.push([l.t('evidence'), `<ol class="evidence">${c.evidence.map((e) => `<li>${evidenceHtml(e, l)}</li>`).join('')}</ol>`]);
  if (c.authors.length) rows.push([l.t('authors'), esc(c.authors.join('、'))]);
  return `<article class="claim" id="claim-${c.number}" style="--c:${cssColor(c.color)}">
<h3>${claimMarker(c)}</h3>
<blockquote>${esc(c.anchor.exact)}</blockquote>
${c.placed ? '' : `<p class="unplaced">${esc(l.t('unplaced'))}</p>`}
<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>
${comparisons.map(comparisonHtml).join('')}
</article>`;
}

function evidenceHtml(e: ExportClaim['evidence'][number], l: Labels): string {
  const title = e.title || e.url;
  const head = e.url ? link(e.url, title) : esc(title);
  const meta = [e.publisher, e.date, l.stance(e.stance), l.reliability(e.reliability)].filter(Boolean).map(esc).join(' · ');
  const quote = e.quote ? `<br>“${esc(e.quote)}”` : '';
  const note = e.note.text ? `<br>${esc(e.note.text)}` : '';
  return `${head}${meta ? ` (${meta})` : ''}${quote}${note}`;
}

/**
 * Screenshots side by side; each region is drawn over its image in percent, so it scales with it.
 * Each image's size is given, so the page is laid out once, not again as each image arrives.
 */
function comparisonHtml(k: ExportComparison): string {
  const shots = k.screenshots.map((s) => {
    const regions = s.regions
      .map((r, i) => {
        const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;
        return `<div class="region" title="${esc(r.note)}" style="left:${pct(r.x, s.width)};top:${pct(r.y, s.height)};width:${pct(r.width, s.width)};height:${pct(r.height, s.height)}"><span>${i + 1}</span></div>`;
      })
      .join('');
    const notes = s.regions.length ? `<ol>${s.regions.map((r) => `<li>${esc(r.note)}</li>`).join('')}</ol>` : '';
    return `<figure class="shot"><div class="frame"><img src="${esc(s.src)}"${s.width > 0 && s.height > 0 ? ` width="${Math.round(s.width)}" height="${Math.round(s.height)}"` : ''} alt="${esc(s.label)}">${regions}</div><figcaption>${esc(s.label)}${s.caption ? ` · ${esc(s.caption)}` : ''}</figcaption>${notes}</figure>`;
  });
  return `<figure class="comparison"><figcaption><strong>${esc(k.title)}</strong>${k.note ? ` ${esc(k.note)}` : ''}</figcaption><div class="shots">${shots.join('')}</div></figure>`;
}
