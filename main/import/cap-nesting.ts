// Caps how deeply an HTML page nests before any parser or recursive step sees it. The HTML
// parser under linkedom keeps its open elements in an array it shifts and unshifts, so its cost
// grows with the square of the depth (100,000 nested <div>s took minutes), and Readability and
// our block mapper recurse over the tree. This pass reads the page once, left to right, with its
// own stack of open elements, and writes it out again well-formed: every end tag closes what is
// open, stray end tags are dropped (</br> and </p> read as the parser reads them), and an element opened deeper than MAX_HTML_DEPTH is left out
// (a block one becomes a <br>, so its text still starts a new paragraph). Text, attributes and
// the content of script/style/title/textarea are kept; comments and declarations are dropped.
import { MAX_HTML_DEPTH } from './limits';

export interface CappedHtml {
  html: string;
  /** True when some elements were left out for being nested too deeply. */
  flattened: boolean;
}

// The parser's void elements (never pushed) and raw-text elements (content read up to their end
// tag as text): the same sets as htmlparser2, which linkedom uses.
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

// What opening an element closes first (htmlparser2's table): modelling it keeps our stack the
// same as the parser's for pages that leave <p> and <li> open, as old pages do.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']], ['body', ['head', 'link', 'script']],
      ['li', ['li']], ['p', P], ['h1', P], ['h2', P], ['h3', P], ['h4', P], ['h5', P], ['h6', P],
      ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
      ['option', ['option']], ['optgroup', ['optgroup', 'option']], ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']],
      ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P], ['dl', P],
      ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P], ['header', P], ['hr', P],
      ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P], ['table', P], ['ul', P],
      ['rt', ['rt', 'rp']], ['rp', ['rt', 'rp']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
    ] as const
  ).map(([tag, closes]) => [tag, new Set<string>(closes)]),
);

// Elements left out beyond the cap that still end a paragraph.
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'blockquote', 'li', 'ul', 'ol',
  'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'address', 'center',
  'details', 'summary', 'figcaption', 'nav', 'form', 'fieldset',
]);

