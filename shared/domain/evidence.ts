// An evidence item (证据): a source that supports, refutes or gives context to one claim.
import { z } from 'zod';
import { RELIABILITY_VALUES, STANCE_VALUES } from './scales';
import { IdSchema, TimeSchema } from './ids';
import { RichNoteSchema } from './claim';

export const StanceSchema = z.enum(STANCE_VALUES);
export const ReliabilitySchema = z.enum(RELIABILITY_VALUES);

const evidenceFields = {
  title: z.string(),
  url: z.string(),
  publisher: z.string(),
  /** Publication date as the source gives it (ISO 8601 preferred), or empty. */
  date: z.string(),
  /** The passage of the source that bears on the claim. */
  quote: z.string(),
  stance: StanceSchema,
  reliability: ReliabilitySchema.nullable(),
  note: RichNoteSchema,
};

export const EvidenceItemSchema = z.object({
  id: IdSchema,
  claimId: IdSchema,
  ...evidenceFields,
  sortOrder: z.number().int(),
  createdAt: TimeSchema,
  createdBy: IdSchema,
  updatedAt: TimeSchema,
  updatedBy: IdSchema,
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const NewEvidenceItemSchema = z.object({
  title: z.string().default(''),
  url: z.string().default(''),
  publisher: z.string().default(''),
  date: z.string().default(''),
  quote: z.string().default(''),
  stance: StanceSchema.default('context'),
  reliability: ReliabilitySchema.nullable().default(null),
  note: RichNoteSchema.default({ json: '', text: '' }),
});
export type NewEvidenceItem = z.input<typeof NewEvidenceItemSchema>;

export const EvidencePatchSchema = z.object(evidenceFields).partial().strict();
export type EvidencePatch = z.infer<typeof EvidencePatchSchema>;
