// PDF articles (reports, press releases): pdf.js reads each page's positioned text runs, and
// pdf-layout.ts turns them into lines, paragraphs and headings. A PDF without a text layer (a
// scan) is refused with a message saying so, rather than imported empty.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ArticleBuilder } from '../../shared/article/builder';
import type { ArticleContent, SourceMetadata } from '../../shared/article/model';
import type { Language } from '../../shared/preferences';
import { importError } from './errors';
import { MAX_ARTICLE_CHARS } from './limits';
import { dropRunningLines, layOut, linesOf, type PdfLine, type TextRun } from './pdf-layout';
import { normalizeTitle } from './title';

export interface PdfImport {
  content: ArticleContent;
  warnings: string[];
}

// A page of text has hundreds of characters; a scan may carry a few (an OCR-less stamp, a
// page number), which are not an article.
const MIN_TEXT_PER_PAGE = 20;

export async function importPdf(bytes: Uint8Array, opts: { fileName: string; fallbackTitle: string; title?: string; lang: Language }): Promise<PdfImport> {
  const { fileName, lang } = opts;
  // pdf.js takes ownership of the buffer it is given, so it gets a copy; no fonts are loaded and
  // nothing is drawn, only text and positions are read.
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (err) {
    await task.destroy();
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw importError('bad-input', lang, 'encryptedPdf', { file: fileName });
    throw importError('bad-input', lang, 'brokenPdf', { file: fileName, detail: (err as Error).message });
  }
  try {
    const pages: PdfLine[][] = [];
    let chars = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const { items } = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of items as TextItem[]) {
        if (!item.str) continue;
        const [a, b, , d, x, y] = item.transform as number[];
        const size = Math.hypot(a!, b!) || Math.abs(d!);
        runs.push({ str: item.str, x: x!, y: y!, width: item.width, size });
        chars += item.str.replace(/\s+/g, '').length;
      }
      pages.push(linesOf(runs));
      page.cleanup();
      if (chars > MAX_ARTICLE_CHARS) break;
    }
    if (chars < MIN_TEXT_PER_PAGE * Math.min(pdf.numPages, 3)) throw importError('bad-input', lang, 'scannedPdf', { file: fileName });
    const blocks = layOut(dropRunningLines(pages));
    const info = await pdfInfo(pdf);
    const laidTitle = blocks.filter((b) => b.kind === 'title').map((b) => b.text).join('');
    const title = normalizeTitle(opts.title ?? (laidTitle || info.title || opts.fallbackTitle));
    const builder = new ArticleBuilder();
    builder.add('title', title);
    for (const block of blocks) if (block.kind !== 'title') builder.add(block.kind, block.text);
    const source: SourceMetadata = { ...(info.author ? { author: info.author } : {}), ...(info.date ? { publishedAt: info.date } : {}), fileName };
    return { content: builder.build(title, source), warnings: [] };
  } finally {
    await task.destroy();
  }
}

interface PdfInfo {
  title?: string;
  author?: string;
  date?: string;
}

async function pdfInfo(pdf: { getMetadata(): Promise<{ info: unknown }> }): Promise<PdfInfo> {
  const { info } = await pdf.getMetadata().catch(() => ({ info: {} }));
  const dict = (info ?? {}) as Record<string, unknown>;
  const str = (key: string) => (typeof dict[key] === 'string' && (dict[key] as string).trim() !== '' ? (dict[key] as string).trim() : undefined);
  const title = str('Title');
  const date = pdfDate(str('CreationDate'));
  return {
    // Word and print drivers fill Title with the file's name ("Microsoft Word - 报告.docx").
    ...(title && !/\.(?:docx?|html?|pdf|pptx?)$|^Microsoft Word/i.test(title) ? { title } : {}),
    ...(str('Author') ? { author: str('Author')! } : {}),
    ...(date ? { date } : {}),
  };
}

/** A PDF date (D:20241105103200+08'00') as ISO 8601. */
export function pdfDate(value: string | undefined): string | undefined {
  const m = /^D:(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!h) return `${y}-${mo}-${d}`;
  const tz = !zone ? '' : zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${tz}`;
}
