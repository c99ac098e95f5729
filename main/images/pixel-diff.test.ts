import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageFixture } from './fixtures';
import { pixelDiff } from './index';

async function pixelAt(png: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [...data.subarray(i, i + 3)];
}

const isStrongRed = ([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 120;

describe('pixel difference of two screenshots', () => {
  it('reports the changed share of two screenshots that differ in one answer line', async () => {
    const diff = await pixelDiff(imageFixture('diff-before.png'), imageFixture('diff-after.png'));
    expect([diff.width, diff.height]).toEqual([360, 640]);
    // One text bar of 12 px height lost about half its length: a few thousand pixels, ~1-2 %.
    expect(diff.changedPixels).toBeGreaterThan(1000);
    expect(diff.changedPixels).toBeLessThan(4000);
    expect(diff.changedShare).toBeCloseTo(diff.changedPixels / (360 * 640), 10);
  });

  it('draws the changed line in strong red over a faded copy of the first screenshot', async () => {
    const diff = await pixelDiff(imageFixture('diff-before.png'), imageFixture('diff-after.png'));
    const meta = await sharp(diff.diffPng).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 360, 640]);
    // Line 6 spans y 252..263 (96 + 6 * 24 + a paragraph gap of 12) and was cut from >= 293 px to <= 180 px.
    expect(isStrongRed(await pixelAt(diff.diffPng, 250, 258))).toBe(true);
    // The unchanged title bar is a pale grey, not a highlight.
    const bar = await pixelAt(diff.diffPng, 5, 5);
    expect(isStrongRed(bar)).toBe(false);
    expect(Math.min(...bar)).toBeGreaterThan(180);
  });

  it('finds nothing changed between a screenshot and itself', async () => {
    const png = imageFixture('yuanbao-answer.png');
    expect(await pixelDiff(png, png)).toMatchObject({ changedPixels: 0, changedShare: 0 });
  });

  it('compares the same picture saved as PNG and as JPEG as nearly equal', async () => {
    const png = imageFixture('yuanbao-answer.png');
    const jpeg = await sharp(png).jpeg({ quality: 95 }).toBuffer();
    expect((await pixelDiff(png, jpeg)).changedShare).toBeLessThan(0.01);
  });

  it('aligns a taller capture of the same answer top-left and counts only the extra rows', async () => {
    const diff = await pixelDiff(imageFixture('diff-before.png'), imageFixture('diff-taller.png'));
    expect([diff.width, diff.height]).toEqual([360, 720]);
    // The taller capture shows 80 more rows of page below; the top 640 rows are the same.
    expect(diff.changedPixels).toBe(360 * 80);
    expect(diff.changedShare).toBeCloseTo(80 / 720, 10);
    expect(isStrongRed(await pixelAt(diff.diffPng, 4, 700))).toBe(true);
  });

  it('is the same whichever of two different-sized screenshots comes first', async () => {
    const [ab, ba] = await Promise.all([
      pixelDiff(imageFixture('diff-before.png'), imageFixture('diff-taller.png')),
      pixelDiff(imageFixture('diff-taller.png'), imageFixture('diff-before.png')),
    ]);
    expect(ba.changedPixels).toBe(ab.changedPixels);
  });

  it('compares a sideways-stored phone photo upright', async () => {
    const upright = await sharp(imageFixture('portrait-exif6.jpg')).autoOrient().png().toBuffer();
    const diff = await pixelDiff(imageFixture('portrait-exif6.jpg'), upright);
    expect([diff.width, diff.height]).toEqual([360, 640]);
    expect(diff.changedShare).toBeLessThan(0.001);
  });
});
