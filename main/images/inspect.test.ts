import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ScreenshotInfoSchema } from '../../shared/comparison/model';
import { imageFixture } from './fixtures';
import { inspectImage, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './index';

const inspect = (fileName: string, bytes: Uint8Array = imageFixture(fileName), lang: 'zh-CN' | 'en' = 'en') =>
  inspectImage({ fileName, bytes, lang });

describe('accepting screenshots by their content', () => {
  it.each([
    ['yuanbao-answer.png', 'png', 'image/png'],
    ['kimi-answer.jpg', 'jpeg', 'image/jpeg'],
    ['tongyi-answer.webp', 'webp', 'image/webp'],
  ] as const)('records a %s phone screenshot as %s, 360 x 640', async (name, format, mime) => {
    const info = await inspect(name);
    expect(ScreenshotInfoSchema.parse(info)).toEqual(info);
    expect(info).toMatchObject({ fileName: name, format, mime, width: 360, height: 640 });
  });

  it('records the byte size and the SHA-256 of the original bytes, for content-addressed storage', async () => {
    const bytes = imageFixture('kimi-answer.jpg');
    const info = await inspect('kimi-answer.jpg', bytes);
    expect(info.byteSize).toBe(bytes.length);
    expect(info.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('takes an animated GIF by its first frame', async () => {
    expect(await inspect('typing-animation.gif')).toMatchObject({ format: 'gif', mime: 'image/gif', width: 360, height: 640 });
  });

  it('a portrait phone photo with EXIF orientation is reported upright', async () => {
    const stored = await sharp(imageFixture('portrait-exif6.jpg')).metadata();
    expect([stored.width, stored.height, stored.orientation]).toEqual([640, 360, 6]);
    expect(await inspect('portrait-exif6.jpg')).toMatchObject({ width: 360, height: 640 });
  });

  it('accepts a PNG named .jpg as the PNG it is', async () => {
    expect(await inspect('png-named.jpg')).toMatchObject({ format: 'png', mime: 'image/png' });
  });

  it('accepts a single-pixel image, the smallest there is', async () => {
    const dot = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(await inspect('dot.png', dot)).toMatchObject({ width: 1, height: 1 });
  });
});

describe('refusing what is not a screenshot, with the reason in the UI language', () => {
  it('refuses an SVG even when named .png, saying it is SVG', async () => {
    await expect(inspect('drawing.png', imageFixture('drawing.svg'))).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/drawing\.png.*SVG.*scripts/),
    });
  });

  it('refuses an SVG without an XML declaration, in Chinese for a Chinese UI', async () => {
    const svg = new TextEncoder().encode('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
    await expect(inspect('图.svg', svg, 'zh-CN')).rejects.toMatchObject({ message: expect.stringContaining('“图.svg”是 SVG 矢量图') });
  });

  it.each([
    ['page.png', '<!DOCTYPE html><html><body><img src="x.png"></body></html>', 'HTML'],
    ['report.png', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'PDF'],
  ])('refuses %s, naming it as %s', async (name, text, format) => {
    await expect(inspect(name, new TextEncoder().encode(text))).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining(`“${name}” is a ${format} file`),
    });
  });

  it('refuses a TIFF scan, naming it as TIFF', async () => {
    await expect(inspect('scan.tiff')).rejects.toMatchObject({ message: expect.stringContaining('is a TIFF file') });
  });

  it('refuses a text file named .png, saying its content was checked', async () => {
    await expect(inspect('notes-named.png')).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/notes-named\.png.*not a PNG, JPEG, WebP or GIF.*content/),
    });
  });

  it('refuses an empty file', async () => {
    await expect(inspect('empty.png', new Uint8Array())).rejects.toMatchObject({ message: expect.stringContaining('“empty.png” is empty') });
  });

  it(`refuses a file over ${MAX_IMAGE_BYTES / 1024 / 1024} MB before looking inside`, async () => {
    const bytes = new Uint8Array(MAX_IMAGE_BYTES + 1);
    bytes.set(imageFixture('yuanbao-answer.png'));
    await expect(inspect('huge.png', bytes)).rejects.toMatchObject({ message: expect.stringContaining('at most 50 MB') });
  });
});

describe('refusing damaged and hostile images', () => {
  it('refuses a PNG cut in half', async () => {
    await expect(inspect('truncated.png', imageFixture('truncated.png'), 'zh-CN')).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('“truncated.png”已损坏或不完整'),
    });
  });

  it('refuses a JPEG with garbage in its picture data', async () => {
    await expect(inspect('corrupt.jpg')).rejects.toMatchObject({ message: expect.stringMatching(/corrupt\.jpg.*damaged.*JPEG/) });
  });

  it('refuses a PNG signature followed by JPEG data', async () => {
    const jpeg = imageFixture('kimi-answer.jpg');
    const liar = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...jpeg]);
    await expect(inspect('liar.png', liar)).rejects.toMatchObject({ code: 'bad-input', message: expect.stringContaining('damaged') });
  });

  it('refuses a PNG whose header says it is 0 pixels wide', async () => {
    const png = new Uint8Array(imageFixture('yuanbao-answer.png'));
    new DataView(png.buffer).setUint32(16, 0);
    await expect(inspect('zero.png', png)).rejects.toMatchObject({ code: 'bad-input', message: expect.stringContaining('“zero.png”') });
  });

  it('refuses a 2 KB decompression bomb claiming 100000 x 100000 pixels, by the pixel limit, quickly', async () => {
    const started = performance.now();
    await expect(inspect('bomb-100000x100000.png')).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining(`100000 × 100000 pixels (about 10000 megapixels); screenshots can be at most ${MAX_IMAGE_PIXELS / 1e6} megapixels`),
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('takes an image of exactly the pixel limit to the decoder, and one pixel row more not', async () => {
    const header = (width: number, height: number) => {
      // A PNG whose IHDR is patched: the decoder then fails on the data, but only if it got that far.
      const png = new Uint8Array(imageFixture('yuanbao-answer.png'));
      const view = new DataView(png.buffer);
      view.setUint32(16, width);
      view.setUint32(20, height);
      return png;
    };
    await expect(inspect('at-limit.png', header(10_000, 10_000))).rejects.toMatchObject({ message: expect.stringContaining('damaged') });
    await expect(inspect('over-limit.png', header(10_000, 10_001))).rejects.toMatchObject({ message: expect.stringContaining('megapixels') });
  });
});
