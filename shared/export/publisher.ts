// Who publishes a project's fact-checks, for ClaimReview and MediaReview: the organisation (name,
// site, logo), the reviewer who wrote them (a Person), and where the report is published (each
// review's url is that address plus #claim-N, the claim's anchor in the HTML report). Set once per
// project (发布设置…, or the export command's flags) and used by every ClaimReview export.
import { z } from 'zod';

/** An http(s) address, or empty for "not set". */
const WebAddress = z.union([z.literal(''), z.url({ protocol: /^https?$/ })]);

export const PublisherSchema = z.object({
  organization: z.string().trim().max(200).default(''),
  organizationUrl: WebAddress.default(''),
  logoUrl: WebAddress.default(''),
  reviewer: z.string().trim().max(80).default(''),
  /** The published report's address; a review's url is this plus #claim-N. */
  reviewUrlBase: WebAddress.default(''),
});
export type Publisher = z.infer<typeof PublisherSchema>;

export const emptyPublisher = (): Publisher => PublisherSchema.parse({});

/** The review's address for claim number `n`: the base without any fragment, then #claim-n. */
export const reviewUrl = (base: string, n: number): string => `${base.split('#')[0]}#claim-${n}`;
