// How claims cover the article's blocks: each block is cut at every claim boundary inside it,
// and each piece knows which claims cover it. Pure; offsets are code points over the text.
import type { Block } from '../../../shared/article/model';

export interface SpanView {
  id: string;
  start: number;
  end: number;
  color: string;
  /** The split underline of a claim with several tags (stripesCss); absent or 'none' for none. */
  stripes?: string;
}

export interface Piece {
  start: number;
  end: number;
  /** Covering claims, innermost (shortest) first. */
  spans: SpanView[];
}

/** The pieces of every block, by block index; a block without claims has one bare piece. */
export function layoutBlocks(blocks: readonly Block[], spans: readonly SpanView[]): Piece[][] {
  const perBlock = spansPerBlock(blocks, spans);
  return blocks.map((block, i) => cutBlock(block, perBlock[i]!));
}

/** The spans over each block, by block index (a span across blocks is in each). */
export function spansPerBlock(blocks: readonly Block[], spans: readonly SpanView[]): SpanView[][] {
  const perBlock: SpanView[][] = blocks.map(() => []);
  for (const span of spans) {
    if (span.end <= span.start) continue;
    for (let i = firstBlockEndingAfter(blocks, span.start); i < blocks.length && blocks[i]!.start < span.end; i++) {
      perBlock[i]!.push(span);
    }
  }
  return perBlock;
}

/** What decides a block's pieces: equal keys, equal pieces (so the block need not be cut again). */
export function spansKey(spans: readonly SpanView[]): string {
  return spans.map((s) => `${s.id}/${s.start}/${s.end}/${s.color}/${s.stripes ?? ''}`).join(',');
}

/** Binary search: the first block whose end lies after `at`. */
function firstBlockEndingAfter(blocks: readonly Block[], at: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One block cut at the boundaries of the spans over it. */
export function cutBlock(block: Block, spans: SpanView[]): Piece[] {
  if (spans.length === 0) return [{ start: block.start, end: block.end, spans: [] }];
  const cuts = new Set([block.start, block.end]);
  for (const s of spans) {
    cuts.add(Math.max(block.start, s.start));
    cuts.add(Math.min(block.end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter((s) => s.start <= start && s.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    pieces.push({ start, end, spans: covering });
  }
  return pieces;
}

/** A string that changes whenever a block's highlights would render differently. */
export function signature(pieces: readonly Piece[]): string {
  return pieces.map((p) => `${p.start}-${p.end}:${p.spans.map((s) => `${s.id}/${s.color}/${s.stripes ?? ''}`).join(',')}`).join('|');
}
