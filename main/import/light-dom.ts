// A small, fast document tree for saved pages: just the part of the DOM the importer reads
// (dom.ts's interfaces, plus siblings, children, remove and simple selectors), built in one pass
// by cap-nesting.ts's walk, so the nesting is capped as it is read. Nodes are linked to their
// siblings, so walking, removing and appending cost O(1); text is decoded once, as it is read.
// linkedom stays for Readability, which needs far more of the DOM (see html.ts).
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { walkHtml, type HtmlSink, type RawAttribute } from './cap-nesting';
import { ELEMENT_NODE, TEXT_NODE, type Parsed } from './dom';

abstract class LightNode {
  parentNode: LightElement | null = null;
  nextSibling: LightNode | null = null;
  previousSibling: LightNode | null = null;
  abstract readonly nodeType: number;
  abstract readonly nodeValue: string | null;
  abstract readonly textContent: string;
  abstract readonly firstChild: LightNode | null;

  remove(): void {
    this.parentNode?.removeChild(this);
  }
}

export class LightText extends LightNode {
  readonly nodeType = TEXT_NODE;
  readonly firstChild = null;
  constructor(public data: string) {
    super();
  }
  get nodeValue(): string {
    return this.data;
  }
  get textContent(): string {
    return this.data;
  }
}

export class LightElement extends LightNode {
  readonly nodeType = ELEMENT_NODE;
  readonly nodeValue = null;
  firstChild: LightNode | null = null;
  lastChild: LightNode | null = null;

  /** Room for one pass of an algorithm over the tree to keep its figures (fast-extract.ts); nothing else reads it. */
  scratch: unknown = undefined;
  /** Attributes by lower-case name; most elements have none, and get no map. */
  private attrs: Map<string, string> | undefined;

  /** `order`: its place in the page as read (document order), for the document's index. */
  constructor(
    readonly localName: string,
    readonly order = 0,
  ) {
    super();
  }

  /** Whether it is still in the tree under `root` (not removed, nor inside something removed). */
  isUnder(root: LightElement): boolean {
    let n: LightElement | null = this.parentNode;
    while (n && n !== root) n = n.parentNode;
    return n === root;
  }

  get attributeCount(): number {
    return this.attrs?.size ?? 0;
  }

  get tagName(): string {
    return this.localName.toUpperCase();
  }

  getAttribute(name: string): string | null {
    if (!this.attrs) return null;
    return this.attrs.get(name) ?? this.attrs.get(name.toLowerCase()) ?? null;
  }

  setAttribute(name: string, value: string): void {
    (this.attrs ??= new Map()).set(name.toLowerCase(), value);
  }

  hasAttribute(name: string): boolean {
    return this.attrs !== undefined && (this.attrs.has(name) || this.attrs.has(name.toLowerCase()));
  }

  get children(): LightElement[] {
    const out: LightElement[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) if (n instanceof LightElement) out.push(n);
    return out;
  }

  get nextElementSibling(): LightElement | null {
    let n = this.nextSibling;
    while (n && !(n instanceof LightElement)) n = n.nextSibling;
    return n;
  }

  get previousElementSibling(): LightElement | null {
    let n = this.previousSibling;
    while (n && !(n instanceof LightElement)) n = n.previousSibling;
    return n;
  }

  /** The text of every text node below, in document order (iterative: the tree may be deep). */
  get textContent(): string {
    let out = '';
    const stack: LightNode[] = [];
    for (let n = this.lastChild; n; n = n.previousSibling) stack.push(n);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node instanceof LightText) out += node.data;
      else for (let n = (node as LightElement).lastChild; n; n = n.previousSibling) stack.push(n);
    }
    return out;
  }

  appendChild(node: LightNode): void {
    node.remove();
    node.parentNode = this;
    node.previousSibling = this.lastChild;
    node.nextSibling = null;
    if (this.lastChild) this.lastChild.nextSibling = node;
    else this.firstChild = node;
    this.lastChild = node;
  }

  removeChild(node: LightNode): void {
    if (node.parentNode !== this) return;
    if (node.previousSibling) node.previousSibling.nextSibling = node.nextSibling;
    else this.firstChild = node.nextSibling;
    if (node.nextSibling) node.nextSibling.previousSibling = node.previousSibling;
    else this.lastChild = node.previousSibling;
    node.parentNode = node.nextSibling = node.previousSibling = null;
  }

  /** Descendant elements matching `selector` (see Selector), in document order. */
  querySelectorAll(selector: string): LightElement[] {
    return this.find(selector, Infinity);
  }

  querySelector(selector: string): LightElement | null {
    return this.find(selector, 1)[0] ?? null;
  }

  private find(selector: string, limit: number): LightElement[] {
    const matches = compile(selector);
    const out: LightElement[] = [];
    const stack: LightElement[] = this.children.reverse();
    while (stack.length > 0 && out.length < limit) {
      const el = stack.pop()!;
      if (matches(el)) out.push(el);
      for (let n = el.lastChild; n; n = n.previousSibling) if (n instanceof LightElement) stack.push(n);
    }
    return out;
  }
}

