// Merging copies of a project whose settings differ (schema v6): settings are not reconciled by a
// merge yet (docs/project-file.md), so each copy keeps its own, and a copy whose log holds
// settings changes merges as before: its claims come in, nothing conflicts, the file checks out,
// and merging it again brings nothing new.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { ProjectStore } from '../project/store';
import { checkProject } from '../project/check';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from '../project/testing/fixtures';
import { mergeIntoStore } from './merge-projects';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const PUBLISHER = { organization: '批注核查台', organizationUrl: '', logoUrl: '', reviewer: '核查李', reviewUrlBase: '' };

describe('merging a copy whose settings changed', () => {
  it('brings its claims and keeps each copy’s own settings', () => {
    const mine = tmp.file('mine.pizhu');
    const theirs = tmp.file('theirs.pizhu');
    const made = ProjectStore.create(mine, { title: '合并', author: EDITOR });
    const article = made.addArticle(sampleArticle());
    made.setSetting('publisher', { ...PUBLISHER, reviewer: '编辑张' });
    made.close();
    copyFileSync(mine, theirs);

    const colleague = ProjectStore.open(theirs, { author: CHECKER });
    colleague.setSetting('publisher', PUBLISHER);
    colleague.dismissSuggestion(`${article.id}:0:2:𠮷🙂`, 'statistic');
    colleague.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B') });
    colleague.close();

    const store = ProjectStore.open(mine, { author: EDITOR });
    const report = mergeIntoStore(store, theirs, { author: EDITOR });
    expect(report.conflicts).toEqual([]);
    expect(store.listClaims(article.id).map((c) => c.anchor.exact)).toEqual(['389B']);
    expect(store.setting('publisher')?.reviewer).toBe('编辑张');
    expect(store.dismissedSuggestions()).toEqual([]);
    const again = mergeIntoStore(store, theirs, { author: EDITOR });
    expect(again.summary.theirChanges).toBe(0);
    store.close();
    expect(checkProject(mine)).toMatchObject({ ok: true, failures: [] });
  });
});
