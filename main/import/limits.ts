// What the importer accepts: the size limit and the file types, decided before any parsing so
// an oversized or unsupported file is refused cheaply and with a clear reason.
import type { Language } from '../../shared/preferences';
import { importError } from './errors';

/**
 * Largest article file accepted: 50 MB. A long Chinese article is well under 1 MB of text;
 * the limit leaves room for pages and .docx files with embedded images while keeping a
 * mistaken pick (a video, a disk image) from being read into memory and parsed.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Longest article: 2,000,000 characters (code points) of text. A long feature is 20,000; a book
 * is a few hundred thousand. Beyond this, the reader, anchoring and exports would slow down for
 * every claim, and it is almost always the wrong file.
 */
export const MAX_ARTICLE_CHARS = 2_000_000;

/**
 * A .docx is a zip: besides its own size it is checked, while it is inflated, for the sum of its
 * parts (200 MB leaves room for many full-size photos), each other part than XML (a picture we
 * keep is no larger than a screenshot may be, 50 MB), its XML (the text and its markup: 64 MB is
 * several times what 2 million characters need) and its number of parts.
 */
export const MAX_DOCX_UNZIPPED_BYTES = 200 * 1024 * 1024;
export const MAX_DOCX_PART_BYTES = 50 * 1024 * 1024;
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 10_000;

/** Deepest element nesting kept in a page; real pages stay well under 100 (cap-nesting.ts). */
export const MAX_HTML_DEPTH = 256;

/**
 * Budgets of one import, which runs in a worker thread (off-thread.ts): it is ended after 20 s,
 * or when its JavaScript heap passes 768 MB, so the whole process stays under 1.5 GB.
 */
export const IMPORT_TIME_LIMIT_MS = 20_000;
export const IMPORT_HEAP_LIMIT_MB = 768;

export type ImportFormat = 'text' | 'html' | 'markdown' | 'docx' | 'pdf';

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  docx: 'docx',
  pdf: 'pdf',
};

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The file's name without folders or extension: the title of last resort. */
export function stemOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The format a file name announces; anything else is refused as unsupported. */
export function formatOf(fileName: string, lang: Language): ImportFormat {
  const ext = extensionOf(fileName);
  const format = FORMAT_BY_EXTENSION[ext];
  if (!format) throw importError('unsupported', lang, 'unsupported', { file: fileName, ext: ext ? `.${ext}` : '?' });
  return format;
}

/** Refuses an article longer than MAX_ARTICLE_CHARS, counted in code points. */
export function checkArticleLength(fileName: string, codePoints: number, lang: Language): void {
  if (codePoints > MAX_ARTICLE_CHARS) {
    throw importError('bad-input', lang, 'tooLong', { file: fileName, chars: codePoints.toLocaleString('en'), limit: MAX_ARTICLE_CHARS.toLocaleString('en') });
  }
}

/** Refuses empty and oversized files, whatever their type. */
export function checkSize(fileName: string, size: number, lang: Language): void {
  if (size === 0) throw importError('bad-input', lang, 'empty', { file: fileName });
  if (size > MAX_IMPORT_BYTES) {
    throw importError('bad-input', lang, 'tooLarge', {
      file: fileName,
      size: (size / 1024 / 1024).toFixed(1),
      limit: MAX_IMPORT_BYTES / 1024 / 1024,
    });
  }
}
