import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkedDocxArchive, type DocxLimits } from './docx-archive';
import { fixtureBytes } from './fixtures';

const MB = 1024 * 1024;
const SMALL: DocxLimits = { maxEntries: 50, maxUnzippedBytes: 4 * MB, maxPartBytes: 3 * MB, maxXmlBytes: 1 * MB };
const open = (bytes: Uint8Array, limits = SMALL) => checkedDocxArchive(bytes, 'bomb.docx', 'en', limits);

const wordFile = (extra: Record<string, Uint8Array> = {}) =>
  zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>'), ...extra }, { level: 9 });

/** Rewrites the sizes a zip declares for its entries of `size` bytes, in both kinds of header. */
function lieAboutSizes(zip: Uint8Array, size: number, claimed: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 30 <= bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint32(at + 22, true) === size) view.setUint32(at + 22, claimed, true);
    if (signature === 0x02014b50 && view.getUint32(at + 24, true) === size) view.setUint32(at + 24, claimed, true);
  }
  return bytes;
}

describe('opening a Word file with limits on what it unpacks to', () => {
  it('gives mammoth the same parts as the original file, uncompressed', () => {
    const original = fixtureBytes('hunyuan-large.docx');
    const checked = checkedDocxArchive(original, 'hunyuan-large.docx', 'en');
    const before = unzipSync(original);
    const after = unzipSync(checked);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) expect(after[name]).toEqual(before[name]);
  });

  it('refuses a small file whose picture unpacks past the limit of a part, naming the file, the part and the limit', () => {
    const bomb = wordFile({ 'word/media/image1.png': new Uint8Array(8 * MB) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => open(bomb)).toThrow(
      expect.objectContaining({ code: 'bad-input', message: expect.stringMatching(/^The part word\/media\/image1\.png of “bomb\.docx” unpacks to more than 3 MB/) }),
    );
  });

  it('counts while inflating, so headers that understate the size do not help', () => {
    const bomb = lieAboutSizes(wordFile({ 'word/media/image1.png': new Uint8Array(8 * MB) }), 8 * MB, 1024);
    expect(() => open(bomb)).toThrow(expect.objectContaining({ key: 'import.error.docxPartTooLarge' }));
  });

  it('refuses parts that pass one by one but together unpack past the limit', () => {
    const pictures = { 'word/media/a.png': new Uint8Array(2 * MB), 'word/media/b.png': new Uint8Array(2 * MB), 'word/media/c.png': new Uint8Array(2 * MB) };
    expect(() => open(wordFile(pictures))).toThrow(expect.objectContaining({ message: expect.stringMatching(/^“bomb\.docx” unpacks to more than 4 MB/) }));
    const lying = lieAboutSizes(wordFile(pictures), 2 * MB, 10);
    expect(() => open(lying)).toThrow(expect.objectContaining({ key: 'import.error.docxUnpacksTooLarge' }));
  });

  it('refuses document text past its own limit', () => {
    const text = strToU8(`<w:document>${'<w:p><w:r><w:t>正文</w:t></w:r></w:p>'.repeat(60_000)}</w:document>`);
    const bomb = lieAboutSizes(zipSync({ 'word/document.xml': text }, { level: 9 }), text.length, 100);
    expect(() => open(bomb)).toThrow(expect.objectContaining({ key: 'import.error.docxTooMuchText', message: expect.stringContaining('1 MB') }));
  });

  it('refuses a file of too many parts before reading any of them', () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 51; i++) parts[`word/p${i}.bin`] = new Uint8Array(1);
    expect(() => open(zipSync(parts))).toThrow(expect.objectContaining({ message: expect.stringContaining('“bomb.docx” holds 51 parts; a Word file may have at most 50') }));
  });

  it('calls a file that is not a zip archive broken', () => {
    expect(() => open(strToU8('<html>not a zip</html>'))).toThrow(expect.objectContaining({ key: 'import.error.brokenDocx' }));
  });
});
