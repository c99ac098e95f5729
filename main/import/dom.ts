// The small part of the DOM the importer reads, typed here because the Node-side tsconfig has
// no DOM library. linkedom documents satisfy it.
import { parseHTML } from 'linkedom';
import { capNesting } from './cap-nesting';

export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  localName?: string;
  getAttribute?(name: string): string | null;
}

export interface DomDocument {
  documentElement: DomNode;
  body: DomNode | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export type DomElement = DomNode & { localName: string; getAttribute(name: string): string | null; remove(): void };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface Parsed<T> {
  node: T;
  /** Elements nested too deeply were left out (see cap-nesting.ts). */
  flattened: boolean;
}

/**
 * Parses an HTML string into a document (linkedom: no scripts run, no network), its nesting
 * capped first so that neither the parser nor any recursive step downstream meets a deep tree.
 */
export function parseDocument(html: string): Parsed<DomDocument> {
  const capped = capNesting(html);
  return { node: parseHTML(capped.html).document as DomDocument, flattened: capped.flattened };
}

/** Parses an HTML fragment (Readability's output, mammoth's output, pasted HTML). */
export function parseFragment(html: string): Parsed<DomNode> {
  const { node: doc, flattened } = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return { node: doc.body ?? doc.documentElement, flattened };
}
