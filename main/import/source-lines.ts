// Lines of a news page's body that are metadata, not article: 「来源：新华社」, 「责任编辑：王某」,
// 「作者：李某」. Readability keeps them as paragraphs; they are taken out of the body whole
// (a paragraph is either removed entirely or left exactly as it was) and their values become
// the article's publisher or noted editor.
import { blockLines } from './block-lines';
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
// The credit that opens many WeChat tech articles: 「梦晨 发自 凹非寺 量子位 | 公众号 QbitAI」.
const DATELINE_CREDIT = /^(\S{1,12}(?: \S{1,12})?) 发自 \S{1,12}(?: ?\S{1,16} ?[|｜] ?公众号 ?[\w-]+)?$/u;

/** Removes the metadata lines from an extracted body (unless told not to), returning what they said. */
export function takeSourceLines(root: DomNode, remove = true): SourceLines {
  const out: SourceLines = { removed: 0 };
  const found: DomElement[] = [];
  for (const { el, text } of blockLines(root)) {
    if (text === '' || text.length > MAX_LINE) continue;
    const credit = DATELINE_CREDIT.exec(text);
    const parts = credit ? ([['作者', credit[1]!]] as [string, string][]) : splitCredits(text);
    if (!parts) continue;
    for (const [label, value] of parts) {
      if (/来源|稿源|出处/.test(label)) out.publisher ??= value;
      else if (label === '作者') out.author ??= value;
      else out.editor ??= value;
    }
    found.push(el);
  }
  if (remove) for (const el of found) el.remove();
  out.removed = found.length;
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
