// The import pipeline's entry points: a file's bytes (or pasted text) in, a preview of the
// article out, for the import dialog to show and the store to save. Pure: no file system (see
// read-file.ts), no database; every refusal is a PizhuError naming the file and the reason.
// Each format's parsers are loaded when a file of that format comes: an import runs in a fresh
// worker (off-thread.ts), and loading all of them would add most of a second to every import.
import { ArticleBuilder } from '../../shared/article/builder';
import type { ArticleContent, BlockKind } from '../../shared/article/model';
import type { CleanupReport } from '../../shared/article/repost-cleanup';
import { articleProblems } from '../../shared/article/validate';
import { PizhuError } from '../../shared/api/result';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { cpLength } from '../../shared/text/codepoints';
import { decodeText, type DecodedText, type EncodingChoice, type EncodingReport } from './detect-encoding';
import { importError } from './errors';
import { EmbeddedImages, type EmbeddedImage } from './images';
import { checkArticleLength, checkSize, formatOf, stemOf, type ImportFormat } from './limits';
import { importPlainText } from './text';

export { MAX_ARTICLE_CHARS, MAX_IMPORT_BYTES } from './limits';
export { readArticleFile } from './read-file';
export type { EmbeddedImage } from './images';

export interface ImportOptions {
  encoding?: EncodingChoice;
  /** Ids of repost cleanups to skip (see shared/article/repost-cleanup.ts). */
  disabledCleanups?: string[];
  /** The title the user typed; overrides any title found in the file. */
  title?: string;
  /** Source fields the user typed; override what was found, an empty one removes it. */
  source?: Partial<Record<EditableSourceField, string>>;
}

export type EditableSourceField = 'url' | 'publisher' | 'author' | 'publishedAt';

export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  options?: ImportOptions;
  lang: Language;
}

export interface CleanupPreview {
  id: string;
  label: string;
  applied: boolean;
  detail?: string;
}

export interface ImportPreview {
  format: ImportFormat;
  encoding?: EncodingReport;
  content: ArticleContent;
  cleanups: CleanupPreview[];
  warnings: string[];
  embeddedImages: EmbeddedImage[];
  stats: { codePoints: number; blocksByKind: Partial<Record<BlockKind, number>> };
}

export async function previewImport(input: ImportInput): Promise<ImportPreview> {
  const { fileName, lang } = input;
  return withCheckedImages(await previewFile(input), fileName, lang);
}

/** The preview with the source fields the user typed in place of the ones found. */
export function withSourceEdits(preview: ImportPreview, edits: ImportOptions['source']): ImportPreview {
  if (!edits) return preview;
  const source = { ...preview.content.source };
  for (const [key, value] of Object.entries(edits) as [EditableSourceField, string | undefined][]) {
    if (value === undefined) continue;
    const trimmed = value.trim();
    if (trimmed === '') delete source[key];
    else source[key] = trimmed;
  }
  return { ...preview, content: { ...preview.content, source } };
}

async function previewFile(input: ImportInput): Promise<ImportPreview> {
  const { fileName, bytes, lang, options = {} } = input;
  const format = formatOf(fileName, lang);
  checkSize(fileName, bytes.length, lang);
  const fallbackTitle = stemOf(fileName);
  const title = options.title?.trim() || undefined;
  switch (format) {
    case 'text': {
      const decoded = decodeText(bytes, { fileName, lang, choice: options.encoding });
      checkArticleLength(fileName, visibleCodePoints(decoded.text), lang);
      const r = importPlainText(decoded.text, { fileName, fallbackTitle, title, disabledCleanups: options.disabledCleanups });
      return finish(format, fileName, lang, r.content, {
        encoding: decoded.encoding,
        cleanups: cleanupPreviews(r.cleanups, lang),
        warnings: replacedWarning(decoded, fileName, lang),
      });
    }
    case 'markdown': {
      const decoded = decodeText(bytes, { fileName, lang, choice: options.encoding });
      const { importMarkdown } = await import('./markdown');
      const r = importMarkdown(decoded.text, { fileName, fallbackTitle, title, lang });
      return finish(format, fileName, lang, r.content, { encoding: decoded.encoding, warnings: [...replacedWarning(decoded, fileName, lang), ...r.warnings], images: r.images });
    }
    case 'html': {
      const { importHtml } = await import('./html');
      const r = importHtml(bytes, { fileName, lang, encoding: options.encoding, title, disabledCleanups: options.disabledCleanups });
      const cleanups = cleanupPreviews(r.cleanups, lang);
      return finish(format, fileName, lang, r.content, { encoding: r.encoding, warnings: r.warnings, images: r.images, cleanups });
    }
    case 'docx': {
      const { importDocx } = await import('./docx');
      const r = await importDocx(bytes, { fileName, fallbackTitle, title, lang });
      return finish(format, fileName, lang, r.content, { warnings: r.warnings, images: r.images });
    }
    case 'pdf': {
      const { importPdf } = await import('./pdf');
      const r = await importPdf(bytes, { fileName, fallbackTitle, title, lang });
      return finish(format, fileName, lang, r.content, { warnings: r.warnings });
    }
  }
}

