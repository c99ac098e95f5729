// Tells what a file is from its first bytes, never from its name: the four screenshot formats
// we accept, the formats we recognise and refuse by name (so the message can say "this is a
// PDF"), and everything else. A matching signature is only the first check; inspect.ts then
// decodes every pixel.
import type { ImageFormat } from '../../shared/comparison/model';

export type Sniffed =
  | { kind: 'accepted'; format: ImageFormat }
  | { kind: 'svg' }
  | { kind: 'refused'; name: string }
  | { kind: 'unknown' };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const BINARY_SIGNATURES: ReadonlyArray<{ bytes: number[]; at?: number; result: Sniffed }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], result: { kind: 'accepted', format: 'png' } },
  { bytes: [0xff, 0xd8, 0xff], result: { kind: 'accepted', format: 'jpeg' } },
  { bytes: ascii('GIF87a'), result: { kind: 'accepted', format: 'gif' } },
  { bytes: ascii('GIF89a'), result: { kind: 'accepted', format: 'gif' } },
  { bytes: ascii('%PDF-'), result: { kind: 'refused', name: 'PDF' } },
  { bytes: [0x49, 0x49, 0x2a, 0x00], result: { kind: 'refused', name: 'TIFF' } },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], result: { kind: 'refused', name: 'TIFF' } },
  { bytes: [0xff, 0x0a], result: { kind: 'refused', name: 'JPEG XL' } },
  { bytes: [0, 0, 0, 0x0c, ...ascii('JXL ')], result: { kind: 'refused', name: 'JPEG XL' } },
];

// ISO base media brands: iPhone photos (HEIC) and AVIF share the `ftyp` box at offset 4.
const FTYP_BRANDS: Record<string, string> = {
  avif: 'AVIF',
  avis: 'AVIF',
  heic: 'HEIC',
  heix: 'HEIC',
  hevc: 'HEIC',
  mif1: 'HEIF',
  msf1: 'HEIF',
};

export function sniffImageFormat(bytes: Uint8Array): Sniffed {
  for (const s of BINARY_SIGNATURES) if (startsWith(bytes, s.bytes, s.at)) return s.result;
  if (isBmp(bytes)) return { kind: 'refused', name: 'BMP' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { kind: 'accepted', format: 'webp' };
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    return { kind: 'refused', name: FTYP_BRANDS[brand] ?? 'MP4/ISO media' };
  }
  return sniffMarkup(bytes);
}

// "BM" alone would also match a text file starting "BMW"; a real bitmap has a known DIB header
// size at offset 14.
const isBmp = (bytes: Uint8Array): boolean =>
  startsWith(bytes, ascii('BM')) && bytes.length >= 18 && [12, 40, 52, 56, 108, 124].includes(new DataView(bytes.buffer, bytes.byteOffset).getUint32(14, true));

// SVG and HTML are text: look at the start of the document, past a BOM, blank space, an XML
// declaration, comments and a doctype. SVG is named on its own because it is an active format
// (scripts, external references), not merely an unsupported one.
function sniffMarkup(bytes: Uint8Array): Sniffed {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (!/^\s*</.test(head)) return { kind: 'unknown' };
  const lower = head.toLowerCase();
  const firstElement = /<(?![?!])([a-z][\w:-]*)/.exec(lower)?.[1];
  if (firstElement === 'svg' || firstElement?.endsWith(':svg') || /<!doctype\s+svg/.test(lower)) return { kind: 'svg' };
  if (firstElement === 'html' || /<!doctype\s+html/.test(lower)) return { kind: 'refused', name: 'HTML' };
  if (lower.includes('<svg')) return { kind: 'svg' };
  return { kind: 'refused', name: lower.trimStart().startsWith('<?xml') ? 'XML' : 'HTML' };
}
