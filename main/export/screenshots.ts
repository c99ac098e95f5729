// Screenshots for an export's comparisons, from their bytes: the layout takes image URLs, and a
// self-contained export (PDF or HTML report) carries each image inline as a data: URL.
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
  return { label, caption, width, height, regions, src: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}` };
}
