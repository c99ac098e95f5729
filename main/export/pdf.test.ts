import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { ProjectStore } from '../project/store';
import { tempDir } from '../project/testing/fixtures';
import { exportToFile, type WrittenExport } from './index';
import { ChromiumPdfPrinter } from './pdf-printer';
import { SEED_CLAIMS, seedProject } from './testing/seed-project';
import { paperTint } from '../../shared/domain/claim-color';
import { articleAppendix } from '../../shared/export/appendix';
import { suggestionKey } from '../../shared/suggest/key';

// One browser and one printed export for the whole file: printing is the expensive part.
let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
let printer: ChromiumPdfPrinter;
let written: WrittenExport;
let pdf: PDFDocumentProxy;

beforeAll(async () => {
  tmp = tempDir();
  store = await seedProject(tmp.file('腾讯.pizhu'));
  printer = new ChromiumPdfPrinter();
  written = await exportToFile(store, { format: 'pdf' }, tmp.file('报告.pdf'), { printer });
  pdf = await getDocument({ data: new Uint8Array(readFileSync(written.output)), disableFontFace: true }).promise;
});
afterAll(async () => {
  await pdf?.loadingTask.destroy();
  await printer?.close();
  store?.close();
  tmp?.remove();
});

const squeeze = (s: string) => s.replace(/\s+/g, '');
const hexBytes = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

interface QpdfJson {
  qpdf: [unknown, Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown> } }>];
}

/** How much ink a page puts down as poppler draws it: 0 for a white page, 1 for a black one. */
function darkness(file: string, page: number, flags: string[]): number {
  const pgm = execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', String(page), '-l', String(page), ...flags, file], { maxBuffer: 64 << 20 });
  // A binary PGM: "P5 width height 255" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!;
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const v of pixels) ink += 255 - v;
  return ink / (255 * pixels.length);
}

interface Highlight {
  page: number;
  contents: string;
  author: string;
  color: number[];
  quads: number[];
  grouped: boolean;
}

async function highlights(): Promise<Highlight[]> {
  const out: Highlight[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    for (const a of await (await pdf.getPage(p)).getAnnotations()) {
      if (a.subtype !== 'Highlight') continue;
      out.push({ page: p, contents: a.contentsObj.str, author: a.titleObj.str, color: [...a.color], quads: [...a.quadPoints], grouped: a.replyType === 'Group' });
    }
  }
  return out;
}

/** The page's characters whose middle lies inside one of the quads, in reading order. */
async function textUnder(page: number, quads: number[]): Promise<string> {
  const boxes: [number, number, number, number][] = [];
  for (let i = 0; i < quads.length; i += 8) {
    const xs = [quads[i]!, quads[i + 2]!, quads[i + 4]!, quads[i + 6]!];
    const ys = [quads[i + 1]!, quads[i + 3]!, quads[i + 5]!, quads[i + 7]!];
    boxes.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
  }
  const { items } = await (await pdf.getPage(page)).getTextContent();
  let text = '';
  for (const item of items as TextItem[]) {
    const chars = [...item.str];
    const [size, , , , x, y] = item.transform as number[];
    chars.forEach((c, i) => {
      const cx = x! + ((i + 0.5) / chars.length) * item.width;
      const cy = y! + size! * 0.35;
      if (boxes.some(([x0, y0, x1, y1]) => cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)) text += c;
    });
  }
  return squeeze(text);
}