export class LightDocument {
  readonly documentElement = new LightElement('html');
  readonly head = new LightElement('head');
  readonly body = new LightElement('body');
  /**
   * Elements that may print the headline, noted as the page was read (<h1>–<h4>, and elements
   * whose class or id names a title), in document order: no walk of the whole page for them.
   */
  readonly headlines: LightElement[] = [];
  /** Every element by tag name and the first by id, as read: selectors that name either look here. */
  readonly byTag = new Map<string, LightElement[]>();
  readonly byId = new Map<string, LightElement>();

  constructor() {
    this.documentElement.appendChild(this.head);
    this.documentElement.appendChild(this.body);
  }

  get title(): string {
    return this.head.querySelector('title')?.textContent.trim() ?? '';
  }

  querySelectorAll(selector: string): LightElement[] {
    const keys = indexKeys(selector);
    if (!keys) return this.documentElement.querySelectorAll(selector);
    const matches = compile(selector);
    const found = new Set<LightElement>();
    for (const key of keys) {
      const candidates = key.id !== undefined ? [this.byId.get(key.id)].filter((el) => el !== undefined) : (this.byTag.get(key.tag!) ?? []);
      for (const el of candidates) if (matches(el) && el.isUnder(this.documentElement)) found.add(el);
    }
    return [...found].sort((a, b) => a.order - b.order);
  }

  querySelector(selector: string): LightElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  /** Notes an element as the page is read (see byTag, byId). */
  index(el: LightElement): void {
    const list = this.byTag.get(el.localName);
    if (list) list.push(el);
    else this.byTag.set(el.localName, [el]);
    const id = el.getAttribute('id');
    if (id !== null && !this.byId.has(id)) this.byId.set(id, el);
  }
}

