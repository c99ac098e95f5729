// The screenshot backend against the floor of decoding an image at all: four 3840 x 2160 chat
// screenshots (PNG, JPEG, WebP, PNG), each timed through inspectImage and makeThumbnail and
// through a bare `sharp(bytes).raw().toBuffer()`; and pixelDiff of two near-identical captures
// against decoding both of them. The ratios say what checking, thumbnailing and diffing cost on
// top of decoding; peak RSS says what the main process must hold.
import sharp from 'sharp';
import { drawScreenshot, type ScreenshotSpec } from '../fixtures/images/draw-screenshot';
import { inspectImage, makeThumbnail, pixelDiff } from '../main/images/index';
import { mb, ratio, report, result, time } from './lib';

const W = 3840;
const H = 2160;
const draw = (accent: ScreenshotSpec['accent'], seed: number, alteredLine?: number) => {
  const image = drawScreenshot({ width: W, height: H, accent, seed, alteredLine, unit: 12, glyphs: true });
  return sharp(image.data, { raw: image });
};
const toBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

const shots = [
  { name: 'yuanbaoPng', bytes: toBytes(await draw([30, 120, 255], 1).png().toBuffer()) },
  { name: 'kimiJpeg', bytes: toBytes(await draw([20, 20, 20], 2).jpeg({ quality: 85 }).toBuffer()) },
  { name: 'tongyiWebp', bytes: toBytes(await draw([100, 80, 240], 3).webp({ quality: 85 }).toBuffer()) },
  { name: 'yuanbaoLaterPng', bytes: toBytes(await draw([30, 120, 255], 1, 10).png().toBuffer()) },
];

const decode = (bytes: Uint8Array) => sharp(bytes).raw().toBuffer();
const ms = (t: { medianMs: number }) => Math.round(t.medianMs * 10) / 10;
const figures: Record<string, unknown> = {};
const setupRssMb = mb(process.memoryUsage().rss);
report('RSS after drawing the screenshots', `${setupRssMb} MB`);
figures.setupRssMb = setupRssMb;

for (const shot of shots) {
  const plain = await time(() => decode(shot.bytes), { runs: 9, warmup: 2 });
  const inspect = await time(() => inspectImage({ fileName: `${shot.name}.img`, bytes: shot.bytes, lang: 'zh-CN' }), { runs: 9, warmup: 2 });
  const thumb = await time(() => makeThumbnail(shot.bytes), { runs: 9, warmup: 2 });
  const thumbnail = await makeThumbnail(shot.bytes);
  report(`${shot.name}: size / thumbnail size`, `${mb(shot.bytes.length)} MB / ${(thumbnail.bytes.length / 1024).toFixed(1)} KB`);
  report(`${shot.name}: decode / inspect / thumbnail (median)`, `${ms(plain)} / ${ms(inspect)} / ${ms(thumb)} ms`);
  report(`${shot.name}: inspect / decode, thumbnail / decode`, `${ratio(inspect.medianMs, plain.medianMs)}, ${ratio(thumb.medianMs, plain.medianMs)}`);
  figures[shot.name] = {
    mb: mb(shot.bytes.length),
    thumbnailKb: Math.round(thumbnail.bytes.length / 102.4) / 10,
    decodeMs: ms(plain),
    inspectMs: ms(inspect),
    thumbnailMs: ms(thumb),
    inspectRatio: ratio(inspect.medianMs, plain.medianMs),
    thumbnailRatio: ratio(thumb.medianMs, plain.medianMs),
  };
}

// maxRSS only grows, so reading it between phases shows which phase set the peak.
const peakRss = () => mb(process.resourceUsage().maxRSS * 1024);
const afterInspectRssMb = peakRss();
report('peak RSS after inspect and thumbnails', `${afterInspectRssMb} MB`);
figures.afterInspectPeakRssMb = afterInspectRssMb;

const [before, after] = [shots[0]!.bytes, shots[3]!.bytes];
const decodeBoth = await time(() => Promise.all([decode(before), decode(after)]), { runs: 7, warmup: 2 });
const diffTime = await time(() => pixelDiff(before, after), { runs: 7, warmup: 2 });
const diff = await pixelDiff(before, after);
report('pixelDiff: changed share', `${(diff.changedShare * 100).toFixed(3)} % (${diff.changedPixels} px)`);
report('pixelDiff: decode both / diff (median)', `${ms(decodeBoth)} / ${ms(diffTime)} ms`);
report('pixelDiff / decode both', ratio(diffTime.medianMs, decodeBoth.medianMs));
figures.pixelDiff = {
  changedShare: Math.round(diff.changedShare * 1e5) / 1e5,
  diffPngKb: Math.round(diff.diffPng.length / 1024),
  decodeBothMs: ms(decodeBoth),
  diffMs: ms(diffTime),
  ratio: ratio(diffTime.medianMs, decodeBoth.medianMs),
};

const peakRssMb = peakRss();
report('peak RSS', `${peakRssMb} MB`);
figures.peakRssMb = peakRssMb;
result(figures);
