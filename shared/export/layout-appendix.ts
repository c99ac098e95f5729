// The appendix of the HTML report and the PDF: each exported article's open claim suggestions
// (quote, the tag it would be coded with, the reasons) and its repost traces (kind, quote,
// explanation, the likely original), worded in the export's language. Shown only when asked for.
import { ARTEFACT_KIND_LABELS } from '../artefacts/rules';
import type { ArticleAppendix } from './appendix';
import type { ExportArticle, ExportDocument } from './document';
import { esc } from './html';
import type { Labels } from './labels';

// A trace that covers a long stretch (half-width commas all through the text) is quoted in part.
const QUOTE_MAX = 40;

export function appendixSection(doc: ExportDocument, l: Labels): string {
  const articles = doc.articles.filter((a): a is ExportArticle & { appendix: ArticleAppendix } => Boolean(a.appendix));
  if (articles.length === 0) return '';
  const en = doc.options.lang === 'en';
  const quote = (text: string) => {
    const points = [...text.replace(/\s+/gu, ' ').trim()];
    return esc(l.t('appendixQuote', { text: points.length > QUOTE_MAX ? `${points.slice(0, QUOTE_MAX).join('')}…` : points.join('') }));
  };
  const body = articles.map(({ content, appendix }) => {
    const suggestions = appendix.suggestions.map((s) => `<li>${quote(s.exact)} <span class="tag-name">${esc(s.tag)}</span> ${esc(en ? s.reasonEn : s.reason)}</li>`);
    const traces = appendix.traces.map((f) => {
      const label = ARTEFACT_KIND_LABELS[f.kind];
      const parts = [
        `<strong>${esc(en ? label.en : label.zh)}</strong>`,
        quote(f.exact),
        f.count && f.count > 1 ? esc(l.t('appendixPlaces', { n: f.count })) : '',
        esc(en ? f.explanation.en : f.explanation.zh),
        f.suggestion ? esc(l.t('appendixReading', { text: f.suggestion })) : '',
      ];
      return `<li>${parts.filter(Boolean).join(' ')}</li>`;
    });
    return `${articles.length > 1 || doc.articles.length > 1 ? `<h3>${esc(content.title || l.t('article'))}</h3>` : ''}
<h4>${esc(l.t('appendixSuggestions', { n: suggestions.length }))}</h4>
${suggestions.length ? `<ol class="appendix-list">${suggestions.join('')}</ol>` : `<p class="appendix-none">${esc(l.t('appendixNoSuggestions'))}</p>`}
<h4>${esc(l.t('appendixTraces', { n: traces.length }))}</h4>
${traces.length ? `<ol class="appendix-list">${traces.join('')}</ol>` : `<p class="appendix-none">${esc(l.t('appendixNoTraces'))}</p>`}`;
  });
  return `<section class="appendix major">
<h2>${esc(l.t('appendix'))}</h2>
<p class="rule">${esc(l.t('appendixIntro'))}</p>
${body.join('\n')}
</section>`;
}
