// Turns the bytes of a text file or web page into a string without ever guessing silently: a
// byte-order mark wins, then valid UTF-8, then the page's declared charset, then jschardet's
// candidates. Every candidate is confirmed by a strict decode (TextDecoder with fatal: true)
// and refused if the result holds U+FFFD, so mojibake is reported instead of imported. The one
// exception is valid UTF-8 that spells a few U+FFFD itself: characters a page had already lost
// before it was saved. Up to one in a hundred is accepted and counted (`replaced`), for a warning.
import { detectAll } from 'jschardet';
import type { Language } from '../../shared/preferences';
import { importError } from './errors';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
export type EncodingChoice = 'auto' | EncodingName;

export interface EncodingReport {
  name: EncodingName;
  /** 0-1: 1 for a BOM, an explicit choice or pure ASCII; the detector's score otherwise. */
  confidence: number;
  /** The charset a web page declared, as written. */
  declared?: string;
}

export interface DecodedText {
  text: string;
  encoding: EncodingReport;
  /** U+FFFD characters the file itself holds (valid UTF-8 only), reported as a warning. */
  replaced?: number;
}

/** The most U+FFFD a valid UTF-8 file may hold, per code point, before it is taken for mojibake. */
const MAX_REPLACED_SHARE = 0.01;

/** Valid UTF-8 with its own few U+FFFD: the text and their count; otherwise undefined. */
function utf8WithLostCharacters(bytes: Uint8Array): { text: string; replaced: number } | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  let replaced = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) replaced++;
  return replaced <= text.length * MAX_REPLACED_SHARE ? { text, replaced } : undefined;
}

interface DecodeOptions {
  fileName: string;
  lang: Language;
  choice?: EncodingChoice;
  declared?: string;
}

// GB2312 and GBK are subsets of GB18030, so one decoder reads all three without loss.
const ALIASES: Record<string, EncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  ascii: 'utf-8',
  'us-ascii': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16': 'utf-16le',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  cp950: 'big5',
};

export function encodingFromLabel(label: string | null | undefined): EncodingName | undefined {
  return label ? ALIASES[label.trim().toLowerCase()] : undefined;
}

/** Strict decode: the text, or undefined if the bytes are not valid in `encoding`. */
export function strictDecode(bytes: Uint8Array, encoding: EncodingName): string | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.includes('\ufffd') ? undefined : text;
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): EncodingName | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

// Text in any encoding we read has no NUL bytes (UTF-16 is only read with a BOM) and few
// control characters; a sample of the start is enough to tell a renamed binary file.
const BINARY_SAMPLE = 8192;

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC appear in real text files; other C0 controls do not.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) controls++;
  }
  return controls > n / 20;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

/** Decodes `bytes` as described at the top; throws bad-input rather than return mojibake. */
export function decodeText(bytes: Uint8Array, opts: DecodeOptions): DecodedText {
  const { fileName, lang, choice = 'auto' } = opts;
  const declared = opts.declared ? { declared: opts.declared } : {};
  if (choice === 'utf-8') {
    const lost = utf8WithLostCharacters(bytes);
    if (lost === undefined) throw importError('bad-input', lang, 'encodingMismatch', { file: fileName, encoding: choice });
    return { text: lost.text, encoding: { name: choice, confidence: 1, ...declared }, ...(lost.replaced ? { replaced: lost.replaced } : {}) };
  }
  if (choice !== 'auto') {
    const text = strictDecode(bytes, choice);
    if (text === undefined) throw importError('bad-input', lang, 'encodingMismatch', { file: fileName, encoding: choice });
    return { text, encoding: { name: choice, confidence: 1, ...declared } };
  }
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = strictDecode(bytes, bom);
    if (text === undefined) throw importError('bad-input', lang, 'encodingUnknown', { file: fileName });
    return { text, encoding: { name: bom, confidence: 1, ...declared } };
  }
  if (looksBinary(bytes)) throw importError('bad-input', lang, 'binary', { file: fileName });
  if (isAscii(bytes)) return { text: new TextDecoder().decode(bytes), encoding: { name: 'utf-8', confidence: 1, ...declared } };
  // Multi-byte text that is valid UTF-8 is UTF-8 in practice (GBK or Big5 prose almost never
  // forms valid UTF-8 sequences), even when a page declares otherwise.
  const utf8 = utf8WithLostCharacters(bytes);
  if (utf8 !== undefined) return { text: utf8.text, encoding: { name: 'utf-8', confidence: 0.99, ...declared }, ...(utf8.replaced ? { replaced: utf8.replaced } : {}) };
  const fromDeclared = encodingFromLabel(opts.declared);
  if (fromDeclared) {
    const text = strictDecode(bytes, fromDeclared);
    if (text !== undefined) return { text, encoding: { name: fromDeclared, confidence: 0.9, ...declared } };
  }
  for (const candidate of detectAll(bytes)) {
    const name = encodingFromLabel(candidate.encoding);
    if (!name) continue;
    const text = strictDecode(bytes, name);
    if (text !== undefined) {
      return { text, encoding: { name, confidence: Math.round(candidate.confidence * 100) / 100, ...declared } };
    }
  }
  throw importError('bad-input', lang, 'encodingUnknown', { file: fileName });
}
