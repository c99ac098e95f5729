import { copyFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../project/store';
import { checkProject } from '../project/check';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from '../project/testing/fixtures';
import { mergeProjects } from './merge-projects';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('merging screenshot comparisons', () => {
  it('brings a colleague’s comparison with its screenshots, regions and the claims it backs', () => {
    const dir = tempDir();
    dirs.push(dir);
    const mine = dir.file('mine.pizhu');
    const theirs = dir.file('theirs.pizhu');
    const a = ProjectStore.create(mine, { title: '合并截图', author: EDITOR });
    const article = a.addArticle(sampleArticle());
    const claim = a.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B') });
    a.close();
    copyFileSync(mine, theirs);

    const b = ProjectStore.open(theirs, { author: CHECKER });
    const png = (n: number) => ({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, n]), mime: 'image/png', width: 100, height: 50 });
    const [s1, s2] = [b.addScreenshot(png(1), png(101)), b.addScreenshot(png(2), png(102))];
    const comparison = b.addComparison({
      title: '元宝与 Kimi',
      claimIds: [claim.id],
      items: [
        { assetHash: s1.hash, thumbnailHash: s1.thumbnailHash, label: '元宝' },
        { assetHash: s2.hash, thumbnailHash: s2.thumbnailHash, label: 'Kimi' },
      ],
    });
    b.addRegion(comparison.items[0]!.id, { x: 1, y: 2, width: 30, height: 10, note: { json: '', text: '漏了要点' } });
    b.close();

    const report = mergeProjects(mine, theirs, { author: EDITOR });
    expect(report.unresolved).toEqual([]);
    const merged = ProjectStore.open(mine, { author: EDITOR, readOnly: true });
    const [got] = merged.listComparisons(claim.id);
    expect(got).toMatchObject({ id: comparison.id, claimIds: [claim.id] });
    expect(got!.items.map((i) => i.label)).toEqual(['元宝', 'Kimi']);
    expect(got!.items[0]!.regions[0]!.note.text).toBe('漏了要点');
    expect(merged.readAsset(s1.hash)).toEqual(png(1).bytes);
    merged.close();
    expect(checkProject(mine).ok).toBe(true);
  });
});
