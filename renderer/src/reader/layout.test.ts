import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/article/model';
import { layoutBlocks } from './layout';

const blocks: Block[] = [
  { kind: 'title', start: 0, end: 6 },
  { kind: 'paragraph', start: 7, end: 40 },
  { kind: 'paragraph', start: 41, end: 60 },
];
const span = (id: string, start: number, end: number) => ({ id, start, end, color: '#1f77b4' });

describe('laying claims over the article blocks', () => {
  it('leaves a block without claims as one bare piece', () => {
    expect(layoutBlocks(blocks, [])[1]).toEqual([{ start: 7, end: 40, spans: [] }]);
  });

  it('cuts a block at every boundary of nested claims, innermost first', () => {
    const [, para] = layoutBlocks(blocks, [span('outer', 10, 30), span('inner', 15, 20)]);
    expect(para!.map((p) => [p.start, p.end, p.spans.map((s) => s.id)])).toEqual([
      [7, 10, []],
      [10, 15, ['outer']],
      [15, 20, ['inner', 'outer']],
      [20, 30, ['outer']],
      [30, 40, []],
    ]);
  });

  it('splits a claim that runs across the line break into both paragraphs', () => {
    const [, first, second] = layoutBlocks(blocks, [span('across', 35, 45)]);
    expect(first!.at(-1)).toEqual({ start: 35, end: 40, spans: [span('across', 35, 45)] });
    expect(second![0]).toEqual({ start: 41, end: 45, spans: [span('across', 35, 45)] });
  });

  it('ignores an empty span', () => {
    expect(layoutBlocks(blocks, [span('empty', 12, 12)])[1]).toEqual([{ start: 7, end: 40, spans: [] }]);
  });
});
