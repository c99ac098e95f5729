// Word documents: mammoth turns the WordprocessingML into clean semantic HTML (headings from
// paragraph styles, lists, images as data: URIs), which the shared HTML-to-blocks mapper reads
// directly; Readability is not needed because a .docx has no site chrome. The archive is opened
// with limits first (docx-archive.ts), so mammoth only ever reads what was counted.
import mammoth from 'mammoth';
import { ArticleBuilder } from '../../shared/article/builder';
import type { ArticleContent } from '../../shared/article/model';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { parseFragment } from './dom';
import { checkedDocxArchive } from './docx-archive';
import { importError, isStackOverflow } from './errors';
import { appendHtmlBlocks } from './html-to-blocks';
import { EmbeddedImages } from './images';
import { MAX_HTML_DEPTH } from './limits';

export interface DocxImport {
  content: ArticleContent;
  warnings: string[];
  images: EmbeddedImages;
}

export async function importDocx(
  bytes: Uint8Array,
  opts: { fileName: string; fallbackTitle: string; title?: string; lang: Language },
): Promise<DocxImport> {
  const { fileName, lang } = opts;
  let html: string;
  const warnings: string[] = [];
  const archive = checkedDocxArchive(bytes, fileName, lang);
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength) });
    html = result.value;
    for (const m of result.messages) warnings.push(translate(lang, 'import.warning.docxMessage', { detail: m.message }));
  } catch (err) {
    if (isStackOverflow(err)) throw importError('bad-input', lang, 'tooDeep', { file: fileName });
    throw importError('bad-input', lang, 'brokenDocx', { file: fileName, detail: err instanceof Error ? err.message : String(err) });
  }
  const builder = new ArticleBuilder();
  if (opts.title) builder.add('title', opts.title);
  const images = new EmbeddedImages();
  const fragment = parseFragment(html);
  if (fragment.flattened) warnings.push(translate(lang, 'import.warning.flattened', { file: fileName, depth: MAX_HTML_DEPTH }));
  const headingTitle = appendHtmlBlocks(builder, fragment.node, {
    images,
    title: opts.title,
    firstH1AsTitle: opts.title === undefined,
  });
  if (!builder.hasText) throw importError('bad-input', lang, 'noReadableBody', { file: fileName });
  if (images.unreadable > 0) warnings.push(translate(lang, 'import.warning.unreadableImage'));
  const content = builder.build(opts.title ?? headingTitle ?? opts.fallbackTitle, { fileName });
  return { content, warnings, images };
}