describe('the annotated PDF of the seed article', () => {
  it('holds the article’s Chinese text, every claim number and every note, as pdftotext reads it', () => {
    const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', written.output, '-'], { encoding: 'utf8' }));
    expect(text).toContain('总参数量389B,激活参数量52B');
    for (let n = 1; n <= SEED_CLAIMS.length; n++) expect(text).toContain(`[${n}]`);
    for (const c of SEED_CLAIMS) expect(text).toContain(squeeze(c.note));
    expect(written).toMatchObject({ format: 'pdf', claims: SEED_CLAIMS.length });
    expect(written.pages).toBe(pdf.numPages);
  });

  it('has exactly one highlight comment per claim, with its verdict, note, author and tag colour', async () => {
    const all = (await highlights()).filter((h) => !h.grouped);
    expect(all).toHaveLength(SEED_CLAIMS.length);
    const first = all.find((h) => h.contents.startsWith('[2] '))!;
    expect(first.contents).toBe('[2] 属实\n标签：数据 · 证据强度：4 确凿\n与技术报告一致。');
    expect(first.author).toBe('编辑张');
    // 数据's #1f77b4 as the light tint the page shows.
    expect(first.color).toEqual(hexBytes(paperTint('#1f77b4')));
    for (let n = 1; n <= SEED_CLAIMS.length; n++) expect(all.filter((h) => h.contents.startsWith(`[${n}] `))).toHaveLength(1);
    // pdf.js lists each comment with the claim's tag and note.
    for (const c of SEED_CLAIMS) expect(all.filter((h) => h.contents.includes(`标签：${c.tag}`) && h.contents.endsWith(c.note))).toHaveLength(1);
  });

  it('places each highlight over the claim’s own text, nested claims included', async () => {
    const byNumber = new Map((await highlights()).filter((h) => !h.grouped).map((h) => [Number(/^\[(\d+)\]/.exec(h.contents)![1]), h]));
    const quoteOf = ['业界参数规模最大、效果最好', '总参数量 389B,激活参数量 52B', '总参数量 389B', '仅排在了第 11 位,月访问量不到 200 万', '平庸到毫无 " 特色 " 的存在'];
    for (const [i, quote] of quoteOf.entries()) {
      const h = byNumber.get(i + 1)!;
      // Full lines are covered, so the claim numbers printed inside the claim come along.
      expect((await textUnder(h.page, h.quads)).replace(/\[\d+\]/g, '')).toBe(squeeze(quote));
    }
  });

  it('looks the same with comments shown and hidden: each highlight paints the page’s own light tint', async () => {
    const articlePage = Math.min(...(await highlights()).map((h) => h.page));
    const shown = darkness(written.output, articlePage, []);
    const hidden = darkness(written.output, articlePage, ['-hide-annotations']);
    expect(hidden).toBeGreaterThan(0.01);
    expect(Math.abs(shown / hidden - 1)).toBeLessThanOrEqual(0.02);
  });

  it('gives every highlight its own appearance stream with a blend mode, as qpdf reads the file', () => {
    const objects = (JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', written.output], { encoding: 'utf8', maxBuffer: 64 << 20 })) as QpdfJson).qpdf[1];
    const lookup = (ref: string) => objects[`obj:${ref}`]!;
    const highlightDicts = Object.values(objects).flatMap((o) => (o.value?.['/Subtype'] === '/Highlight' ? [o.value] : []));
    expect(highlightDicts.length).toBeGreaterThanOrEqual(SEED_CLAIMS.length);
    for (const h of highlightDicts) {
      const ap = lookup((h['/AP'] as { '/N': string })['/N']).stream!.dict;
      expect(ap['/Subtype']).toBe('/Form');
      const states = Object.values((ap['/Resources'] as { '/ExtGState': Record<string, string> })['/ExtGState']).map((ref) => lookup(ref).value!);
      expect(states.map((g) => g['/BM'])).toEqual(['/Darken']);
      expect(h['/CA']).toBe(1);
      expect((h['/QuadPoints'] as number[]).length % 8).toBe(0);
    }
  });

  it('never leaves a section heading alone at the bottom of a page', () => {
    const article = store.getArticle(store.listArticles()[0]!.id);
    const headings = article.content.blocks.filter((b) => b.kind === 'heading').map((b) => squeeze([...article.content.text].slice(b.start, b.end).join('')));
    expect(headings).toContain('03产品掣肘');
    for (let p = 1; p <= written.pages!; p++) {
      const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(p), '-l', String(p), written.output, '-'], { encoding: 'utf8' })
        .split('\n')
        .map(squeeze)
        .filter(Boolean);
      // The last line is the page number in the footer; the one before it ends the page's text.
      expect(headings, `page ${p}`).not.toContain(lines.at(-2));
    }
  });

  it('keeps no link that leads nowhere: those that located the claims are hidden, with no action', async () => {
    const plain = tmp.file('plain.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', written.output, plain]);
    expect(readFileSync(plain, 'latin1')).not.toContain('pizhu:run/');
    for (let p = 1; p <= pdf.numPages; p++) {
      for (const a of await (await pdf.getPage(p)).getAnnotations()) if (a.subtype === 'Link') expect(String(a.unsafeUrl ?? a.dest ?? '')).not.toMatch(/^pizhu:/);
    }
  });

  it('passes qpdf --check', () => {
    const r = spawnSync('qpdf', ['--check', written.output], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('embeds the Noto fonts it uses, so it looks the same everywhere', () => {
    const lines = execFileSync('pdffonts', [written.output], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(lines.some((l) => /NotoSansSC/.test(l))).toBe(true);
    expect(lines.some((l) => /NotoSerifSC/.test(l))).toBe(true);
    for (const line of lines) expect(line).toMatch(/\syes\s+yes\s+yes\s/);
  });

  it('has bookmarks for the sections and each claim', async () => {
    const titles = (await pdf.getOutline()).flatMap(function flat(o): string[] {
      return [o.title, ...o.items.flatMap(flat)];
    });
    expect(titles).toEqual(expect.arrayContaining(['概要', '论断详情', '[1]', `[${SEED_CLAIMS.length}]`]));
  });
});

describe('an English export on Letter paper', () => {
  it('prints Letter pages with English labels and the same comments', async () => {
    const letter = await exportToFile(store, { format: 'pdf', lang: 'en', paper: 'letter', verdicts: ['true', 'false'] }, tmp.file('report-en.pdf'), { printer });
    const doc = await getDocument({ data: new Uint8Array(readFileSync(letter.output)), disableFontFace: true }).promise;
    try {
      const page = await doc.getPage(1);
      expect(page.view.slice(2).map(Math.round)).toEqual([612, 792]);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', letter.output, '-'], { encoding: 'utf8' });
      expect(text).toContain('Fact-check report');
      expect(text).toMatch(/Page 1 of \d+/);
      const comments = (await Promise.all(Array.from({ length: doc.numPages }, async (_, i) => (await doc.getPage(i + 1)).getAnnotations())))
        .flat()
        .filter((a) => a.subtype === 'Highlight');
      expect(comments.map((a) => a.contentsObj.str)).toEqual(['[1] true\nTags: 数据 · Evidence strength: 4 conclusive\n与技术报告一致。']);
    } finally {
      await doc.loadingTask.destroy();
    }
  });
});

describe('the appendix of open claim suggestions and repost traces', () => {
  const APPENDIX = '附录：论断建议与转载痕迹';
  const pdfText = (file: string) => squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

  it('is left out unless asked for', () => {
    expect(pdfText(written.output)).not.toContain(APPENDIX);
  });

  it('lists the suggestions no claim covers, but not one the user dismissed, and the traces with their likely original', async () => {
    const article = store.getArticle(store.listArticles()[0]!.id);
    const open = articleAppendix(article.id, article.content.text, store.listClaims(article.id), new Set()).suggestions;
    expect(open.length).toBeGreaterThan(2);
    // Dismissed in the 建议 list: kept in the project file, which the export reads.
    const dismissed = open[1]!;
    store.dismissSuggestion(suggestionKey(article.id, dismissed), dismissed.kind);
    const out = await exportToFile(store, { format: 'pdf', include: { appendix: true } }, tmp.file('附录.pdf'), { printer });
    expect(spawnSync('qpdf', ['--check', out.output]).status).toBe(0);
    const text = pdfText(out.output);
    const appendix = text.slice(text.indexOf(APPENDIX));
    expect(appendix).toContain(APPENDIX);
    expect(appendix).toContain(`未处理的论断建议（${open.length - 1}）`);
    // Each open suggestion reads 「quote」 tag reasons; the dismissed one is not there.
    const entry = (s: typeof dismissed) => squeeze(`「${s.exact}」${s.tag}${s.reason}`);
    expect(appendix).toContain(entry(open[0]!));
    expect(appendix).toContain(entry(open[2]!));
    expect(appendix).not.toContain(entry(dismissed));
    // 社交軟體 in the seed: a traditional word, with the simplified one it stands for.
    expect(appendix).toContain('可能的原文：软件');
    expect(appendix).toContain('中文句中的半角标点');
  });
});

describe('a failed export', () => {
  it('leaves the existing file untouched and names PIZHU_CHROMIUM when Chromium is missing', async () => {
    const out = tmp.file('existing.pdf');
    writeFileSync(out, 'the previous export');
    vi.stubEnv('PIZHU_CHROMIUM', '/nonexistent/chromium');
    try {
      await expect(exportToFile(store, { format: 'pdf' }, out)).rejects.toThrow(/PIZHU_CHROMIUM/);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
  });

  it('says which folder does not exist', async () => {
    await expect(exportToFile(store, { format: 'csv' }, tmp.file('no-such-folder/claims.csv'))).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('no-such-folder') });
  });
});
