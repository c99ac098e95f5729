// A screenshot's capture time corrected after the fact: stored in the project file as typed,
// undoable like any edit, and refused when it is not a full date-time with its offset.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectStore } from './store';
import { EDITOR, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(tmp.file('t.pizhu'), { title: '拍摄时间', author: EDITOR });
});
afterEach(() => {
  store.close();
  tmp.remove();
});

const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, n, n + 1, n + 2]);
function twoAnswers() {
  const [a, b] = [1, 2].map((n) => store.addScreenshot({ bytes: png(n), mime: 'image/png', width: 1200, height: 800 }, { bytes: png(n + 50), mime: 'image/webp', width: 320, height: 213 }));
  return store.addComparison({
    title: '两家回答',
    claimIds: [],
    items: [
      { assetHash: a!.hash, thumbnailHash: a!.thumbnailHash, label: '元宝', capturedAt: '2026-01-02T03:04:05.000Z' },
      { assetHash: b!.hash, thumbnailHash: b!.thumbnailHash, label: 'Kimi' },
    ],
  });
}
const timesOf = () => store.listComparisons()[0]!.items.map((i) => i.capturedAt);

describe("a screenshot's capture time", () => {
  it('is corrected to the typed time, undone and redone one edit at a time, and kept after reopening', () => {
    const comparison = twoAnswers();
    store.updateComparisonItem(comparison.items[0]!.id, { capturedAt: '2024-11-05T10:30:00+08:00' });
    store.updateComparisonItem(comparison.items[1]!.id, { capturedAt: '2024-11-05T10:32:00+08:00' });
    expect(timesOf()).toEqual(['2024-11-05T10:30:00+08:00', '2024-11-05T10:32:00+08:00']);

    expect(store.undo()).toBe(true);
    expect(timesOf()).toEqual(['2024-11-05T10:30:00+08:00', null]);
    expect(store.undo()).toBe(true);
    expect(timesOf()).toEqual(['2026-01-02T03:04:05.000Z', null]);
    expect(store.redo()).toBe(true);

    store.close();
    store = ProjectStore.open(tmp.file('t.pizhu'), { author: EDITOR });
    expect(timesOf()).toEqual(['2024-11-05T10:30:00+08:00', null]);
  });

  it('can be cleared when it is not known', () => {
    const comparison = twoAnswers();
    store.updateComparisonItem(comparison.items[0]!.id, { capturedAt: null });
    expect(timesOf()).toEqual([null, null]);
  });

  it('is refused when it is not a full date-time with an offset, and nothing changes', () => {
    const comparison = twoAnswers();
    for (const bad of ['2024-11-05', '2024-11-05T10:30:00', '昨天下午', '2024-13-05T10:30:00+08:00']) {
      expect(() => store.updateComparisonItem(comparison.items[0]!.id, { capturedAt: bad }), bad).toThrow();
    }
    expect(timesOf()).toEqual(['2026-01-02T03:04:05.000Z', null]);
  });
});
