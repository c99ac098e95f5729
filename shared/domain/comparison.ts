// A screenshot comparison (截图对比) as the project stores it: 2-6 screenshots side by side (e.g.
// 元宝, Kimi, 通义千问 answering one prompt), each labelled and sourced, with region notes
// (区域标注) that export as W3C FragmentSelectors. One comparison can back several claims.
import { z } from 'zod';
import { MAX_LABEL_LENGTH, MAX_SCREENSHOTS, MIN_SCREENSHOTS } from '../comparison/model';
import { AssetHashSchema, IdSchema, TimeSchema } from './ids';
import { RichNoteSchema } from './claim';

const ColourSchema = z.string().regex(/^#[0-9a-f]{6}$/i);

/** A rectangle on a screenshot in image pixels: the W3C FragmentSelector `xywh=pixel:x,y,w,h`. */
export const RegionSchema = z.object({
  id: IdSchema,
  itemId: IdSchema,
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  colour: ColourSchema,
  note: RichNoteSchema,
  /** The claim this region bears on, if any. */
  claimId: IdSchema.nullable(),
  sortOrder: z.number().int(),
});
export type Region = z.infer<typeof RegionSchema>;

export const regionFragment = (r: Pick<Region, 'x' | 'y' | 'width' | 'height'>): string =>
  `xywh=pixel:${r.x},${r.y},${r.width},${r.height}`;

const regionFields = {
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  colour: ColourSchema,
  note: RichNoteSchema,
  claimId: IdSchema.nullable(),
};

export const NewRegionSchema = z.object({
  ...regionFields,
  colour: regionFields.colour.default('#e5484d'),
  note: regionFields.note.default({ json: '', text: '' }),
  claimId: regionFields.claimId.default(null),
});
export type NewRegion = z.input<typeof NewRegionSchema>;
// Without the defaults: zod applies them even inside partial(), so moving a region would reset its colour, note and claim.
export const RegionPatchSchema = z.object(regionFields).partial().strict();
export type RegionPatch = z.infer<typeof RegionPatchSchema>;

const itemFields = {
  /** What the screenshot shows, e.g. "元宝". */
  label: z.string().trim().min(1).max(MAX_LABEL_LENGTH),
  caption: z.string(),
  sourceUrl: z.string(),
  /** When the screenshot was taken (ISO 8601), if known. */
  capturedAt: z.string().nullable(),
};

export const ComparisonItemSchema = z.object({
  id: IdSchema,
  comparisonId: IdSchema,
  assetHash: AssetHashSchema,
  thumbnailHash: AssetHashSchema.nullable(),
  mime: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  ...itemFields,
  sortOrder: z.number().int(),
  regions: z.array(RegionSchema),
});
export type ComparisonItem = z.infer<typeof ComparisonItemSchema>;

export const ComparisonSchema = z.object({
  id: IdSchema,
  articleId: IdSchema.nullable(),
  /** The claims this comparison backs. */
  claimIds: z.array(IdSchema),
  title: z.string(),
  note: RichNoteSchema,
  sortOrder: z.number().int(),
  createdAt: TimeSchema,
  createdBy: IdSchema,
  items: z.array(ComparisonItemSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const NewComparisonItemSchema = z.object({
  assetHash: AssetHashSchema,
  thumbnailHash: AssetHashSchema.nullable().default(null),
  label: itemFields.label,
  caption: z.string().default(''),
  sourceUrl: z.string().default(''),
  capturedAt: z.string().nullable().default(null),
});
export type NewComparisonItem = z.input<typeof NewComparisonItemSchema>;
// A corrected capture time must be a full date-time with its offset (or null: unknown); older
// files may hold other text, which reading keeps as it is.
export const ComparisonItemPatchSchema = z
  .object({ ...itemFields, capturedAt: z.iso.datetime({ offset: true }).nullable() })
  .partial()
  .strict();
export type ComparisonItemPatch = z.infer<typeof ComparisonItemPatchSchema>;

export const NewComparisonSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    articleId: IdSchema.nullable().default(null),
    claimIds: z.array(IdSchema).default([]),
    items: z.array(NewComparisonItemSchema).min(MIN_SCREENSHOTS).max(MAX_SCREENSHOTS),
    note: RichNoteSchema.default({ json: '', text: '' }),
  })
  .refine((c) => new Set(c.items.map((i) => i.label.trim())).size === c.items.length, {
    message: 'project.comparisonLabels',
    path: ['items'],
  });
export type NewComparison = z.input<typeof NewComparisonSchema>;

export const ComparisonPatchSchema = z
  .object({ title: z.string().trim().min(1).max(200), note: RichNoteSchema, claimIds: z.array(IdSchema) })
  .partial()
  .strict();
export type ComparisonPatch = z.infer<typeof ComparisonPatchSchema>;
