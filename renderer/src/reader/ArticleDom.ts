// Maps between the rendered article (the reader's DOM) and code-point offsets over the article
// text. The reader's root holds chunks of BLOCKS_PER_CHUNK block elements, in order; inside a
// block the text nodes spell the block's text exactly, so a block-relative UTF-16 offset plus the
// block's start gives the article position. Figures are empty in the text and map to their start.
import type { ArticleContent } from '../../../shared/article/model';
import { CodePointIndex } from '../../../shared/text/codepoints';
import { BLOCKS_PER_CHUNK } from './nodes';

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

  /** The element of block `i`, or undefined when it is not rendered. */
  blockElement(i: number): Element | undefined {
    return this.root.children[Math.floor(i / BLOCKS_PER_CHUNK)]?.children[i % BLOCKS_PER_CHUNK];
  }

  /** The start of block `i`; the end of the text past the last block. */
  private startOfBlock(i: number): number | null {
    const { blocks } = this.content;
    return i >= blocks.length ? this.index.length : (blocks[i]?.start ?? null);
  }

  private offsetOf(node: Node, offset: number): number | null {
    const { blocks } = this.content;
    // A point between chunks, or between the blocks of a chunk.
    if (node === this.root) return this.startOfBlock(offset * BLOCKS_PER_CHUNK);
    if (node.parentNode === this.root) {
      return this.startOfBlock(Array.prototype.indexOf.call(this.root.children, node) * BLOCKS_PER_CHUNK + offset);
    }
    let blockEl: Node | null = node;
    while (blockEl && blockEl.parentNode?.parentNode !== this.root) blockEl = blockEl.parentNode;
    if (!blockEl) return null;
    const chunk = blockEl.parentNode as Element;
    const i =
      Array.prototype.indexOf.call(this.root.children, chunk) * BLOCKS_PER_CHUNK + Array.prototype.indexOf.call(chunk.children, blockEl);
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
    const el = this.blockElement(i);
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