const TAG_NAME = /[A-Za-z][^\s/>]*/y;
const ATTRIBUTE = /\s*([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;
const SPACE_AND_SLASH = /[\s/]*/y;

const escapeAttribute = (value: string): string => value.replace(/&(?![#\w]+;)/g, '&amp;').replace(/"/g, '&quot;');

/** An attribute as written in the page: its name (lower-cased) and value, character references not decoded. */
export type RawAttribute = readonly [name: string, value: string | undefined];

/**
 * What the walk hands on, already balanced and capped: every open() is followed by its close()
 * (a void element's at once), in nesting order, never deeper than the cap.
 */
export interface HtmlSink {
  /** Text between tags as written (character references not decoded). */
  text(raw: string): void;
  open(name: string, attributes: readonly RawAttribute[]): void;
  close(name: string): void;
  /** The content of a raw-text element (script, style, title, textarea, xmp) as written. */
  rawText(content: string): void;
}

const NO_ATTRIBUTES: RawAttribute[] = [];

class Walker {
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>();
  private readonly dropped = new Map<string, number>();
  /** Whether the last thing handed on was a break standing for a left-out block: one is enough. */
  private broke = false;
  flattened = false;

  constructor(
    private readonly src: string,
    private readonly sink: HtmlSink,
    private readonly maxDepth: number,
  ) {}

  run(): void {
    const src = this.src;
    let i = 0;
    while (i < src.length) {
      const lt = src.indexOf('<', i);
      if (lt < 0) {
        this.text(src.slice(i));
        break;
      }
      if (lt > i) this.text(src.slice(i, lt));
      i = this.markup(lt);
    }
    while (this.stack.length > 0) this.pop();
  }

  /** Reads the markup starting at `lt` (a '<'); returns where the text after it starts. */
  private markup(lt: number): number {
    const src = this.src;
    const next = src[lt + 1];
    if (next === '!') {
      if (src.startsWith('<!--', lt)) {
        const end = src.indexOf('-->', lt + 4);
        return end < 0 ? src.length : end + 3;
      }
      return this.skipTo('>', lt);
    }
    if (next === '?') return this.skipTo('>', lt);
    if (next === '/') {
      TAG_NAME.lastIndex = lt + 2;
      const m = TAG_NAME.exec(src);
      if (!m) return this.skipTo('>', lt);
      this.endTag(m[0].toLowerCase());
      return this.skipTo('>', TAG_NAME.lastIndex);
    }
    TAG_NAME.lastIndex = lt + 1;
    const m = TAG_NAME.exec(src);
    if (!m) {
      this.text('&lt;');
      return lt + 1;
    }
    return this.startTag(m[0].toLowerCase(), TAG_NAME.lastIndex);
  }

  private skipTo(char: string, from: number): number {
    const end = this.src.indexOf(char, from);
    return end < 0 ? this.src.length : end + 1;
  }

  private startTag(name: string, at: number): number {
    const src = this.src;
    // Most tags carry no attribute: they share one empty list.
    let attributes: RawAttribute[] = NO_ATTRIBUTES;
    let i = at;
    let selfClosing: boolean;
    for (;;) {
      ATTRIBUTE.lastIndex = i;
      const a = ATTRIBUTE.exec(src);
      if (a && a[0].length > 0) {
        if (attributes === NO_ATTRIBUTES) attributes = [];
        attributes.push([a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4]]);
        i = ATTRIBUTE.lastIndex;
        continue;
      }
      SPACE_AND_SLASH.lastIndex = i;
      const gap = SPACE_AND_SLASH.exec(src)![0];
      i += gap.length;
      if (i >= src.length || src[i] === '>') {
        selfClosing = gap.endsWith('/');
        i = Math.min(i + 1, src.length);
        break;
      }
      // A character no attribute can start with: skip it, as the parser does.
      i++;
    }
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1]!)) this.pop();
    if (VOID.has(name)) {
      this.element(name, attributes);
      return i;
    }
    if (this.stack.length >= this.maxDepth) {
      this.flattened = true;
      if (BLOCK.has(name)) this.lineBreak();
      if (!selfClosing) this.dropped.set(name, (this.dropped.get(name) ?? 0) + 1);
      return RAW_TEXT.has(name) && !selfClosing ? this.skipRawText(name, i, false) : i;
    }
    if (selfClosing) {
      this.element(name, attributes);
      return i;
    }
    this.broke = false;
    this.sink.open(name, attributes);
    if (RAW_TEXT.has(name)) return this.skipRawText(name, i, true);
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    return i;
  }

  /** The content of a raw-text element up to its end tag, kept (and the element closed) or left out. */
  private skipRawText(name: string, from: number, keep: boolean): number {
    const src = this.src;
    const close = new RegExp(`</${name}[\\s/>]`, 'gi');
    close.lastIndex = from;
    const m = close.exec(src);
    const end = m ? m.index : src.length;
    if (keep) {
      if (end > from) this.sink.rawText(src.slice(from, end));
      this.sink.close(name);
    } else this.dropped.set(name, this.dropped.get(name)! - 1);
    return m ? this.skipTo('>', end) : src.length;
  }

  private endTag(name: string): void {
    if ((this.open.get(name) ?? 0) > 0) {
      while (this.stack.length > 0 && this.pop() !== name);
      return;
    }
    const dropped = this.dropped.get(name) ?? 0;
    if (dropped > 0) {
      this.dropped.set(name, dropped - 1);
      if (BLOCK.has(name)) this.lineBreak();
    } else if (name === 'br' || name === 'p') {
      // As the HTML parser reads them: </br> is a line break, a stray </p> an empty paragraph.
      this.element(name, []);
    }
  }

  private pop(): string {
    const name = this.stack.pop()!;
    this.open.set(name, this.open.get(name)! - 1);
    this.broke = false;
    this.sink.close(name);
    return name;
  }

  /** An element with nothing inside: a void one, a self-closed one, a break. */
  private element(name: string, attributes: readonly RawAttribute[]): void {
    this.broke = false;
    this.sink.open(name, attributes);
    this.sink.close(name);
  }

  private text(raw: string): void {
    this.broke = false;
    this.sink.text(raw);
  }

  /** A left-out block's boundary: one <br> however many blocks end and start there. */
  private lineBreak(): void {
    if (this.broke) return;
    this.element('br', []);
    this.broke = true;
  }
}

/**
 * Reads `html` once, left to right, handing `sink` its elements and text with the nesting capped
 * at `maxDepth` (see the top of this file); returns whether anything was left out for depth.
 */
export function walkHtml(html: string, sink: HtmlSink, maxDepth = MAX_HTML_DEPTH): boolean {
  const walker = new Walker(html, sink, maxDepth);
  walker.run();
  return walker.flattened;
}

/** The sink that writes the page out again, well-formed. */
class HtmlWriter implements HtmlSink {
  readonly out: string[] = [];
  text(raw: string): void {
    this.out.push(raw);
  }
  open(name: string, attributes: readonly RawAttribute[]): void {
    let tag = `<${name}`;
    for (const [key, value] of attributes) tag += value === undefined ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`;
    this.out.push(`${tag}>`);
  }
  close(name: string): void {
    if (!VOID.has(name)) this.out.push(`</${name}>`);
  }
  rawText(content: string): void {
    this.out.push(content);
  }
}

/** The page with its nesting capped at `maxDepth` open elements, written out well-formed. */
export function capNesting(html: string, maxDepth = MAX_HTML_DEPTH): CappedHtml {
  const writer = new HtmlWriter();
  const flattened = walkHtml(html, writer, maxDepth);
  return { html: writer.out.join(''), flattened };
}
