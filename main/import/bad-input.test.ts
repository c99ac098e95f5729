import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { MAX_IMPORT_BYTES, previewImport, readArticleFile } from './index';
import { fixtureBytes } from './fixtures';

const attempt = (fileName: string, bytes: Uint8Array, lang: 'zh-CN' | 'en' = 'en') => previewImport({ fileName, bytes, lang });

describe('refusing bad input with a clear reason', () => {
  it('refuses an empty file', async () => {
    await expect(attempt('empty.txt', new Uint8Array())).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/empty\.txt.*empty/) });
  });

  it('refuses a file holding only blank lines', async () => {
    await expect(attempt('blank.txt', new TextEncoder().encode('\n \r\n\u00a0\n'))).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('refuses a binary file named .txt', async () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0x3e, 0]);
    await expect(attempt('program.txt', bytes, 'zh-CN')).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('不是文本文件'),
    });
  });

  it(`refuses a file just over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit`, async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    await expect(attempt('huge.txt', bytes)).rejects.toMatchObject({ code: 'bad-input', message: expect.stringContaining('at most 50 MB') });
  });

  it('refuses mojibake: bytes no supported encoding reads cleanly', async () => {
    const bytes = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0x81 : 0x7f) ^ (i % 7)));
    await expect(attempt('garbled.txt', bytes)).rejects.toMatchObject({ code: 'bad-input', message: expect.stringContaining('--encoding') });
  });

  it('refuses a broken .docx', async () => {
    await expect(attempt('broken.docx', fixtureBytes('hunyuan-large.docx').slice(0, 500))).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('broken.docx'),
    });
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = zipSync({ 'hello.txt': strToU8('hi') });
    await expect(attempt('fake.docx', zip)).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('refuses a .pdf that is not a PDF, naming the file', async () => {
    await expect(attempt('report.pdf', new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: 'bad-input', message: expect.stringContaining('report.pdf') });
  });

  it.each(['slides.key', 'setup.exe', 'noextension'])('refuses the unsupported file %s', async (name) => {
    await expect(attempt(name, new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining(name) });
  });
});

describe('characters a file had lost before it was saved', () => {
  const story = '腾讯宣布开源混元大模型，总参数量 389B。'.repeat(20);

  it('imports valid UTF-8 that holds a few � of its own, and says how many', async () => {
    const p = await attempt('lost.txt', new TextEncoder().encode(`标题\n${story}这里丢了两个字：\ufffd\ufffd。\n`), 'zh-CN');
    expect(p.content.text).toContain('这里丢了两个字：\ufffd\ufffd。');
    expect(p.warnings).toEqual(['“lost.txt”本身含有 2 个已损坏的字符（�），是保存之前就丢失的，已原样保留。']);
    const page = await attempt('lost.html', new TextEncoder().encode(`<html><body><article><h1>标题</h1><p>${story}\ufffd</p></article></body></html>`));
    expect(page.warnings.some((w) => w.includes('in 1 place(s)'))).toBe(true);
  });

  it('still refuses text that is mostly �, naming the encoding option', async () => {
    await expect(attempt('mojibake.txt', new TextEncoder().encode('\ufffd\ufffd\ufffd标题\ufffd\ufffd\n\ufffd\ufffd内容\ufffd\ufffd\ufffd'))).rejects.toThrow(/encoding/);
  });
});

describe('reading the picked file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-import-'));

  it('reads a file and names it by its base name', async () => {
    writeFileSync(join(dir, '文章.txt'), '标题\n正文。');
    const file = await readArticleFile(join(dir, '文章.txt'));
    expect(file.fileName).toBe('文章.txt');
    expect(new TextDecoder().decode(file.bytes)).toBe('标题\n正文。');
  });

  it('says a missing file is missing', async () => {
    await expect(readArticleFile(join(dir, 'gone.txt'), 'en')).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('not found') });
  });

  it('says a folder is not a file', async () => {
    await expect(readArticleFile(dir, 'en')).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('not a file') });
  });

  // Root reads any file whatever its mode, so the refusal can only be seen as another user.
  it.skipIf(process.getuid?.() === 0)('says an unreadable file cannot be read for lack of permission', async () => {
    const path = join(dir, 'locked.txt');
    writeFileSync(path, '正文');
    chmodSync(path, 0o000);
    await expect(readArticleFile(path, 'en')).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('No permission') });
  });
});
