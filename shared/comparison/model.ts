// The screenshot comparison: 2 to 6 screenshots of the same question put to different
// assistants (元宝 / Kimi / 通义千问), each labelled, captioned and sourced, with region notes.
// Also the facts the image checks record about one screenshot file.
import { z } from 'zod';
import { RegionNoteSchema } from './regions';

export const IMAGE_FORMATS = ['png', 'jpeg', 'webp', 'gif'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const MIME_BY_FORMAT: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest');

/** What inspecting a screenshot file established; width and height are as displayed (EXIF-upright). */
export const ScreenshotInfoSchema = z.object({
  fileName: z.string(),
  format: z.enum(IMAGE_FORMATS),
  mime: z.string(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  byteSize: z.number().int().min(1),
  sha256: Sha256Schema,
});
export type ScreenshotInfo = z.infer<typeof ScreenshotInfoSchema>;

/** Fewer than two is not a comparison; more than six no longer fits side by side on a page. */
export const MIN_SCREENSHOTS = 2;
export const MAX_SCREENSHOTS = 6;
/** Labels name an assistant or a source ("通义千问", "Kimi 长文本版"), not describe it. */
export const MAX_LABEL_LENGTH = 40;

export const ComparisonScreenshotSchema = z.object({
  /** The image blob's SHA-256, as in ScreenshotInfo. */
  image: Sha256Schema,
  label: z.string().trim().min(1).max(MAX_LABEL_LENGTH),
  caption: z.string().default(''),
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** When the screenshot was taken, with its UTC offset: answers change from day to day. */
  capturedAt: z.iso.datetime({ offset: true }).optional(),
  regions: z.array(RegionNoteSchema).default([]),
});
export type ComparisonScreenshot = z.infer<typeof ComparisonScreenshotSchema>;

export const ComparisonSchema = z.object({
  title: z.string().trim().min(1),
  screenshots: z
    .array(ComparisonScreenshotSchema)
    .min(MIN_SCREENSHOTS)
    .max(MAX_SCREENSHOTS)
    // Two panels both called "Kimi" would make the comparison's point unreadable.
    .refine((shots) => new Set(shots.map((s) => s.label)).size === shots.length, 'labels must differ'),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** A copy of `items` with the one at `from` moved to `to` (both indices into the original). */
export function reorder<T>(items: readonly T[], from: number, to: number): T[] {
  const inRange = (i: number): boolean => Number.isInteger(i) && i >= 0 && i < items.length;
  if (!inRange(from) || !inRange(to)) throw new RangeError(`cannot move item ${from} to ${to} of ${items.length}`);
  const result = items.slice();
  const [moved] = result.splice(from, 1);
  result.splice(to, 0, moved as T);
  return result;
}
