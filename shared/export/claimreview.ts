// schema.org ClaimReview JSON-LD, as search engines read fact-checks, and MediaReview for the
// screenshot comparisons that back a reviewed claim. One ClaimReview per claim that has a verdict,
// except "opinion" (不适用(观点)): an opinion is not a factual claim, and publishing a rating for
// it would misstate what was checked. Claims without a verdict are not reviewed yet.
//
// What makes them publishable (Google's fact-check structured data): `url` is the claim's anchor
// in the published report (the publisher's review URL base + #claim-N); the author is the
// publishing organisation (name, url, logo) with the reviewer as a Person, or the reviewer alone;
// itemReviewed is the Claim with its appearance (the article: url, headline, author typed Person
// for a byline and Organization for a publisher, date).
//
// Rating: true 5, mostly true 4, half true 3, misleading 2, false 1. "unproven" has no place on
// that scale, so it carries no ratingValue, only the label (alternateName, in the export's language).
import type { Verdict } from '../domain/scales';
import type { ExportArticle, ExportClaim, ExportDocument } from './document';
import { labels } from './labels';
import { emptyPublisher, reviewUrl, type Publisher } from './publisher';

export const RATING_VALUES: Partial<Record<Verdict, number>> = { true: 5, 'mostly-true': 4, 'half-true': 3, misleading: 2, false: 1 };

export const isReviewable = (c: ExportClaim): boolean => c.verdict !== null && c.verdict !== 'opinion';

/** One screenshot of a comparison, as MediaReview describes it: no image bytes, its hash. */
export interface ReviewedScreenshot {
  sha256: string;
  mime: string;
  width: number | null;
  height: number | null;
  label: string;
  caption: string;
  sourceUrl: string;
  capturedAt: string | null;
}

/** A screenshot comparison (截图对比) backing a claim. */
export interface ReviewedComparison {
  claimId: string;
  title: string;
  note: string;
  screenshots: ReviewedScreenshot[];
}

/** The publisher in force: the export's own settings, else the older organization and reviewUrl options. */
export function publisherOf(doc: ExportDocument): Publisher {
  const p = doc.options.publisher ?? emptyPublisher();
  return {
    ...p,
    organization: p.organization || doc.options.organization,
    reviewUrlBase: p.reviewUrlBase || (doc.options.reviewUrl ?? ''),
  };
}

type Node = Record<string, unknown>;

function authorOf(p: Publisher, c: ExportClaim): Node | undefined {
  const reviewer = p.reviewer || c.authors[0];
  const person = reviewer ? { '@type': 'Person', name: reviewer } : undefined;
  if (!p.organization) return person;
  return {
    '@type': 'Organization',
    name: p.organization,
    ...(p.organizationUrl ? { url: p.organizationUrl } : {}),
    ...(p.logoUrl ? { logo: { '@type': 'ImageObject', url: p.logoUrl } } : {}),
    ...(p.reviewer ? { employee: { '@type': 'Person', name: p.reviewer } } : {}),
  };
}

/** The claim as it appeared: the article with its headline, byline (a Person) or publisher (an Organization), and date. */
function claimOf(a: ExportArticle): Node {
  const s = a.content.source;
  const claimAuthor = s.author ? { '@type': 'Person', name: s.author } : s.publisher ? { '@type': 'Organization', name: s.publisher } : undefined;
  const appearance = {
    '@type': 'Article',
    ...(s.url ? { url: s.url } : {}),
    headline: a.content.title,
    ...(claimAuthor ? { author: claimAuthor } : {}),
    ...(s.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
    ...(s.publishedAt ? { datePublished: s.publishedAt } : {}),
  };
  return {
    '@type': 'Claim',
    ...(claimAuthor ? { author: claimAuthor } : {}),
    ...(s.publishedAt ? { datePublished: s.publishedAt } : {}),
    appearance,
    ...(s.url ? { firstAppearance: appearance } : {}),
  };
}

function mediaReview(k: ReviewedComparison, review: Node): Node {
  return {
    '@context': 'https://schema.org',
    '@type': 'MediaReview',
    url: review.url,
    datePublished: review.datePublished,
    inLanguage: review.inLanguage,
    ...(review.author ? { author: review.author } : {}),
    // The checker's own captures, shown as they were taken: original media, in the context the note gives.
    mediaAuthenticityCategory: 'OriginalMediaContent',
    originalMediaContextDescription: [k.title, k.note].filter(Boolean).join('：'),
    associatedClaimReview: { '@type': 'ClaimReview', url: review.url, claimReviewed: review.claimReviewed },
    itemReviewed: {
      '@type': 'MediaReviewItem',
      mediaItemAppearance: k.screenshots.map((s) => ({
        '@type': 'ImageObject',
        name: s.label,
        ...(s.caption ? { caption: s.caption } : {}),
        sha256: s.sha256,
        encodingFormat: s.mime,
        ...(s.width ? { width: s.width } : {}),
        ...(s.height ? { height: s.height } : {}),
        ...(s.capturedAt ? { dateCreated: s.capturedAt } : {}),
        ...(s.sourceUrl ? { url: s.sourceUrl } : {}),
      })),
    },
  };
}

/** ClaimReviews, each followed by the MediaReviews of the comparisons backing its claim. Needs the review URL base. */
export function renderClaimReviews(doc: ExportDocument, comparisons: readonly ReviewedComparison[] = []): object[] {
  const l = labels(doc.options.lang);
  const p = publisherOf(doc);
  return doc.articles.flatMap((a) => {
    const itemReviewed = claimOf(a);
    return a.claims.filter(isReviewable).flatMap((c) => {
      const rating = RATING_VALUES[c.verdict!];
      const author = authorOf(p, c);
      const review: Node = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: reviewUrl(p.reviewUrlBase, c.number),
        claimReviewed: c.anchor.exact,
        datePublished: c.updatedAt.slice(0, 10),
        inLanguage: doc.options.lang,
        ...(author ? { author } : {}),
        ...(p.organization ? { publisher: { '@type': 'Organization', name: p.organization, ...(p.organizationUrl ? { url: p.organizationUrl } : {}) } } : {}),
        ...(c.note ? { reviewBody: c.note } : {}),
        reviewRating: {
          '@type': 'Rating',
          ...(rating === undefined ? {} : { ratingValue: rating }),
          bestRating: 5,
          worstRating: 1,
          alternateName: l.verdict(c.verdict),
          name: l.verdict(c.verdict),
        },
        itemReviewed,
      };
      return [review, ...comparisons.filter((k) => k.claimId === c.id).map((k) => mediaReview(k, review))];
    });
  });
}
