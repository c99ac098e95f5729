// What the user asks an export for: the format, which articles and claims, what to include, the
// paper and the language. One zod schema, so the app's API, the CLI and tests validate alike.
import { z } from 'zod';
import { IdSchema } from '../domain/ids';
import { STATUS_VALUES, VERDICT_VALUES } from '../domain/scales';
import { LanguageSchema } from '../preferences';
import { PublisherSchema } from './publisher';

export const EXPORT_FORMATS = ['pdf', 'html', 'md', 'csv', 'w3c', 'claimreview'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const PaperSchema = z.enum(['a4', 'letter']);
export type Paper = z.infer<typeof PaperSchema>;

/** `none` selects claims without a verdict (or strength) yet. */
export const VerdictFilterSchema = z.enum([...VERDICT_VALUES, 'none']);
export const StrengthFilterSchema = z.union([z.number().int().min(0).max(4), z.literal('none')]);

export const ExportOptionsSchema = z.object({
  format: ExportFormatSchema,
  /** Articles to export, in project order; all when absent. */
  articleIds: z.array(IdSchema).optional(),
  /** Each filter keeps a claim that matches any listed value; an absent filter keeps all. */
  verdicts: z.array(VerdictFilterSchema).optional(),
  statuses: z.array(z.enum(STATUS_VALUES)).optional(),
  tagIds: z.array(IdSchema).optional(),
  strengths: z.array(StrengthFilterSchema).optional(),
  include: z
    .object({
      notes: z.boolean().default(true),
      evidence: z.boolean().default(true),
      screenshots: z.boolean().default(true),
      authors: z.boolean().default(true),
      /** PDF and HTML: an appendix of each article's open claim suggestions and repost traces. */
      appendix: z.boolean().default(false),
    })
    .prefault({}),
  paper: PaperSchema.default('a4'),
  lang: LanguageSchema.default('zh-CN'),
  /** The fact-checking organisation named as ClaimReview author. */
  organization: z.string().default(''),
  /** Where the fact-check report is published: ClaimReview urls are this plus #claim-N. */
  reviewUrl: z.url().optional(),
  /** Who publishes the fact-checks (ClaimReview, MediaReview); overrides organization and reviewUrl. */
  publisher: PublisherSchema.optional(),
  /** Keys (shared/suggest/key.ts) of suggestions to leave out of the appendix besides those the project file dismisses. */
  dismissedSuggestions: z.array(z.string()).optional(),
  /** Names a running export so the app can ask how far it has come and cancel it. */
  jobId: z.uuid().optional(),
  /** The export time, fixed by tests for reproducible output; now when absent. */
  exportedAt: z.iso.datetime().optional(),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;
export type ExportRequest = z.input<typeof ExportOptionsSchema>;
