// Markdown articles: YAML front matter becomes source metadata; the body goes through marked's
// lexer and parser to HTML and then through the same HTML-to-blocks mapper as web pages and
// .docx files, so all formats share one block structure (and one sanitiser: raw HTML inside
// the Markdown is filtered there like any page).
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { ArticleBuilder } from '../../shared/article/builder';
import type { ArticleContent, SourceMetadata } from '../../shared/article/model';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { parseFragment } from './dom';
import { appendHtmlBlocks } from './html-to-blocks';
import { EmbeddedImages } from './images';
import { MAX_HTML_DEPTH } from './limits';

export interface MarkdownImport {
  content: ArticleContent;
  warnings: string[];
  images: EmbeddedImages;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

interface FrontMatter extends SourceMetadata {
  title?: string;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join('、') || undefined;
  return undefined;
}

/** Splits off front matter; `undefined` metadata means it was present but malformed. */
export function splitFrontMatter(source: string): { body: string; meta: FrontMatter | undefined } {
  const m = FRONT_MATTER.exec(source);
  if (!m) return { body: source, meta: {} };
  const body = source.slice(m[0].length);
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch {
    return { body, meta: undefined };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { body, meta: data == null ? {} : undefined };
  const d = data as Record<string, unknown>;
  const meta: FrontMatter = {
    title: text(d['title']),
    author: text(d['author'] ?? d['authors']),
    publishedAt: text(d['date'] ?? d['published'] ?? d['publishedAt']),
    url: text(d['url'] ?? d['source'] ?? d['canonical'] ?? d['link']),
    publisher: text(d['publisher'] ?? d['site']),
  };
  for (const key of Object.keys(meta) as (keyof FrontMatter)[]) if (meta[key] === undefined) delete meta[key];
  return { body, meta };
}

// marked reads block quotes recursively, each level reading the rest of the line again, so a line
// opening thousands of quotes costs the square of its length and then overflows the stack. Quote
// markers past this depth are dropped before marked sees the text (the quote stays, less deep).
const MAX_MARKDOWN_QUOTE_DEPTH = 32;
const DEEP_QUOTE = new RegExp(`^((?:[ \\t]*>){${MAX_MARKDOWN_QUOTE_DEPTH}})(?:[ \\t]*>)+`, 'gm');

function capQuoteDepth(markdown: string): { markdown: string; flattened: boolean } {
  let flattened = false;
  const capped = markdown.replace(DEEP_QUOTE, (_, kept: string) => {
    flattened = true;
    return kept;
  });
  return { markdown: capped, flattened };
}

export function importMarkdown(source: string, opts: { fileName: string; fallbackTitle: string; title?: string; lang: Language }): MarkdownImport {
  const warnings: string[] = [];
  const { body, meta } = splitFrontMatter(source);
  if (meta === undefined) warnings.push(translate(opts.lang, 'import.warning.frontMatterInvalid'));
  const { title: metaTitle, ...source_ } = meta ?? {};
  const knownTitle = opts.title ?? metaTitle;
  const builder = new ArticleBuilder();
  if (knownTitle) builder.add('title', knownTitle);
  const images = new EmbeddedImages();
  const quotes = capQuoteDepth(body);
  if (quotes.flattened) warnings.push(translate(opts.lang, 'import.warning.flattened', { file: opts.fileName, depth: MAX_MARKDOWN_QUOTE_DEPTH }));
  const html = marked.parser(marked.lexer(quotes.markdown));
  const fragment = parseFragment(html);
  if (fragment.flattened) warnings.push(translate(opts.lang, 'import.warning.flattened', { file: opts.fileName, depth: MAX_HTML_DEPTH }));
  const headingTitle = appendHtmlBlocks(builder, fragment.node, {
    images,
    title: knownTitle,
    firstH1AsTitle: knownTitle === undefined,
  });
  const content = builder.build(knownTitle ?? headingTitle ?? opts.fallbackTitle, { ...source_, fileName: opts.fileName });
  if (images.unreadable > 0) warnings.push(translate(opts.lang, 'import.warning.unreadableImage'));
  return { content, warnings, images };
}
