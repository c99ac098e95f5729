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

export type ImportFormat = 'text' | 'html' | 'markdown' | 'docx';

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  docx: 'docx',
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
