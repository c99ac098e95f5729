// Opens a .docx's zip archive ourselves, with limits, before mammoth sees it: the number of parts
// (from the end record, before anything else is read), and while each part is inflated, a
// running count of the bytes it unpacks to, overall and for the XML that holds the text. A small
// file that would unpack to gigabytes (a zip bomb) is refused after the limit is reached, not
// after memory is gone. Mammoth then reads a fresh uncompressed archive of exactly the parts
// counted here, so no part it reads escaped the count (a zip's local headers and its central
// directory can disagree).
import { Inflate, zipSync, type Zippable } from 'fflate';
import type { Language } from '../../shared/preferences';
import { importError } from './errors';
import { MAX_DOCX_ENTRIES, MAX_DOCX_PART_BYTES, MAX_DOCX_UNZIPPED_BYTES, MAX_DOCX_XML_BYTES } from './limits';

export interface DocxLimits {
  maxEntries: number;
  maxUnzippedBytes: number;
  maxPartBytes: number;
  maxXmlBytes: number;
}

const DEFAULT_LIMITS: DocxLimits = {
  maxEntries: MAX_DOCX_ENTRIES,
  maxUnzippedBytes: MAX_DOCX_UNZIPPED_BYTES,
  maxPartBytes: MAX_DOCX_PART_BYTES,
  maxXmlBytes: MAX_DOCX_XML_BYTES,
};

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// Compressed input is fed to the inflater in slices this small, so one slice can unpack to at
// most about 16 MB (DEFLATE's best ratio is 1032:1) before the count is checked again.
const SLICE = 16 * 1024;
const MB = 1024 * 1024;

class Broken extends Error {}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const isXml = (name: string): boolean => /\.(?:xml|rels)$/i.test(name);

/** Reads the archive with the limits; returns it again, uncompressed, for mammoth. */
export function checkedDocxArchive(bytes: Uint8Array, fileName: string, lang: Language, limits: DocxLimits = DEFAULT_LIMITS): Uint8Array {
  const tooLarge = () => importError('bad-input', lang, 'docxUnpacksTooLarge', { file: fileName, limit: Math.round(limits.maxUnzippedBytes / MB) });
  const partTooLarge = (part: string) =>
    importError('bad-input', lang, 'docxPartTooLarge', { file: fileName, part, limit: Math.round(limits.maxPartBytes / MB) });
  const tooMuchXml = () => importError('bad-input', lang, 'docxTooMuchText', { file: fileName, limit: Math.round(limits.maxXmlBytes / MB) });
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries = readDirectory(view, (count) => {
      if (count > limits.maxEntries) throw importError('bad-input', lang, 'docxTooManyParts', { file: fileName, count: count.toLocaleString('en'), limit: limits.maxEntries.toLocaleString('en') });
    });
    // Honest sizes are refused before any inflating; dishonest ones are caught while inflating.
    let declared = 0;
    let declaredXml = 0;
    for (const e of entries) {
      if (!isXml(e.name) && e.declaredSize > limits.maxPartBytes) throw partTooLarge(e.name);
      declared += e.declaredSize;
      if (isXml(e.name)) declaredXml += e.declaredSize;
    }
    if (declaredXml > limits.maxXmlBytes) throw tooMuchXml();
    if (declared > limits.maxUnzippedBytes) throw tooLarge();

    let total = 0;
    let xml = 0;
    const parts: Zippable = {};
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      const data = entryData(view, bytes, entry);
      const xmlPart = isXml(entry.name);
      let part = 0;
      const counted = (n: number) => {
        part += n;
        if (!xmlPart && part > limits.maxPartBytes) throw partTooLarge(entry.name);
        total += n;
        if (xmlPart) {
          xml += n;
          if (xml > limits.maxXmlBytes) throw tooMuchXml();
        }
        if (total > limits.maxUnzippedBytes) throw tooLarge();
      };
      parts[entry.name] = [entry.method === 0 ? stored(data, counted) : inflated(data, counted), { level: 0 }];
    }
    return zipSync(parts, { level: 0 });
  } catch (err) {
    if (err instanceof Broken) throw importError('bad-input', lang, 'brokenDocx', { file: fileName, detail: err.message });
    throw err;
  }
}

/**
 * The central directory's entries. They are counted by walking the directory, since the end
 * record's 16-bit count wraps past 65,535 parts; `checkCount` refuses as soon as the count is
 * too high, before any part is read.
 */
function readDirectory(view: DataView, checkCount: (count: number) => void): Entry[] {
  const end = findEndOfDirectory(view);
  const directoryOffset = view.getUint32(end + 16, true);
  if (directoryOffset === 0xffffffff) throw new Broken('ZIP64 archives are not Word documents');
  let count = 0;
  for (let at = directoryOffset; at + 46 <= end && view.getUint32(at, true) === DIRECTORY_ENTRY; count++) {
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  checkCount(count);
  const entries: Entry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > end) throw new Broken('damaged zip directory');
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (entries.length === 0) throw new Broken('empty zip archive');
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  // The end record is followed by a comment of at most 65,535 bytes.
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Broken('not a zip archive');
}

function entryData(view: DataView, bytes: Uint8Array, entry: Entry): Uint8Array {
  if (entry.flags & 1) throw new Broken(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new Broken(`${entry.name} uses compression method ${entry.method}`);
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) throw new Broken(`damaged entry ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw new Broken(`${entry.name} is cut off`);
  return bytes.subarray(start, end);
}

function stored(data: Uint8Array, counted: (n: number) => void): Uint8Array {
  counted(data.byteLength);
  return data;
}

function inflated(data: Uint8Array, counted: (n: number) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    counted(chunk.byteLength);
    chunks.push(chunk);
    size += chunk.byteLength;
  });
  try {
    for (let at = 0; at < data.byteLength; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.byteLength);
    if (data.byteLength === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof Error && 'code' in err && typeof (err as { code: unknown }).code === 'number') throw new Broken(err.message);
    throw err;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
