// Region notes on a screenshot, anchored as W3C Web Annotation FragmentSelectors over Media
// Fragments (`xywh=pixel:x,y,w,h`), so a region survives export, merge and re-display at any
// zoom. Only pixel units: percent regions would need the image size at parse time and no tool we
// exchange with writes them.
import { z } from 'zod';
import { RegionColourSchema } from './palette';

/** A rectangle in the screenshot's upright (EXIF-corrected) pixels. */
export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const MEDIA_FRAGMENTS = 'http://www.w3.org/TR/media-frags/';

export interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: typeof MEDIA_FRAGMENTS;
  value: string;
}

const isRegion = (r: Region): boolean =>
  [r.x, r.y, r.w, r.h].every(Number.isSafeInteger) && r.x >= 0 && r.y >= 0 && r.w >= 1 && r.h >= 1;

export const RegionSchema = z
  .object({ x: z.number().int().min(0), y: z.number().int().min(0), w: z.number().int().min(1), h: z.number().int().min(1) })
  .refine(isRegion, 'not a pixel region');

export function toFragmentSelector(region: Region): FragmentSelector {
  if (!isRegion(region)) throw new RangeError(`not a pixel region: ${JSON.stringify(region)}`);
  const { x, y, w, h } = region;
  return { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENTS, value: `xywh=pixel:${x},${y},${w},${h}` };
}

// The Media Fragments grammar: `pixel:` is the default unit and may be omitted; pixel values are
// unsigned integers. A leading `#` (as in a URL) is tolerated.
const XYWH = /^#?xywh=(?:pixel:)?(\d+),(\d+),(\d+),(\d+)$/;

/**
 * The region of an `xywh=` fragment, clamped to the image when its size is given; null for
 * anything else (percent units, negative or non-integer numbers, zero size, a region wholly
 * outside the image).
 */
export function parseFragmentSelector(value: string, bounds?: { width: number; height: number }): Region | null {
  const m = XYWH.exec(value.trim());
  if (!m) return null;
  const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
  const region = { x, y, w, h };
  if (!isRegion(region)) return null;
  return bounds ? clampRegion(region, bounds.width, bounds.height) : region;
}

/**
 * The part of a region that lies inside a width x height image, or null when none does. The
 * Media Fragments spec clips a region that overshoots the image rather than rejecting it: a note
 * drawn on a taller capture of the same answer stays where it was.
 */
export function clampRegion(region: Region, width: number, height: number): Region | null {
  const x = Math.max(0, region.x);
  const y = Math.max(0, region.y);
  const right = Math.min(width, region.x + region.w);
  const bottom = Math.min(height, region.y + region.h);
  if (right - x < 1 || bottom - y < 1) return null;
  return { x, y, w: right - x, h: bottom - y };
}

export const FragmentSelectorSchema = z.object({
  type: z.literal('FragmentSelector'),
  conformsTo: z.literal(MEDIA_FRAGMENTS),
  value: z.string().refine((v) => parseFragmentSelector(v) !== null, 'not an xywh=pixel: fragment'),
});

export const RegionNoteSchema = z.object({
  selector: FragmentSelectorSchema,
  note: z.string(),
  colour: RegionColourSchema,
});
export type RegionNote = z.infer<typeof RegionNoteSchema>;
