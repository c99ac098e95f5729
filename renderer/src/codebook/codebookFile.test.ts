import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../shared/domain/codebook';
import { codebookToFile, parseCodebookFile, treeOrder } from './codebookFile';

const tag = (id: string, name: string, parentId: string | null = null, sortOrder = 0): Tag => ({
  id,
  name,
  color: '#1f77b4',
  description: '',
  hotkey: null,
  parentId,
  sortOrder,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'a',
});

describe('the codebook file', () => {
  it('round-trips tags by name, parents included, without project-specific ids', () => {
    const tags = [tag('1', '数据'), tag('2', '参数规模', '1')];
    const text = JSON.stringify(codebookToFile(tags));
    expect(text).not.toContain('"1"');
    expect(parseCodebookFile(text)?.tags.map((t) => [t.name, t.parent])).toEqual([
      ['数据', null],
      ['参数规模', '数据'],
    ]);
  });

  it('refuses text that is not a codebook file', () => {
    expect(parseCodebookFile('not json')).toBeNull();
    expect(parseCodebookFile(JSON.stringify({ type: 'something-else', tags: [] }))).toBeNull();
  });

  it('orders tags as a tree, each parent followed by its children', () => {
    // In the store's order: by sort order, children listed after the roots.
    const tags = [tag('p', '甲', null, 0), tag('q', '乙', null, 1), tag('c', '子', 'p', 0)];
    expect(treeOrder(tags).map(({ tag: t, depth }) => `${depth}:${t.name}`)).toEqual(['0:甲', '1:子', '0:乙']);
  });
});
