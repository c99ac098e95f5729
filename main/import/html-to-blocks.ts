// Maps an HTML tree (Readability's article, mammoth's .docx output, pasted HTML) to article
// blocks: h1-h6 -> heading, p -> paragraph, blockquote -> quote, li -> list-item, pre -> code,
// img -> figure, figcaption -> caption, a[href] -> link. Only text, link targets and image alt
// and data reach the model: scripts, styles, frames, forms and every other attribute (event
// handlers included) are dropped here whatever the input, and a link keeps its target only if it
// is a web or mail address (javascript:, data:, file: and the like lose it; a relative one is
// resolved against the page's own address when it has one, else dropped).
import type { ArticleBuilder, InlineRun } from '../../shared/article/builder';
import type { BlockKind } from '../../shared/article/model';
import { normalizeInline, normalizeText } from '../../shared/article/normalize';
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom';
import { type EmbeddedImages, isDataUri } from './images';

const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'canvas', 'video', 'audio', 'form', 'input', 'button', 'select', 'textarea',
  'nav', 'link', 'meta',
]);
// Elements that end the current block and start a new one of the surrounding kind.
const BLOCK_CONTAINERS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'address', 'center', 'details', 'summary', 'hr',
  'body', 'html',
]);
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The absolute web or mail address a link points to, or undefined. */
export function safeHref(href: string, baseUrl?: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  // An address with a scheme is parsed once, as it is; only a relative one needs the base.
  const absolute = SCHEME.test(trimmed);
  if (!absolute && baseUrl === undefined) return undefined;
  try {
    const url = absolute ? new URL(trimmed) : new URL(trimmed, baseUrl);
    return LINK_SCHEMES.has(url.protocol) ? (absolute ? trimmed : url.href) : undefined;
  } catch {
    return undefined;
  }
}
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HTML_SPACE = /[ \t\n\r\f]+/g;
// White space HTML_SPACE would change: anything but a single plain space.
const SPACE_TO_COLLAPSE = /[\t\n\r\f]| {2}/;
const NOT_SPACE = /\S/;
// CSS Text 3: a line break in the source between two CJK characters renders as nothing, not as
// a space, so "腾讯\n宣布" in a page's source reads "腾讯宣布".
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t\\r\\f]*\\n[ \\t\\n\\r\\f]*(?=[${CJK}])`, 'gu');

interface Context {
  kind: BlockKind;
  level?: number;
  ordered?: boolean;
  listDepth: number;
  href?: string;
}

export interface HtmlBlockOptions {
  images: EmbeddedImages;
  /** A title already added as the title block: a leading heading with the same text is skipped. */
  title?: string;
  /** The page's own web address, against which relative links are resolved. */
  baseUrl?: string;
  /** Make a leading h1 the title block (documents whose title is their first heading). */
  firstH1AsTitle?: boolean;
}

/** How many blocks at the top of a body may repeat the headline. */
const LEADING_TITLE_REACH = 3;
const words = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, '');
const sameWords = (a: string, b: string): boolean => words(a) !== '' && words(a) === words(b);

/** Appends the blocks of `root` to `builder`; returns the title taken from a leading h1, if any. */
export function appendHtmlBlocks(builder: ArticleBuilder, root: DomNode, opts: HtmlBlockOptions): string | undefined {
  return new HtmlWalker(builder, opts).run(root);
}

class HtmlWalker {
  private pending: InlineRun[] = [];
  private pendingContext: Context | undefined;
  private blocksSeen = 0;
  private headingTitle: string | undefined;

  constructor(
    private readonly builder: ArticleBuilder,
    private readonly opts: HtmlBlockOptions,
  ) {}

  run(root: DomNode): string | undefined {
    this.children(root, { kind: 'paragraph', listDepth: 0 });
    this.flush();
    return this.headingTitle;
  }

  // Siblings, not childNodes: linkedom builds a fresh childNodes array on every access, which
  // made indexing into it quadratic on long articles.
  private children(node: DomNode, ctx: Context): void {
    for (let child = node.firstChild; child; child = child.nextSibling) this.visit(child, ctx);
  }

  private visit(node: DomNode, ctx: Context): void {
    if (node.nodeType === TEXT_NODE) {
      this.pendingContext ??= ctx;
      this.pending.push(ctx.href === undefined ? { text: node.nodeValue ?? '' } : { text: node.nodeValue ?? '', href: ctx.href });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = el.localName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) return this.block(el, { ...ctx, kind: 'heading', level: Number(heading[1]) });
    switch (tag) {
      case 'br':
        return this.flush();
      case 'img':
        return this.image(el);
      case 'pre':
        this.flush();
        this.emit('code', [{ text: normalizeText(el.textContent ?? '') }], {});
        return;
      case 'blockquote':
        return this.block(el, { ...ctx, kind: 'quote' });
      case 'figcaption':
        return this.block(el, { ...ctx, kind: 'caption' });
      case 'ul':
      case 'ol':
        return this.block(el, { ...ctx, listDepth: ctx.listDepth + 1, ordered: tag === 'ol' });
      case 'li':
        return this.block(el, { ...ctx, kind: 'list-item', level: Math.min(Math.max(ctx.listDepth, 1), 6) });
      case 'a': {
        const href = safeHref(el.getAttribute('href') ?? '', this.opts.baseUrl);
        return this.children(el, { ...ctx, href });
      }
    }
    if (BLOCK_CONTAINERS.has(tag)) return this.block(el, ctx);
    this.children(el, ctx);
  }

  private block(el: DomElement, ctx: Context): void {
    this.flush();
    this.children(el, ctx);
    this.flush();
  }

  private image(el: DomElement): void {
    this.flush();
    const src = el.getAttribute('src') ?? '';
    const alt = normalizeInline(el.getAttribute('alt') ?? '').replace(HTML_SPACE, ' ').trim();
    const assetHash = isDataUri(src) ? this.opts.images.addDataUri(src) : undefined;
    this.builder.add('figure', '', { ...(alt ? { alt } : {}), ...(assetHash ? { assetHash } : {}) });
  }

  /** Ends the current block: collapses HTML whitespace across its runs and adds it. */
  private flush(): void {
    const ctx = this.pendingContext;
    const runs = this.pending;
    this.pending = [];
    this.pendingContext = undefined;
    if (!ctx) return;
    let afterSpace = true;
    // The runs are this block's own (made by visit), so they are collapsed in place.
    for (const run of runs) {
      let text = normalizeInline(run.text);
      if (text.includes('\n')) text = text.replace(CJK_BREAK, '$1');
      if (SPACE_TO_COLLAPSE.test(text)) text = text.replace(HTML_SPACE, ' ');
      if (afterSpace && text.startsWith(' ')) text = text.slice(1);
      if (text !== '') afterSpace = text.endsWith(' ');
      run.text = text;
    }
    this.emit(ctx.kind, runs, ctx);
  }

  private emit(kind: BlockKind, runs: InlineRun[], ctx: Partial<Context>): void {
    if (!runs.some((r) => NOT_SPACE.test(r.text))) return;
    const seen = this.blocksSeen++;
    // The whole text only where it is read: the first blocks, which may repeat the headline.
    const text = seen < LEADING_TITLE_REACH ? runs.map((r) => r.text).join('').trim() : '';
    // The headline again at the top of the body (a heading, or a styled line on older portals):
    // it is already the title block.
    if (seen < LEADING_TITLE_REACH && (kind === 'heading' || kind === 'paragraph') && this.opts.title !== undefined && sameWords(text, this.opts.title)) return;
    if (seen === 0 && kind === 'heading') {
      if (this.opts.firstH1AsTitle && ctx.level === 1) {
        this.headingTitle = text;
        this.builder.add('title', runs);
        return;
      }
    }
    const extras =
      kind === 'heading' ? { level: ctx.level } : kind === 'list-item' ? { level: ctx.level, ordered: ctx.ordered ?? false } : {};
    this.builder.add(kind, runs, extras);
  }
}