// Every character of a plain text that is not white space or invisible reaches the article, so
// their count refuses an overlong text before the line and clean-up passes run over it.
const visibleCodePoints = (text: string): number => cpLength(text.replace(/[\s\u200b\u2060\ufeff\u00ad]+/g, ''));

/** The preview with its embedded images checked (check-images.ts) and the refused ones left out. */
async function withCheckedImages(preview: ImportPreview, fileName: string, lang: Language): Promise<ImportPreview> {
  if (preview.embeddedImages.length === 0) return preview;
  const { checkEmbeddedImages } = await import('./check-images');
  const checked = await checkEmbeddedImages(preview.content, preview.embeddedImages, fileName, lang);
  return { ...preview, content: checked.content, embeddedImages: checked.images, warnings: [...preview.warnings, ...checked.warnings] };
}

export interface PasteOptions {
  lang?: Language;
  disabledCleanups?: string[];
  title?: string;
}

/**
 * Pasted text: rich text (the clipboard's text/html) when there is some, since it keeps the
 * headings and links; otherwise the plain text with the repost cleanups. A selection has no
 * site chrome, so Readability is not used.
 */
export async function previewPastedText(text: string, html?: string, opts: PasteOptions = {}): Promise<ImportPreview> {
  const lang = opts.lang ?? 'zh-CN';
  const fileName = translate(lang, 'import.pasted');
  return withCheckedImages(await pastedPreview(text, html, opts, lang, fileName), fileName, lang);
}

async function pastedPreview(text: string, html: string | undefined, opts: PasteOptions, lang: Language, fileName: string): Promise<ImportPreview> {
  const title = opts.title?.trim() || undefined;
  if (html !== undefined && html.trim() !== '') {
    const [{ parseFragment }, { appendHtmlBlocks }] = await Promise.all([import('./dom'), import('./html-to-blocks')]);
    const builder = new ArticleBuilder();
    if (title) builder.add('title', title);
    const images = new EmbeddedImages();
    const headingTitle = appendHtmlBlocks(builder, parseFragment(html).node, { images, title, firstH1AsTitle: title === undefined });
    const content = builder.build(title ?? headingTitle ?? fileName, {});
    if (builder.hasText) return finish('html', fileName, lang, content, { images });
  }
  const r = importPlainText(text, { fallbackTitle: fileName, title, disabledCleanups: opts.disabledCleanups });
  return finish('text', fileName, lang, r.content, { cleanups: cleanupPreviews(r.cleanups, lang) });
}

function cleanupPreviews(reports: readonly (Pick<CleanupReport, 'applied' | 'count'> & { id: string })[], lang: Language): CleanupPreview[] {
  return reports.map((r) => ({
    id: r.id,
    label: translate(lang, `import.cleanup.${r.id}`),
    applied: r.applied,
    ...(r.applied ? { detail: translate(lang, 'import.cleanupDetail', { count: r.count }) } : {}),
  }));
}

/** The warning for characters a file had already lost (U+FFFD it holds itself), if any. */
function replacedWarning(decoded: DecodedText, file: string, lang: Language): string[] {
  return decoded.replaced ? [translate(lang, 'import.warning.replacedCharacters', { file, count: decoded.replaced })] : [];
}

function finish(
  format: ImportFormat,
  fileName: string,
  lang: Language,
  content: ArticleContent,
  extra: { encoding?: EncodingReport; cleanups?: CleanupPreview[]; warnings?: string[]; images?: EmbeddedImages },
): ImportPreview {
  if (!/\S/.test(content.text)) throw importError('bad-input', lang, 'empty', { file: fileName });
  // A broken offset would misplace every claim anchored in this article: fail loudly instead.
  const problems = articleProblems(content);
  if (problems.length > 0) throw new PizhuError('internal', `${fileName}: ${problems.join('; ')}`);
  // The checks above hold the text to end where its last block ends: that is its length, uncounted.
  const codePoints = content.blocks.at(-1)?.end ?? cpLength(content.text);
  checkArticleLength(fileName, codePoints, lang);
  const blocksByKind: Partial<Record<BlockKind, number>> = {};
  for (const b of content.blocks) blocksByKind[b.kind] = (blocksByKind[b.kind] ?? 0) + 1;
  return {
    format,
    ...(extra.encoding ? { encoding: extra.encoding } : {}),
    content,
    cleanups: extra.cleanups ?? [],
    warnings: extra.warnings ?? [],
    embeddedImages: extra.images?.list() ?? [],
    stats: { codePoints, blocksByKind },
  };
}
