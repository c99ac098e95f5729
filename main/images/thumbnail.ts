// Thumbnails for the comparison strip and the navigator: upright (EXIF orientation applied),
// within 320 x 320 with the aspect kept, as small lossy WebP. The same bytes always give the
// same thumbnail, so a thumbnail can be cached by the original's hash.
import sharp from 'sharp';
import { DECODE_OPTIONS } from './limits';

export const THUMBNAIL_SIZE = 320;

export interface Thumbnail {
  bytes: Uint8Array;
  mime: 'image/webp';
  width: number;
  height: number;
}

/** Expects bytes that inspectImage accepted; an undecodable image rejects with sharp's error. */
export async function makeThumbnail(bytes: Uint8Array): Promise<Thumbnail> {
  const { data, info } = await sharp(bytes, DECODE_OPTIONS)
    .autoOrient()
    // Never enlarge: a 200 x 100 crop stays 200 x 100 rather than turning blurry.
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    // Quality 75 keeps text-like strokes legible at this size; effort 4 is libwebp's default
    // balance of size and speed. No metadata is copied, so nothing varies between runs.
    .webp({ quality: 75, effort: 4 })
    .toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), mime: 'image/webp', width: info.width, height: info.height };
}