/** For each alternative of a selector, the tag or id that finds its candidates; null if one names neither. */
function indexKeys(selector: string): { tag?: string; id?: string }[] | null {
  const keys: { tag?: string; id?: string }[] = [];
  for (const part of selector.split(',')) {
    const m = /^\s*([a-z][a-z0-9-]*)?(?:#([\w-]+))?/i.exec(part)!;
    if (m[2] !== undefined) keys.push({ id: m[2] });
    else if (m[1] !== undefined) keys.push({ tag: m[1].toLowerCase() });
    else return null;
  }
  return keys;
}

// Selectors: comma-separated compounds of a tag name, #id, .class and [attr], [attr="v"],
// [attr*="v"] (the forms the importer asks for); no combinators.
type Test = (el: LightElement) => boolean;
const COMPOUND = /^([a-z][a-z0-9-]*|\*)?((?:#[\w-]+|\.[\w-]+|\[[^\]]+\])*)$/i;
const PART = /#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:(\*?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*)))?\s*\]/g;
const compiled = new Map<string, Test>();

function compile(selector: string): Test {
  let test = compiled.get(selector);
  if (test) return test;
  const parts = selector.split(',').map((s) => s.trim().toLowerCase());
  if (parts.every((p) => /^[a-z][a-z0-9-]*$/.test(p))) {
    // A list of tag names (「div, section, ul」): one set lookup.
    const tags = new Set(parts);
    test = (el) => tags.has(el.localName);
    compiled.set(selector, test);
    return test;
  }
  const alternatives = selector.split(',').map((s) => compound(s.trim()));
  test = (el) => alternatives.some((t) => t(el));
  compiled.set(selector, test);
  return test;
}

function compound(selector: string): Test {
  const m = COMPOUND.exec(selector);
  if (!m) throw new Error(`unsupported selector: ${selector}`);
  const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : undefined;
  const tests: Test[] = tag ? [(el) => el.localName === tag] : [];
  for (const p of (m[2] ?? '').matchAll(PART)) {
    const [, id, cls, attr, op, v1, v2, v3] = p;
    if (id !== undefined) tests.push((el) => el.getAttribute('id') === id);
    else if (cls !== undefined) tests.push((el) => (el.getAttribute('class') ?? '').split(/\s+/).includes(cls));
    else {
      const name = attr!.toLowerCase();
      const value = v1 ?? v2 ?? v3;
      if (op === '=') tests.push((el) => el.getAttribute(name) === value);
      else if (op === '*=') tests.push((el) => (el.getAttribute(name) ?? '').includes(value!));
      else tests.push((el) => el.hasAttribute(name));
    }
  }
  return (el) => tests.every((t) => t(el));
}

const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3', 'h4']);

// Elements that belong in <head> when a page leaves out <head>/<body>.
const HEAD_ONLY = new Set(['meta', 'link', 'title', 'base', 'style', 'script', 'noscript']);

/** Builds the tree from the walk: <html>, <head> and <body> are the document's own, however written. */
class TreeBuilder implements HtmlSink {
  readonly doc = new LightDocument();
  private readonly stack: LightElement[] = [];
  private inBody = false;
  /** Elements read so far: each one's document order. */
  private read = 0;

  private get current(): LightElement {
    return this.stack[this.stack.length - 1] ?? (this.inBody ? this.doc.body : this.doc.head);
  }

  /** Where content goes when nothing but <html> or <head> is open. */
  private parentFor(name: string | null): LightElement {
    const top = this.current;
    if (top !== this.doc.documentElement && top !== this.doc.head) return top;
    if (!this.inBody && top === this.doc.head && name !== null && HEAD_ONLY.has(name)) return top;
    if (!this.inBody && name !== null && HEAD_ONLY.has(name)) return this.doc.head;
    this.inBody = true;
    return this.doc.body;
  }

  text(raw: string): void {
    const top = this.current;
    const inHeadOrRoot = top === this.doc.documentElement || top === this.doc.head;
    if (inHeadOrRoot && raw.trim() === '') return;
    const text = raw.includes('&') ? decodeHTML(raw) : raw;
    this.appendText(inHeadOrRoot ? this.parentFor(null) : top, text);
  }

  rawText(content: string): void {
    const top = this.current;
    this.appendText(top, top.localName === 'title' || top.localName === 'textarea' ? decodeHTML(content) : content);
  }

  open(name: string, attributes: readonly RawAttribute[]): void {
    if (name === 'html' || name === 'head' || name === 'body') {
      const el = name === 'html' ? this.doc.documentElement : name === 'head' ? this.doc.head : this.doc.body;
      if (name === 'body') this.inBody = true;
      for (const [key, value] of attributes) if (!el.hasAttribute(key)) el.setAttribute(key, decodeValue(value));
      this.stack.push(el);
      return;
    }
    const el = new LightElement(name, ++this.read);
    for (const [key, value] of attributes) if (!el.hasAttribute(key)) el.setAttribute(key, decodeValue(value));
    this.doc.index(el);
    if (HEADLINE_TAGS.has(name) || /title/i.test(el.getAttribute('class') ?? '') || /title/i.test(el.getAttribute('id') ?? '')) {
      this.doc.headlines.push(el);
    }
    this.parentFor(name).appendChild(el);
    this.stack.push(el);
  }

  close(name: string): void {
    this.stack.pop();
    if (name === 'head') this.inBody = true;
  }

  private appendText(parent: LightElement, text: string): void {
    const last = parent.lastChild;
    if (last instanceof LightText) last.data += text;
    else parent.appendChild(new LightText(text));
  }
}

const decodeValue = (value: string | undefined): string => (value === undefined ? '' : value.includes('&') ? decodeHTMLAttribute(value) : value);

/** Parses a page into a light document, its nesting capped as it is read. */
export function parseLight(html: string): Parsed<LightDocument> {
  const builder = new TreeBuilder();
  const flattened = walkHtml(html, builder);
  return { node: builder.doc, flattened };
}
