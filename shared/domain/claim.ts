// A claim (论断): a passage of an article anchored with W3C selectors, and what the checker
// concluded about it.
import { z } from 'zod';
import { STATUS_VALUES, VERDICT_VALUES } from './scales';
import { IdSchema, TimeSchema } from './ids';

/**
 * W3C TextQuoteSelector (exact, prefix, suffix) plus TextPositionSelector (start, end), the
 * positions in Unicode code points over the normalised text of the claim's article revision.
 */
export const TextAnchorSchema = z
  .object({
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((a) => a.start <= a.end, { message: 'start must not be after end' });
export type TextAnchor = z.infer<typeof TextAnchorSchema>;

/** A note (批注): the editor's rich text as serialised JSON, plus its plain text for search. */
export const RichNoteSchema = z.object({ json: z.string(), text: z.string() });
export type RichNote = z.infer<typeof RichNoteSchema>;

export const StrengthSchema = z.number().int().min(0).max(4).nullable();
export const VerdictSchema = z.enum(VERDICT_VALUES).nullable();
export const ClaimStatusSchema = z.enum(STATUS_VALUES);

/** The fields of a claim an edit may change; ClaimSchema and ClaimPatchSchema share them. */
const editableFields = {
  /** The article revision whose text the anchor counts in. */
  revisionId: IdSchema,
  anchor: TextAnchorSchema,
  strength: StrengthSchema,
  verdict: VerdictSchema,
  status: ClaimStatusSchema,
  /** Author id of the person checking it, or null. */
  assignee: IdSchema.nullable(),
  note: RichNoteSchema,
  /** True when re-anchoring could not place the claim in the current text. */
  orphan: z.boolean(),
  tagIds: z.array(IdSchema),
};

export const ClaimSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  ...editableFields,
  createdAt: TimeSchema,
  createdBy: IdSchema,
  updatedAt: TimeSchema,
  updatedBy: IdSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

export const NewClaimSchema = z.object({
  articleId: IdSchema,
  anchor: TextAnchorSchema,
  strength: StrengthSchema.default(null),
  verdict: VerdictSchema.default(null),
  status: ClaimStatusSchema.default('to-check'),
  assignee: IdSchema.nullable().default(null),
  note: RichNoteSchema.default({ json: '', text: '' }),
  tagIds: z.array(IdSchema).default([]),
});
export type NewClaim = z.input<typeof NewClaimSchema>;

/** What an edit may change on a claim; absent fields stay as they are. */
export const ClaimPatchSchema = z.object(editableFields).partial().strict();
export type ClaimPatch = z.infer<typeof ClaimPatchSchema>;
