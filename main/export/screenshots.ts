// Screenshots for an export's comparisons, from their bytes: the layout takes image URLs, and a
// self-contained HTML report carries each image inline as a data: URL. For print, each screenshot
// is scaled down once to what the page can show and written as a file beside the page Chromium
// prints, so a PDF of sixty full-size phone screenshots neither holds them in memory nor hands
// Chromium megapixels to shrink. The file's name is fixed before it is made (no extension:
// Chromium reads the image's kind from its bytes), so the page can be printed while they are.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ExportScreenshot } from '../../shared/export/document';

export interface ScreenshotInput {
  bytes: Uint8Array;
  mime: string;
  width: number;
  height: number;
  label: string;
  caption?: string;
  regions?: ExportScreenshot['regions'];
}

export function screenshotFromBytes({ bytes, mime, width, height, label, caption = '', regions = [] }: ScreenshotInput): ExportScreenshot {
  return { label, caption, width, height, regions, src: dataUrl(mime, bytes) };
}

const dataUrl = (mime: string, bytes: Uint8Array): string => `data:${mime};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;

// The text column is 174 mm wide on A4 (a little more on Letter); 200 dpi keeps the small print
// of a screenshot legible when the page is zoomed or printed.
const COLUMN_PX = Math.round((174 / 25.4) * 200);

/** Widest a screenshot needs to be when `across` screenshots share the text column. */
export const printWidth = (across: number): number => Math.ceil(COLUMN_PX / Math.max(1, across));

/**
 * The screenshot at print resolution, written to `folder` as `name` (the page printed from that
 * folder loads it from there): scaled down to `maxWidth` when wider (JPEG, or PNG when it has
 * transparency); a screenshot already small enough keeps its own bytes.
 */
export async function printScreenshot(input: Pick<ScreenshotInput, 'bytes' | 'width'>, maxWidth: number, folder: string, name: string): Promise<void> {
  let bytes: Uint8Array = input.bytes;
  if (!(input.width > 0 && input.width <= maxWidth)) {
    // Each screenshot is decoded once: libvips' cache of decoded images would only hold memory.
    sharp.cache(false);
    const image = sharp(input.bytes, { limitInputPixels: false, sequentialRead: true }).rotate();
    const { hasAlpha } = await image.metadata();
    const resized = image.resize({ width: maxWidth, withoutEnlargement: true });
    bytes = hasAlpha ? await resized.png({ compressionLevel: 6 }).toBuffer() : await resized.jpeg({ quality: 85 }).toBuffer();
  }
  writeFileSync(join(folder, name), bytes);
}
