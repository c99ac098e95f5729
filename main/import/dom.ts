// The small part of the DOM the importer reads, typed here because the Node-side tsconfig has
// no DOM library. linkedom documents satisfy it.
import { parseHTML } from 'linkedom';

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

export type DomElement = DomNode & { localName: string; getAttribute(name: string): string | null };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses an HTML string into a document (linkedom: no scripts run, no network). */
export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as DomDocument;
}

/** Parses an HTML fragment (Readability's output, mammoth's output, pasted HTML). */
export function parseFragment(html: string): DomNode {
  const doc = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return doc.body ?? doc.documentElement;
}
