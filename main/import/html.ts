// Web pages saved to disk: decode with the declared charset checked against the bytes, read the
// page into the light tree, read the metadata, find the article (fast-extract.ts; Readability on
// linkedom when the page has no clear one; WeChat's own body), and map it to blocks.
import { Readability } from '@mozilla/readability';
import { ArticleBuilder } from '../../shared/article/builder';
import type { ArticleContent, SourceMetadata } from '../../shared/article/model';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { decodeText, encodingFromLabel, type EncodingChoice, type EncodingReport } from './detect-encoding';
import { parseDocument, type DomDocument, type DomNode } from './dom';
import { extractArticle } from './fast-extract';
import { parseLight, type LightDocument } from './light-dom';
import { importError } from './errors';
import { appendHtmlBlocks } from './html-to-blocks';
import { EmbeddedImages } from './images';
import { MAX_HTML_DEPTH } from './limits';
import { cleanByline, extractMetadata, type PageMetadata } from './metadata';
import { isWeChatPage, readWeChat } from './wechat';
import { cleanPageBody, type PageCleanupReport } from './page-cleanup';
import { takeSourceLines } from './source-lines';
import { chooseTitle, normalizeTitle } from './title';

export interface HtmlImport {
  content: ArticleContent;
  encoding: EncodingReport;
  warnings: string[];
  images: EmbeddedImages;
  cleanups: PageCleanupReport[];
}

// The HTML spec's prescan looks at the first 1024 bytes; pages with long heads put the meta
// later, so read a little more. Latin-1 keeps every byte as one character for the regexes.
const CHARSET_SCAN_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares in <meta charset> or <meta http-equiv content="…charset=…">. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SCAN_BYTES));
  return META_CHARSET.exec(head)?.[1];
}

export function importHtml(
  bytes: Uint8Array,
  opts: { fileName: string; lang: Language; encoding?: EncodingChoice; title?: string; disabledCleanups?: string[] },
): HtmlImport {
  const { fileName, lang } = opts;
  const declared = declaredCharset(bytes);
  const decoded = decodeText(bytes, { fileName, lang, choice: opts.encoding, declared });
  const warnings: string[] = [];
  if (decoded.replaced) warnings.push(translate(lang, 'import.warning.replacedCharacters', { file: fileName, count: decoded.replaced }));
  const declaredName = encodingFromLabel(declared);
  if (declared && declaredName !== decoded.encoding.name && (opts.encoding ?? 'auto') === 'auto') {
    warnings.push(translate(lang, 'import.warning.charsetMismatch', { declared, actual: decoded.encoding.name }));
  }
  const { node: doc, flattened } = parseLight(decoded.text);
  if (flattened) warnings.push(translate(lang, 'import.warning.flattened', { file: fileName, depth: MAX_HTML_DEPTH }));
  const metadata = extractMetadata(doc, decoded.text);
  const orRefuse = (built: HtmlImport | null): HtmlImport => {
    if (!built) throw importError('bad-input', lang, 'noReadableBody', { file: fileName });
    return built;
  };
  if (isWeChatPage(doc, metadata.url)) return orRefuse(fromBody(fromWeChat(doc, decoded.text, metadata), opts, decoded.encoding, warnings));
  // The light tree's article comes first; a page where it finds none, or one that maps to no
  // text (all of it in forms, say), is read by Readability.
  const fast = fromLightTree(doc, metadata);
  return (fast && fromBody(fast, opts, decoded.encoding, warnings)) ?? orRefuse(fromBody(fromReadability(decoded.text, metadata, fileName, lang), opts, decoded.encoding, warnings));
}

/** The article's blocks from its body: the clean-ups, the source lines, the blocks; null if no text is left. */
function fromBody(
  found: Extracted,
  opts: { fileName: string; lang: Language; title?: string; disabledCleanups?: string[] },
  encoding: EncodingReport,
  warnings: string[],
): HtmlImport | null {
  const { fileName, lang } = opts;
  const title = opts.title ? normalizeTitle(opts.title) : found.title;
  const baseUrl = found.source.url && /^https?:\/\//i.test(found.source.url) ? found.source.url : undefined;
  const builder = new ArticleBuilder();
  if (title) builder.add('title', title);
  const images = new EmbeddedImages();
  const disabled = new Set(opts.disabledCleanups ?? []);
  const cleanups = cleanPageBody(found.body, disabled);
  const lines = takeSourceLines(found.body, !disabled.has('source-lines'));
  cleanups.push({ id: 'source-lines', applied: !disabled.has('source-lines') && lines.removed > 0, count: lines.removed });
  appendHtmlBlocks(builder, found.body, { images, title, ...(baseUrl ? { baseUrl } : {}) });
  const { source } = found;
  const content = builder.build(title, {
    ...source,
    ...(source.publisher === undefined && lines.publisher ? { publisher: lines.publisher } : {}),
    ...(source.author === undefined && lines.author ? { author: lines.author } : {}),
    ...(source.publishedAt === undefined && lines.publishedAt ? { publishedAt: lines.publishedAt } : {}),
    ...(lines.editor ? { editor: lines.editor } : {}),
    fileName,
  });
  const bodyBlocks = content.blocks.filter((b) => b.kind !== 'title' && b.end > b.start);
  if (bodyBlocks.length === 0) return null;
  const all = images.unreadable > 0 ? [...warnings, translate(lang, 'import.warning.unreadableImage')] : warnings;
  return { content, encoding, warnings: all, images, cleanups: cleanups.filter((c) => c.count > 0) };
}

