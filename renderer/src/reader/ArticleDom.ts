// Maps between the rendered article (the reader's DOM) and code-point offsets over the article
// text. The reader's root holds one element per article block, in order; inside a block the
// text nodes spell the block's text exactly, so a block-relative UTF-16 offset plus the block's
// start gives the article position. Figures are empty in the text and map to their start.
import type { ArticleContent } from '../../../shared/article/model';
import { CodePointIndex } from '../../../shared/text/codepoints';

export interface Span {
  start: number;
  end: number;
}

export class ArticleDom {
  readonly index: CodePointIndex;

  constructor(
    readonly root: HTMLElement,
    readonly content: ArticleContent,
  ) {
    this.index = new CodePointIndex(content.text);
  }

  /** The article span a DOM range covers, or null when it lies outside the article. */
  spanOfRange(range: Range): Span | null {
    if (!this.root.contains(range.commonAncestorContainer)) return null;
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    return start === null || end === null || end <= start ? null : { start, end };
  }

  /** A DOM range over [start, end), or null when the span is not rendered. */
  rangeOfSpan(start: number, end: number): Range | null {
    const from = this.pointAt(start, 'start');
    const to = this.pointAt(end, 'end');
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  private offsetOf(node: Node, offset: number): number | null {
    const { blocks } = this.content;
    if (node === this.root) {
      return offset >= blocks.length ? this.index.length : (blocks[offset]?.start ?? null);
    }
    let blockEl: Node | null = node;
    while (blockEl && blockEl.parentNode !== this.root) blockEl = blockEl.parentNode;
    if (!blockEl) return null;
    const i = Array.prototype.indexOf.call(this.root.children, blockEl);
    const block = blocks[i];
    if (!block) return null;
    if (block.kind === 'figure') return block.start;
    const before = document.createRange();
    before.setStart(blockEl, 0);
    before.setEnd(node, offset);
    const utf16 = this.index.toUtf16(block.start) + before.toString().length;
    return Math.min(block.end, this.index.toCodePoint(utf16));
  }

  /** The first text block ending after `at` (or at it, for the end of a span); -1 past the end. */
  private blockIndexAt(at: number, side: 'start' | 'end'): number {
    const { blocks } = this.content;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const end = blocks[mid]!.end;
      if (side === 'start' ? end <= at : end < at) lo = mid + 1;
      else hi = mid;
    }
    while (lo < blocks.length && blocks[lo]!.kind === 'figure') lo++;
    return lo < blocks.length ? lo : -1;
  }

  private pointAt(at: number, side: 'start' | 'end'): { node: Node; offset: number } | null {
    const i = this.blockIndexAt(at, side);
    const block = this.content.blocks[i];
    const el = this.root.children[i];
    if (!block || !el) return null;
    let remaining = this.index.toUtf16(Math.max(at, block.start)) - this.index.toUtf16(block.start);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (remaining < n.length || (remaining === n.length && side === 'end')) return { node: n, offset: remaining };
      remaining -= n.length;
      last = n;
    }
    return last ? { node: last, offset: last.length } : null;
  }
}
