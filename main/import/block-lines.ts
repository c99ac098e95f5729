// The lines of a body: block elements with no block inside them, in document order, with their
// text. Clean-ups look at lines only, so an element is never removed from the middle of a
// sentence, and only the lines' text is computed (not every wrapper's, which on a long page
// would copy the whole article once per level).
import type { DomElement, DomNode } from './dom';

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

type Walkable = DomElement & { children: ArrayLike<Walkable> };

const isBlock = (el: Walkable): boolean => BLOCKS.has(el.localName);

/** The block lines under `root`, at most `limit` of them (iterative: the tree may be wide). */
export function blockLines(root: DomNode, limit = Infinity): BlockLine[] {
  const out: BlockLine[] = [];
  const stack: Walkable[] = [];
  const pushChildren = (el: Walkable) => {
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) if (isBlock(children[i]!)) stack.push(children[i]!);
  };
  pushChildren(root as Walkable);
  while (stack.length > 0 && out.length < limit) {
    const el = stack.pop()!;
    const children = el.children;
    let hasBlock = false;
    for (let i = 0; i < children.length && !hasBlock; i++) hasBlock = isBlock(children[i]!);
    if (hasBlock) pushChildren(el);
    else out.push({ el, text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() });
  }
  return out;
}
