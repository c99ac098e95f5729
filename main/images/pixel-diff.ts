// Compares two screenshots pixel by pixel (pixelmatch over upright RGBA) and draws where they
// differ, for the "what changed between these two captures" view of a comparison.
//
// Screenshots of different sizes are compared on a canvas of the larger width and the larger
// height, each image placed top-left. Captures of one chat answer share their top and differ in
// how far they scroll, so top-left alignment keeps text lines on top of each other; scaling one
// to the other's size would shift every line and mark the whole image as changed. Every canvas
// pixel that is not inside both images counts as changed.
import pixelmatch from 'pixelmatch';
import sharp from 'sharp';
import { DECODE_OPTIONS } from './limits';

export interface PixelDiffOptions {
  /** pixelmatch's colour distance (0..1) below which two pixels count as equal; default 0.1. */
  threshold?: number;
}

export interface PixelDiff {
  /** The canvas: the larger width and the larger height of the two. */
  width: number;
  height: number;
  changedPixels: number;
  /** changedPixels over the canvas area, 0..1. */
  changedShare: number;
  /**
   * PNG of the canvas: a faded grey copy of the first image, changed pixels in strong red,
   * pixels that differ only by anti-aliasing in yellow (not counted), and the area covered by
   * one image only striped red.
   */
  diffPng: Uint8Array;
}

const CHANGED: [number, number, number] = [230, 0, 60];
/** Opacity of the first image under the highlights: enough to find one's place, not to distract. */
const FADE = 0.15;

interface Rgba {
  data: Uint8Array;
  width: number;
  height: number;
}

async function decodeRgba(bytes: Uint8Array): Promise<Rgba> {
  const { data, info } = await sharp(bytes, DECODE_OPTIONS).autoOrient().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/**
 * The image on a width x height canvas, top-left, transparent elsewhere. pixelmatch reads pixels
 * as 32-bit words, so an unaligned buffer is copied even when no padding is needed.
 */
function onCanvas(image: Rgba, width: number, height: number): Uint8Array {
  if (image.width === width && image.height === height && image.data.byteOffset % 4 === 0) return image.data;
  const canvas = new Uint8Array(width * height * 4);
  const row = image.width * 4;
  for (let y = 0; y < image.height; y++) canvas.set(image.data.subarray(y * row, (y + 1) * row), y * width * 4);
  return canvas;
}

export async function pixelDiff(a: Uint8Array, b: Uint8Array, opts: PixelDiffOptions = {}): Promise<PixelDiff> {
  const [first, second] = await Promise.all([decodeRgba(a), decodeRgba(b)]);
  const width = Math.max(first.width, second.width);
  const height = Math.max(first.height, second.height);
  const overlapWidth = Math.min(first.width, second.width);
  const overlapHeight = Math.min(first.height, second.height);
  const sameSize = overlapWidth === width && overlapHeight === height;

  // Outside the overlap pixelmatch must not compare (transparent padding blended on white
  // would "match" a white page); those pixels are counted and drawn below instead.
  let outside: Uint8Array | undefined;
  if (!sameSize) {
    outside = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) outside.fill(1, y * width + (y < overlapHeight ? overlapWidth : 0), (y + 1) * width);
  }

  const output = new Uint8Array(width * height * 4);
  let changedPixels = pixelmatch(onCanvas(first, width, height), onCanvas(second, width, height), output, width, height, {
    threshold: opts.threshold ?? 0.1,
    alpha: FADE,
    diffColor: CHANGED,
    ignoreMask: outside,
  });

  if (outside) {
    for (let i = 0; i < outside.length; i++) {
      if (!outside[i]) continue;
      changedPixels++;
      // Diagonal stripes: "only in one image" must read differently from "changed".
      if (((i % width) + Math.floor(i / width)) % 8 < 3) output.set(CHANGED, i * 4);
    }
  }

  const diffPng = await sharp(output, { raw: { width, height, channels: 4 } })
    // Fast zlib level: the diff is mostly flat colour and compresses well anyway.
    .png({ compressionLevel: 2 })
    .toBuffer();
  return {
    width,
    height,
    changedPixels,
    changedShare: changedPixels / (width * height),
    diffPng: new Uint8Array(diffPng.buffer, diffPng.byteOffset, diffPng.byteLength),
  };
}
