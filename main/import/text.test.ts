import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../shared/article/normalize';
import { cpSlice } from '../../shared/text/codepoints';
import { previewPastedText } from './index';
import { blockText, FIXTURES, importFixture, textsOf } from './fixtures';

describe('importing the reposted seed article', () => {
  it('takes the title 腾讯的AI困局 from the content-farm first line and drops the boilerplate', async () => {
    const p = await importFixture('seed-tencent-ai.txt');
    expect(p.content.title).toBe('腾讯的AI困局');
    expect(p.content.text.startsWith('腾讯的AI困局\n2024 年已经逐渐步入了尾声')).toBe(true);
    expect(p.content.text).not.toContain('小编');
    expect(p.content.blocks[0]).toEqual({ kind: 'title', start: 0, end: 7 });
  });

  it('finds its three section headings', async () => {
    const p = await importFixture('seed-tencent-ai.txt');
    expect(textsOf(p, 'heading')).toEqual(['01 及格边缘', '02 组织 " 局限 "', '03 产品掣肘']);
  });

  it('marks the image credit as a caption under a figure placeholder', async () => {
    const p = await importFixture('seed-tencent-ai.txt');
    const i = p.content.blocks.findIndex((b) => b.kind === 'caption');
    expect(blockText(p, p.content.blocks[i]!)).toBe('图源 / 量子位');
    expect(p.content.blocks[i - 1]).toMatchObject({ kind: 'figure' });
  });

  it('puts a figure placeholder for the three screenshots right after the sentence announcing them', async () => {
    const p = await importFixture('seed-tencent-ai.txt');
    const i = p.content.blocks.findIndex((b) => b.alt === '元宝、Kimi、通义千问');
    const figure = p.content.blocks[i]!;
    expect(figure.start).toBe(figure.end);
    expect(blockText(p, p.content.blocks[i - 1]!)).toBe('从上到下的模型分别是:元宝、Kimi、通义千问。');
  });

  it('keeps every line the author wrote, conversion artefacts and padded quotes included', async () => {
    const p = await importFixture('seed-tencent-ai.txt');
    const original = readFileSync(join(FIXTURES, 'seed-tencent-ai.txt'), 'utf8').split('\n').slice(1).filter(Boolean);
    for (const line of original.filter((l) => !/^0\d$/.test(l))) expect(p.content.text).toContain(line);
    expect(p.content.text).toContain('领網域 " 掉队 "');
  });

  it('reports each cleanup with a label in the UI language', async () => {
    const p = await importFixture('seed-tencent-ai.txt', {}, 'en');
    expect(p.cleanups.map((c) => [c.id, c.applied])).toEqual([
      ['content-farm-intro', true],
      ['numbered-sections', true],
      ['image-credits', true],
      ['image-announcements', true],
    ]);
    expect(p.cleanups[1]!.label).toMatch(/section/);
  });

  it('keeps the boilerplate line and the bare numbers when the user switches those cleanups off', async () => {
    const p = await importFixture('seed-tencent-ai.txt', { disabledCleanups: ['content-farm-intro', 'numbered-sections'] });
    expect(p.content.text.startsWith('今天小编分享的科技经验')).toBe(true);
    expect(textsOf(p, 'heading')).toEqual([]);
    expect(p.content.text).toContain('\n01\n及格边缘\n');
  });
});

describe('importing the seed in other encodings', () => {
  it('imports the GB18030 copy of the seed and finds the same text', async () => {
    const [utf8, gb] = await Promise.all([importFixture('seed-tencent-ai.txt'), importFixture('seed-tencent-ai.gb18030.txt')]);
    expect(gb.encoding).toMatchObject({ name: 'gb18030' });
    expect(gb.encoding!.confidence).toBeGreaterThan(0.5);
    expect(gb.content.text).toBe(utf8.content.text);
    expect(gb.content.blocks).toEqual(utf8.content.blocks);
  });

  it('imports the UTF-16LE copy (with BOM) and finds the same text', async () => {
    const [utf8, utf16] = await Promise.all([importFixture('seed-tencent-ai.txt'), importFixture('seed-tencent-ai.utf16le.txt')]);
    expect(utf16.encoding).toEqual({ name: 'utf-16le', confidence: 1 });
    expect(utf16.content.text).toBe(utf8.content.text);
  });

  it('reads a UTF-8 file with a BOM without keeping the BOM', async () => {
    const { previewImport } = await import('./index');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('标题\n正文。')]);
    const p = await previewImport({ fileName: 'bom.txt', bytes, lang: 'zh-CN' });
    expect(p.content.text).toBe('标题\n正文。');
    expect(p.encoding).toEqual({ name: 'utf-8', confidence: 1 });
  });

  it('reads a Big5 text in traditional characters without converting them', async () => {
    const p = await importFixture('big5-nvidia.txt');
    expect(p.encoding).toMatchObject({ name: 'big5' });
    expect(p.content.title).toBe('輝達的軟體護城河');
    expect(p.content.text).toContain('輝達的占有率超過八成');
  });

  it('says so when the user picks an encoding that does not fit the file', async () => {
    await expect(importFixture('seed-tencent-ai.gb18030.txt', { encoding: 'utf-8' })).rejects.toThrow(/utf-8/);
  });
});

describe('code-point offsets', () => {
  it('keeps 𠮷 and emoji sequences at the right code-point offsets', async () => {
    const p = await importFixture('astral-emoji.txt');
    const [title, first, second] = p.content.blocks;
    expect(cpSlice(p.content.text, title!.start, title!.end)).toBe('𠮷野家的菜单');
    expect(title!.end).toBe(6);
    expect(first).toEqual({ kind: 'paragraph', start: 7, end: 28 });
    expect(cpSlice(p.content.text, first!.start, first!.end)).toBe('第一段:𠮷野家推出新品,好评 👍🏽 如潮。');
    expect(cpSlice(p.content.text, second!.start, second!.end)).toBe('第二段:一家人 👨‍👩‍👧 一起用餐,价格 ¥35。');
    expect(p.stats.codePoints).toBe([...p.content.text].length);
  });
});

describe('pasting text', () => {
  it('cleans pasted plain text like a file', async () => {
    const p = await previewPastedText('今天小编分享的科技经验:腾讯的AI困局,欢迎阅读。\r\n正文\u00a0第一段。\r\n01\r\n及格边缘\r\n');
    expect(p.format).toBe('text');
    expect(p.content.title).toBe('腾讯的AI困局');
    expect(p.content.text).toBe('腾讯的AI困局\n正文 第一段。\n01 及格边缘');
  });

  it('keeps headings and links of pasted rich text and drops its scripts', async () => {
    const p = await previewPastedText('ignored', '<h1>标题</h1><p onclick="x()">见<a href="https://a.cn/">来源</a>。</p><script>alert(1)</script>');
    expect(p.format).toBe('html');
    expect(p.content.text).toBe('标题\n见来源。');
    expect(p.content.links).toEqual([{ start: 4, end: 6, href: 'https://a.cn/' }]);
  });

  it('gives the same text as the normaliser for any pasted text', async () => {
    const raw = '第一行  \r\n\r\n\r\n第二\u200b行';
    expect((await previewPastedText(raw)).content.text).toBe(normalizeText(raw).replace(/\n+/g, '\n'));
  });
});
