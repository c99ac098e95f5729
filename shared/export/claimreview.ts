// schema.org ClaimReview JSON-LD, as search engines read fact-checks: one review per claim that
// has a verdict, except "opinion" (不适用(观点)): an opinion is not a factual claim, and
// publishing a rating for it would misstate what was checked. Claims without a verdict are not
// reviewed yet and are left out too.
//
// Rating: true 5, mostly true 4, half true 3, misleading 2, false 1. "unproven" has no place on
// that scale, so it carries no ratingValue, only the label (alternateName), which every review
// carries in the export's language.
import type { Verdict } from '../domain/scales';
import type { ExportClaim, ExportDocument } from './document';
import { labels } from './labels';
import { articleUrn } from './w3c';

export const RATING_VALUES: Partial<Record<Verdict, number>> = { true: 5, 'mostly-true': 4, 'half-true': 3, misleading: 2, false: 1 };

export const isReviewable = (c: ExportClaim): boolean => c.verdict !== null && c.verdict !== 'opinion';

export function renderClaimReviews(doc: ExportDocument): object[] {
  const l = labels(doc.options.lang);
  const organization = doc.options.organization || doc.project.title;
  return doc.articles.flatMap((a) => {
    const source = a.content.source;
    const articleUrl = source.url || articleUrn(a.id);
    const claimAuthor = source.author || source.publisher;
    return a.claims.filter(isReviewable).map((c) => {
      const rating = RATING_VALUES[c.verdict!];
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: doc.options.reviewUrl ? `${doc.options.reviewUrl}#claim-${c.number}` : `urn:pizhu:claim:${c.id}`,
        claimReviewed: c.anchor.exact,
        datePublished: c.updatedAt.slice(0, 10),
        inLanguage: doc.options.lang,
        author: { '@type': 'Organization', name: organization },
        ...(c.note ? { reviewBody: c.note } : {}),
        reviewRating: {
          '@type': 'Rating',
          ...(rating === undefined ? {} : { ratingValue: rating }),
          bestRating: 5,
          worstRating: 1,
          alternateName: l.verdict(c.verdict),
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(claimAuthor ? { author: { '@type': 'Organization', name: claimAuthor } } : {}),
          ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
          appearance: {
            '@type': 'CreativeWork',
            url: articleUrl,
            headline: a.content.title,
            ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
          },
        },
      };
    });
  });
}
