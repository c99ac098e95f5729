import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageFixture } from './fixtures';
import { makeThumbnail, THUMBNAIL_SIZE } from './index';

/** The average colour of the top rows of an image: where the assistant's title bar is. */
async function topColour(bytes: Uint8Array): Promise<number[]> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const rows = Math.max(1, Math.floor(info.height / 40));
  const sum = [0, 0, 0];
  for (let i = 0; i < info.width * rows; i++) for (let c = 0; c < 3; c++) sum[c]! += data[i * 3 + c]!;
  return sum.map((s) => Math.round(s / (info.width * rows)));
}

describe('thumbnails for the comparison strip', () => {
  it('fits a phone screenshot into 320 x 320, keeping its aspect', async () => {
    const thumb = await makeThumbnail(imageFixture('yuanbao-answer.png'));
    expect(thumb).toMatchObject({ mime: 'image/webp', width: 180, height: THUMBNAIL_SIZE });
    const meta = await sharp(thumb.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 180, 320]);
  });

  it('is much smaller than the screenshot it stands for', async () => {
    const original = imageFixture('kimi-answer.jpg');
    const thumb = await makeThumbnail(original);
    expect(thumb.bytes.length).toBeLessThan(original.length / 2);
  });

  it('turns a sideways-stored phone photo upright, title bar on top', async () => {
    const thumb = await makeThumbnail(imageFixture('portrait-exif6.jpg'));
    expect([thumb.width, thumb.height]).toEqual([180, 320]);
    const [r, g, b] = await topColour(thumb.bytes);
    // Yuanbao's blue bar (30, 120, 255), not the near-white page the sideways image starts with.
    expect(b! - r!).toBeGreaterThan(150);
    expect(g).toBeLessThan(170);
  });

  it('gives the same bytes for the same screenshot, so it can be cached by hash', async () => {
    const bytes = imageFixture('tongyi-answer.webp');
    const [one, two] = await Promise.all([makeThumbnail(bytes), makeThumbnail(bytes)]);
    expect(Buffer.from(one.bytes).equals(Buffer.from(two.bytes))).toBe(true);
  });

  it('does not enlarge a small crop', async () => {
    const crop = await sharp(imageFixture('yuanbao-answer.png')).extract({ left: 0, top: 0, width: 200, height: 100 }).png().toBuffer();
    expect(await makeThumbnail(crop)).toMatchObject({ width: 200, height: 100 });
  });

  it('shows the first frame of an animated GIF', async () => {
    const thumb = await makeThumbnail(imageFixture('typing-animation.gif'));
    expect([thumb.width, thumb.height]).toEqual([180, 320]);
    const [r, , b] = await topColour(thumb.bytes);
    expect(b! - r!).toBeGreaterThan(150);
  });
});