interface Extracted {
  body: DomNode;
  title: string;
  source: SourceMetadata;
}

// Headlines printed on the page: <h1>–<h4>, and elements named for a title where older portals
// print the headline in a styled <span class="Title"> or <div id="title">.
const HEADLINES = 'h1, h2, h3, h4, [class*="title"], [class*="Title"], [id*="title"], [id*="Title"]';

function headlines(doc: DomDocument): string[] {
  return Array.from(doc.querySelectorAll(HEADLINES))
    .slice(0, 40)
    .map((h) => h.textContent ?? '')
    .filter((text) => text.length <= 200);
}

/** The title among the page's candidates (title.ts), the site's name cut off. */
function titleOf(metadata: PageMetadata, headings: string[], readabilityTitle?: string): string {
  const host = hostOf(metadata.url);
  return (
    chooseTitle({
      ...(metadata.title ? { ogTitle: metadata.title } : {}),
      headings,
      ...(readabilityTitle ? { readabilityTitle } : {}),
      ...(metadata.documentTitle ? { documentTitle: metadata.documentTitle } : {}),
      ...(metadata.publisher ? { siteName: metadata.publisher } : {}),
      ...(host ? { host } : {}),
    }) ?? ''
  );
}

/**
 * The body and metadata of an ordinary page found in the light tree (fast-extract.ts), when the
 * page has a clear article; null sends the page to Readability.
 */
function fromLightTree(doc: LightDocument, metadata: PageMetadata): Extracted | null {
  // The same elements as HEADLINES, noted while the page was read.
  const headings = doc.headlines
    .slice(0, 40)
    .map((h) => h.textContent)
    .filter((text) => text.length <= 200);
  const article = extractArticle(doc);
  if (!article) return null;
  const author = metadata.author ?? cleanByline(article.byline);
  return {
    body: article.body,
    title: titleOf(metadata, headings),
    source: { ...pick(metadata, 'url', 'publisher', 'publishedAt'), ...(author ? { author } : {}) },
  };
}

/** The body and metadata of a page without a clear article: Readability on linkedom decides. */
function fromReadability(html: string, metadata: PageMetadata, fileName: string, lang: Language): Extracted {
  const doc = parseDocument(html).node;
  // A <base> would make Readability resolve every relative link against an address of the page's
  // choosing; they are resolved against the page's own declared address instead, or dropped.
  for (const base of Array.from(doc.querySelectorAll('base'))) base.remove();
  const headings = headlines(doc);
  // The article comes back as the element Readability built (not serialised to HTML and parsed
  // again), and class names are kept because nothing downstream reads them: on a long page those
  // two steps were a fifth of the import.
  // linkedom keeps the case of a name given to createElement, and Readability asks for 'DIV':
  // lower-cased here, as an HTML document would, so that the body's elements read alike.
  const created = doc as unknown as { createElement(name: string): unknown };
  const createElement = created.createElement.bind(created);
  created.createElement = (name: string) => createElement(name.toLowerCase());
  const article = new Readability<DomNode>(doc as never, { keepClasses: true, serializer: (el) => el as unknown as DomNode }).parse();
  if (!article?.content) throw importError('bad-input', lang, 'noReadableBody', { file: fileName });
  const title = titleOf(metadata, headings, article.title ?? undefined);
  const author = metadata.author ?? cleanByline(article.byline ?? undefined);
  const publishedAt = metadata.publishedAt ?? (article.publishedTime || undefined);
  return {
    body: article.content,
    title,
    source: { ...pick(metadata, 'url', 'publisher'), ...(author ? { author } : {}), ...(publishedAt ? { publishedAt } : {}) },
  };
}

/** A saved WeChat article: #js_content as the body, metadata from the page's script variables. */
function fromWeChat(doc: DomDocument, html: string, metadata: PageMetadata): Extracted {
  const wechat = readWeChat(doc, html, metadata.url);
  const title = normalizeTitle(wechat.title ?? metadata.title ?? metadata.documentTitle ?? '');
  return { body: wechat.body, title, source: { ...pick(metadata, 'url', 'author', 'publishedAt'), ...wechat.source } };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

function pick<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (obj[key] !== undefined) out[key] = obj[key];
  return out;
}
