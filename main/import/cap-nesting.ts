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

class Capper {
  private readonly out: string[] = [];
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>();
  private readonly dropped = new Map<string, number>();
  /** Whether the last thing written was a break standing for a left-out block: one is enough. */
  private broke = false;
  flattened = false;

  constructor(
    private readonly src: string,
    private readonly maxDepth: number,
  ) {}

  run(): string {
    const src = this.src;
    let i = 0;
    while (i < src.length) {
      const lt = src.indexOf('<', i);
      if (lt < 0) {
        this.write(src.slice(i));
        break;
      }
      if (lt > i) this.write(src.slice(i, lt));
      i = this.markup(lt);
    }
    while (this.stack.length > 0) this.pop();
    return this.out.join('');
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
      this.write('&lt;');
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
    const attributes: string[] = [];
    let i = at;
    let selfClosing: boolean;
    for (;;) {
      ATTRIBUTE.lastIndex = i;
      const a = ATTRIBUTE.exec(src);
      if (a && a[0].length > 0) {
        const value = a[2] ?? a[3] ?? a[4];
        attributes.push(value === undefined ? ` ${a[1]}` : ` ${a[1]}="${escapeAttribute(value)}"`);
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
    const tag = `<${name}${attributes.join('')}>`;
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1]!)) this.pop();
    if (VOID.has(name)) {
      this.write(tag);
      return i;
    }
    if (this.stack.length >= this.maxDepth) {
      this.flattened = true;
      if (BLOCK.has(name)) this.lineBreak();
      if (!selfClosing) this.dropped.set(name, (this.dropped.get(name) ?? 0) + 1);
      return RAW_TEXT.has(name) && !selfClosing ? this.skipRawText(name, i, false) : i;
    }
    this.write(tag);
    if (selfClosing) {
      this.write(`</${name}>`);
      return i;
    }
    if (RAW_TEXT.has(name)) return this.skipRawText(name, i, true);
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    return i;
  }

  /** The content of a raw-text element up to its end tag, kept (with the end tag) or left out. */
  private skipRawText(name: string, from: number, keep: boolean): number {
    const src = this.src;
    const close = new RegExp(`</${name}[\\s/>]`, 'gi');
    close.lastIndex = from;
    const m = close.exec(src);
    const end = m ? m.index : src.length;
    if (keep) this.write(`${src.slice(from, end)}</${name}>`);
    else this.dropped.set(name, this.dropped.get(name)! - 1);
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
    } else if (name === 'br') {
      // As the HTML parser reads them: </br> is a line break, a stray </p> an empty paragraph.
      this.write('<br>');
    } else if (name === 'p') {
      this.write('<p></p>');
    }
  }

  private pop(): string {
    const name = this.stack.pop()!;
    this.open.set(name, this.open.get(name)! - 1);
    this.write(`</${name}>`);
    return name;
  }

  private write(html: string): void {
    this.out.push(html);
    this.broke = false;
  }

  /** A left-out block's boundary: one <br> however many blocks end and start there. */
  private lineBreak(): void {
    if (this.broke) return;
    this.out.push('<br>');
    this.broke = true;
  }
}

/** The page with its nesting capped at `maxDepth` open elements, written out well-formed. */
export function capNesting(html: string, maxDepth = MAX_HTML_DEPTH): CappedHtml {
  const capper = new Capper(html, maxDepth);
  const out = capper.run();
  return { html: out, flattened: capper.flattened };
}
