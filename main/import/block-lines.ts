// The lines of a body: block elements with no block inside them, in document order, with their
// text. Clean-ups look at lines only, so an element is never removed from the middle of a
// sentence, and only the lines' text is computed (not every wrapper's, which on a long page
// would copy the whole article once per level).
import { ELEMENT_NODE, type DomElement, type DomNode } from './dom';

export interface BlockLine {
  el: DomElement;
  /** Its text with white space collapsed. */
  text: string;
}

const BLOCKS = new Set([
  'p', 'div', 'li', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'center', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'figure', 'figcaption', 'pre', 'form', 'address',
]);

const isBlock = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE && BLOCKS.has((node as DomElement).localName);

// Most lines have no run of white space to collapse: one test spares the copy.
const collapse = (text: string): string => (/\s\s|[\t\n\r\f\v\u00a0\u3000]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

function hasBlockChild(el: DomNode): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (isBlock(n)) return true;
  return false;
}

/**
 * The block lines under `root`, at most `limit` of them (iterative: the tree may be wide), in
 * document order; `fromEnd` takes them from the end instead (still returned in document order).
 */
export function blockLines(root: DomNode, limit = Infinity, fromEnd = false): BlockLine[] {
  const out: BlockLine[] = [];
  const stack: DomElement[] = [];
  // Siblings, not children: linkedom builds a fresh list on every access.
  const pushChildren = (el: DomNode) => {
    const blocks: DomElement[] = [];
    for (let n = el.firstChild; n; n = n.nextSibling) if (isBlock(n)) blocks.push(n);
    if (fromEnd) stack.push(...blocks);
    else for (let i = blocks.length - 1; i >= 0; i--) stack.push(blocks[i]!);
  };
  pushChildren(root);
  while (stack.length > 0 && out.length < limit) {
    const el = stack.pop()!;
    if (hasBlockChild(el)) pushChildren(el);
    else out.push({ el, text: collapse(el.textContent ?? '') });
  }
  return fromEnd ? out.reverse() : out;
}

/** The first and the last `n` non-empty block lines (each line once, in document order). */
export function edgeLines(root: DomNode, n: number): BlockLine[] {
  // Empty lines do not count towards n; a few spare cover them.
  const head = blockLines(root, n * 4).filter((l) => l.text !== '').slice(0, n);
  const tail = blockLines(root, n * 4, true).filter((l) => l.text !== '').slice(-n);
  return [...head, ...tail.filter((l) => !head.some((h) => h.el === l.el))];
}
