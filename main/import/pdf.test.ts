import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from './index';
import { dropRunningLines, fixRadicals, joinBroken, linesOf, type PdfLine } from './pdf-layout';
import { pdfDate } from './pdf';
import { textsOf } from './fixtures';

const pdf = (name: string) => previewImport({ fileName: name, bytes: readFileSync(`fixtures/extraction/${name}`), lang: 'zh-CN' });
const seed = readFileSync('fixtures/articles/seed-tencent-ai.txt', 'utf8').split('\n');

describe('importing a report printed to PDF', () => {
  it('takes the largest line of the first page as title and the larger lines as headings', async () => {
    const p = await pdf('report-running-heads.pdf');
    expect(p.content.title).toBe('腾讯的 AI 困局：元宝为何掉队');
    expect(textsOf(p, 'heading')).toEqual(['一、开源新动作', '二、及格边缘']);
  });

  it('joins each paragraph across its line and page breaks, with no space put between Chinese characters', async () => {
    const p = await pdf('report-running-heads.pdf');
    const paragraphs = textsOf(p, 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(20);
    // A space at a line's end is not printed, so only the letters and punctuation can match.
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const original = seed.map(squeeze);
    expect(paragraphs.filter((para) => original.includes(squeeze(para))).length).toBeGreaterThanOrEqual(paragraphs.length - 2);
    expect(p.content.text).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
  });

  it('leaves out the running head and the page numbers printed on every page', async () => {
    const p = await pdf('report-running-heads.pdf');
    expect(p.content.text).not.toContain('星河研究院');
    expect(p.content.text).not.toMatch(/第 ?\d+ ?页/);
  });

  it('reads the author and date a PDF carries in its info', async () => {
    const p = await pdf('press-release.pdf');
    expect(p.content.title).toBe('混元 Large 开源发布');
    expect(p.content.source).toEqual({ author: '腾讯混元团队', publishedAt: '2024-11-05T02:30:00Z', fileName: 'press-release.pdf' });
  });

  it('refuses a scan with no text layer, saying so and what to do', async () => {
    await expect(pdf('scanned.pdf')).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/scanned\.pdf.*扫描件.*OCR/) });
  });
});

describe('laying out PDF text', () => {
  const line = (text: string, y: number): PdfLine => ({ text, x: 50, right: 500, y, size: 10 });

  it('joins broken lines without a space inside Chinese and with one between English words', () => {
    expect(joinBroken('腾讯宣布开源', '混元 Large')).toBe('腾讯宣布开源混元 Large');
    expect(joinBroken('the largest open', 'MoE model')).toBe('the largest open MoE model');
    expect(joinBroken('open-weight mix-', 'ture')).toBe('open-weight mixture');
  });

  it('orders runs into lines by baseline and keeps 𠮷 whole', () => {
    const lines = linesOf([
      { str: '第二行', x: 50, y: 700, width: 30, size: 10 },
      { str: '𠮷野家', x: 50, y: 720, width: 30, size: 10 },
      { str: '的牛丼', x: 80, y: 720.5, width: 30, size: 10 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['𠮷野家的牛丼', '第二行']);
  });

  it('drops page numbers and lines repeated at the top of most pages, but not a one-off line', () => {
    const body = ['大模型的价格战仍在继续。', '开源模型的下载量翻了一番。', '推理成本是下一个战场。'];
    const pages = [1, 2, 3].map((n) => [line('某某研究院年度报告', 800), line(body[n - 1]!, 700), line(`- ${n} -`, 40)]);
    pages[0]!.unshift(line('只在首页出现的导语', 820));
    const kept = dropRunningLines(pages).map((p) => p.map((l) => l.text));
    expect(kept).toEqual([['只在首页出现的导语', body[0]], [body[1]], [body[2]]]);
  });

  it('maps radicals a PDF wrote for ordinary characters back to them', () => {
    expect(fixRadicals('⼤语⾔模型第1⻚')).toBe('大语言模型第1页');
  });

  it('reads PDF dates', () => {
    expect(pdfDate("D:20241105103200+08'00'")).toBe('2024-11-05T10:32:00+08:00');
    expect(pdfDate('D:20241105')).toBe('2024-11-05');
    expect(pdfDate('yesterday')).toBeUndefined();
  });
});
