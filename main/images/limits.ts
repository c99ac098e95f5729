// What a screenshot may be: its byte size and pixel count limits, checked before any pixel is
// decoded so a mistaken pick or a decompression bomb is refused cheaply and with a clear reason.
import type { Language } from '../../shared/preferences';
import { imageError } from './errors';

/**
 * Largest screenshot file: 50 MB. A full-page 4K capture as PNG is a few MB; the limit leaves
 * room for long scrolling captures while keeping a video or disk image from being read in.
 */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

/**
 * Most pixels in a screenshot: 100 megapixels (e.g. 1440 x 69 000, a very long scrolling
 * capture). Decoded as RGBA that is 400 MB, the most the main process should hold for one image;
 * it is also what stops a small file that claims huge dimensions.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** Smallest side in pixels; an image of zero width or height has nothing to compare. */
export const MIN_IMAGE_SIDE = 1;

/**
 * sharp options for decoding a stored or incoming screenshot. `failOn: 'warning'` is what makes
 * a JPEG with garbage in its scan data fail: libjpeg only warns ("premature end of data
 * segment") and would otherwise fill the rest with grey. The pixel limit repeats ours so the
 * decoder itself refuses a header that lies.
 */
export const DECODE_OPTIONS = { failOn: 'warning', limitInputPixels: MAX_IMAGE_PIXELS } as const;

const MB = 1024 * 1024;

/** Refuses empty and oversized files, before looking at their content. */
export function checkByteSize(fileName: string, size: number, lang: Language): void {
  if (size === 0) throw imageError(lang, 'empty', { file: fileName });
  if (size > MAX_IMAGE_BYTES) {
    throw imageError(lang, 'tooLarge', { file: fileName, size: (size / MB).toFixed(1), limit: MAX_IMAGE_BYTES / MB });
  }
}

/** Refuses images too small to show or too large to decode, from their header's dimensions. */
export function checkDimensions(fileName: string, width: number, height: number, lang: Language): void {
  if (!(width >= MIN_IMAGE_SIDE && height >= MIN_IMAGE_SIDE)) throw imageError(lang, 'tooSmall', { file: fileName, width, height });
  if (width * height > MAX_IMAGE_PIXELS) {
    throw imageError(lang, 'tooManyPixels', {
      file: fileName,
      width,
      height,
      megapixels: Math.round((width * height) / 1e6),
      limit: MAX_IMAGE_PIXELS / 1e6,
    });
  }
}
