// Checks a screenshot file before it is stored: by content (signature, then a full decode of
// every pixel), never by extension, and records what the comparison view needs to know about it.
// Pure apart from sharp: bytes in, facts out; every refusal is a PizhuError naming the file.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { MIME_BY_FORMAT, type ScreenshotInfo } from '../../shared/comparison/model';
import type { Language } from '../../shared/preferences';
import { imageError } from './errors';
import { checkByteSize, checkDimensions, DECODE_OPTIONS } from './limits';
import { sniffImageFormat } from './signature';

export interface InspectInput {
  fileName: string;
  bytes: Uint8Array;
  lang: Language;
}

export async function inspectImage({ fileName, bytes, lang }: InspectInput): Promise<ScreenshotInfo> {
  checkByteSize(fileName, bytes.length, lang);

  const sniffed = sniffImageFormat(bytes);
  if (sniffed.kind === 'svg') throw imageError(lang, 'svg', { file: fileName });
  if (sniffed.kind === 'refused') throw imageError(lang, 'otherFormat', { file: fileName, format: sniffed.name });
  if (sniffed.kind === 'unknown') throw imageError(lang, 'unknownFormat', { file: fileName });
  const { format } = sniffed;
  const damaged = (detail: string) => imageError(lang, 'damaged', { file: fileName, format: format.toUpperCase(), detail });

  // The header alone, with sharp's own limit off, so that a bomb gets our message with its
  // claimed dimensions rather than a generic decoder error.
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch((err: unknown) => {
      throw damaged(messageOf(err));
    });
  if (header.format !== format) throw damaged(`content is ${header.format}`);
  const { width, height } = header.autoOrient;
  checkDimensions(fileName, width, height, lang);

  await sharp(bytes, DECODE_OPTIONS)
    .raw()
    .toBuffer()
    .catch((err: unknown) => {
      throw damaged(messageOf(err));
    });

  return {
    fileName,
    format,
    mime: MIME_BY_FORMAT[format],
    width,
    height,
    byteSize: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

// libvips messages end in a newline and sometimes carry a second line of context.
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err)).trim().split('\n')[0]!;
