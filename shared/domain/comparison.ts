// A screenshot comparison (截图对比): screenshots side by side (e.g. 元宝, Kimi, 通义千问 answering
// one prompt), each with region notes (区域标注) that are W3C FragmentSelectors.
import { z } from 'zod';
import { AssetHashSchema, IdSchema, TimeSchema } from './ids';
import { RichNoteSchema } from './claim';

/** A rectangle on a screenshot in image pixels: the W3C FragmentSelector `xywh=pixel:x,y,w,h`. */
export const RegionSchema = z.object({
  id: IdSchema,
  itemId: IdSchema,
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  note: RichNoteSchema,
  /** The claim this region bears on, if any. */
  claimId: IdSchema.nullable(),
  sortOrder: z.number().int(),
});
export type Region = z.infer<typeof RegionSchema>;

export const regionFragment = (r: Pick<Region, 'x' | 'y' | 'width' | 'height'>): string =>
  `xywh=pixel:${r.x},${r.y},${r.width},${r.height}`;

export const ComparisonItemSchema = z.object({
  id: IdSchema,
  comparisonId: IdSchema,
  assetHash: AssetHashSchema,
  /** What the screenshot shows, e.g. "元宝". */
  label: z.string(),
  caption: z.string(),
  sortOrder: z.number().int(),
});
export type ComparisonItem = z.infer<typeof ComparisonItemSchema>;

export const ComparisonSchema = z.object({
  id: IdSchema,
  articleId: IdSchema.nullable(),
  claimId: IdSchema.nullable(),
  title: z.string(),
  note: RichNoteSchema,
  sortOrder: z.number().int(),
  createdAt: TimeSchema,
  createdBy: IdSchema,
});
export type Comparison = z.infer<typeof ComparisonSchema>;
