// Screenshots for an export's comparisons, from their bytes: the layout takes image URLs, and a
// self-contained export (PDF or HTML report) carries each image inline as a data: URL. For print,
// each screenshot is scaled down once to what the page can show, so a PDF of sixty full-size
// phone screenshots neither holds them all in memory nor hands Chromium megapixels to shrink.
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
 * The screenshot at print resolution: scaled down to `maxWidth` when wider (JPEG, or PNG when it
 * has transparency); a screenshot already small enough keeps its own bytes.
 */
export async function printScreenshot(input: ScreenshotInput, maxWidth: number): Promise<ExportScreenshot> {
  if (input.width > 0 && input.width <= maxWidth) return screenshotFromBytes(input);
  const image = sharp(input.bytes, { limitInputPixels: false, sequentialRead: true }).rotate();
  const { hasAlpha } = await image.metadata();
  const resized = image.resize({ width: maxWidth, withoutEnlargement: true });
  const bytes = hasAlpha ? await resized.png({ compressionLevel: 6 }).toBuffer() : await resized.jpeg({ quality: 85 }).toBuffer();
  return screenshotFromBytes({ ...input, bytes, mime: hasAlpha ? 'image/png' : 'image/jpeg' });
}
