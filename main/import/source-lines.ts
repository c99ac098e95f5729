// Lines of a news page's body that are metadata, not article: 「来源：新华社」, 「责任编辑：王某」,
// 「作者：李某」. Readability keeps them as paragraphs; they are taken out of the body whole
// (a paragraph is either removed entirely or left exactly as it was) and their values become
// the article's publisher or noted editor.
import type { DomElement, DomNode } from './dom';

export interface SourceLines {
  /** 「来源」: the outlet the story came from. */
  publisher?: string;
  /** 「作者」 line in the body. */
  author?: string;
  /** 「责任编辑」 and similar editor credits, removed from the text. */
  editor?: string;
  removed: number;
}

const LINE = /^[（(【[]?\s*(来源|稿源|出处|责任编辑|责编|编辑|作者)\s*[:：]\s*(.{1,40}?)\s*[）)】\]]?$/u;
const MAX_LINE = 80;

type Queryable = DomNode & { querySelectorAll(selector: string): ArrayLike<DomElement> };

/** Removes the metadata lines from an extracted body (unless told not to), returning what they said. */
export function takeSourceLines(root: DomNode, remove = true): SourceLines {
  const out: SourceLines = { removed: 0 };
  const candidates = (root as Queryable).querySelectorAll('p, div, span, li, font, section');
  const seen: DomElement[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i]!;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '' || text.length > MAX_LINE) continue;
    if (seen.some((s) => contains(s, el))) continue;
    const parts = splitCredits(text);
    if (!parts) continue;
    for (const [label, value] of parts) {
      if (/来源|稿源|出处/.test(label)) out.publisher ??= value;
      else if (label === '作者') out.author ??= value;
      else out.editor ??= value;
    }
    seen.push(el);
  }
  if (remove) for (const el of seen) el.remove();
  out.removed = seen.length;
  return out;
}

/** 「来源：新华社 责任编辑：王某」 → its label/value pairs, or null if any part is not a credit. */
function splitCredits(text: string): [string, string][] | null {
  const pieces = text.split(/\s+(?=(?:来源|稿源|出处|责任编辑|责编|编辑|作者)\s*[:：])/u);
  const out: [string, string][] = [];
  for (const piece of pieces) {
    const m = LINE.exec(piece.trim());
    if (!m) return null;
    out.push([m[1]!, m[2]!]);
  }
  return out.length > 0 ? out : null;
}

function contains(outer: DomNode, inner: DomNode): boolean {
  const o = outer as DomNode & { contains?(n: DomNode): boolean };
  return o.contains ? o.contains(inner) : false;
}
