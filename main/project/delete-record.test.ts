// Deleting records the way the record graph says: an editor deletes a claim, a tag, evidence,
// screenshots, region notes or a whole article, and whatever pointed at it either goes with it
// or stays, unlinked; one undo puts everything back, and no SQLite message ever reaches them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { PizhuError } from '../../shared/api/result';
import { RECORD_TABLES } from '../../shared/domain/tables';
import { writeError } from './errors';
import { ProjectStore } from './store';
import { checkProject } from './check';
import { mergeIntoStore } from '../merge/merge-projects';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';
import { addShotComparison } from './testing/comparisons';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
let articleId: string;
beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(tmp.file('删除.pizhu'), { title: '删除', author: EDITOR });
  articleId = store.addArticle(sampleArticle()).id;
});
afterEach(() => {
  store.close();
  tmp.remove();
});

const claimOn = (quote: string) => store.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, quote) });

/** Every row of the file's record tables, to compare states without looking at bytes. */
function snapshot(): Record<string, unknown[]> {
  const db = new DatabaseSync(store.path, { readOnly: true });
  try {
    return Object.fromEntries(RECORD_TABLES.filter((t) => t !== 'project').map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
  } finally {
    db.close();
  }
}

describe('deleting a claim', () => {
  it('that backs a screenshot comparison leaves the comparison, unlinked, and undo relinks it in one step', () => {
    const claim = claimOn('总参数量 389B');
    const other = claimOn('第 11 位');
    const comparison = addShotComparison(store, [claim.id, other.id]);
    const before = snapshot();

    store.deleteClaim(claim.id);

    expect(store.getComparison(comparison.id).claimIds).toEqual([other.id]);
    expect(store.listClaims(articleId).map((c) => c.id)).toEqual([other.id]);
    expect(checkProject(store.path).ok).toBe(true);
    expect(store.undo()).toBe(true);
    expect(store.getComparison(comparison.id).claimIds.sort()).toEqual([claim.id, other.id].sort());
    expect(snapshot()).toEqual(before);
  });

  it('takes its tags and evidence with it; region notes that cited it stay, without the citation', () => {
    const claim = claimOn('总参数量 389B');
    const tag = store.listTags()[0]!;
    store.updateClaim(claim.id, { tagIds: [tag.id] });
    store.addEvidence(claim.id, { title: '技术报告', stance: 'supports' });
    const comparison = addShotComparison(store, []);
    const regionId = store.addRegion(comparison.items[0]!.id, { x: 1, y: 1, width: 10, height: 10, claimId: claim.id });

    store.deleteClaim(claim.id);

    expect(store.listEvidence(claim.id)).toEqual([]);
    expect(store.getComparison(comparison.id).items[0]!.regions.find((r) => r.id === regionId)?.claimId).toBeNull();
    expect(snapshot().claim_tags).toEqual([]);
    expect(checkProject(store.path).ok).toBe(true);
  });
});

describe('deleting other records', () => {
  it('a tag in use comes off its claims, its subtags move up to its parent, and undo restores both', () => {
    const parent = store.addTag({ name: '数据', color: '#3366ff' });
    const tag = store.addTag({ name: '参数', color: '#3366ff', parentId: parent.id });
    const child = store.addTag({ name: '激活参数', color: '#3366ff', parentId: tag.id });
    const claim = claimOn('总参数量 389B');
    store.updateClaim(claim.id, { tagIds: [tag.id, child.id] });
    const before = snapshot();

    store.deleteTag(tag.id);

    expect(store.getClaim(claim.id).tagIds).toEqual([child.id]);
    expect(store.listTags().find((t) => t.id === child.id)?.parentId).toBe(parent.id);
    store.undo();
    expect(snapshot()).toEqual(before);
  });

  it('an evidence item and a region note go alone, and undo brings each back', () => {
    const claim = claimOn('总参数量 389B');
    const kept = store.addEvidence(claim.id, { title: '技术报告', stance: 'supports' });
    const gone = store.addEvidence(claim.id, { title: '新闻稿', stance: 'context' });
    const comparison = addShotComparison(store, [claim.id]);
    const regionId = store.addRegion(comparison.items[0]!.id, { x: 1, y: 1, width: 10, height: 10, claimId: claim.id });
    const before = snapshot();

    store.deleteEvidence(gone.id);
    store.deleteRegion(regionId);

    expect(store.listEvidence(claim.id).map((e) => e.id)).toEqual([kept.id]);
    expect(store.getComparison(comparison.id).items[0]!.regions).toEqual([]);
    expect(store.getComparison(comparison.id).claimIds).toEqual([claim.id]);
    store.undo();
    store.undo();
    expect(snapshot()).toEqual(before);
  });

  it('a screenshot takes its region notes with it; a comparison takes its screenshots and links', () => {
    const claim = claimOn('总参数量 389B');
    const comparison = addShotComparison(store, [claim.id], { shots: 3 });
    store.addRegion(comparison.items[2]!.id, { x: 0, y: 0, width: 5, height: 5 });
    const before = snapshot();

    store.removeComparisonItem(comparison.items[2]!.id);
    expect(store.getComparison(comparison.id).items.map((i) => i.label)).toEqual(['元宝', 'Kimi']);
    store.deleteComparison(comparison.id);
    expect(store.listComparisons(claim.id)).toEqual([]);
    expect(store.getClaim(claim.id).id).toBe(claim.id);
    expect(checkProject(store.path).ok).toBe(true);

    store.undo();
    store.undo();
    expect(snapshot()).toEqual(before);
  });

  it('an article goes with its claims, their tags, evidence and links; its comparisons stay; one undo brings all back', () => {
    const claims = [claimOn('总参数量 389B'), claimOn('第 11 位')];
    store.updateClaim(claims[0]!.id, { tagIds: [store.listTags()[0]!.id] });
    store.addEvidence(claims[1]!.id, { title: '月访问量', stance: 'refutes' });
    const comparison = store.addComparison({ ...comparisonInput(), articleId, claimIds: [claims[0]!.id] });
    const before = snapshot();

    expect(store.deleteArticle(articleId)).toEqual({ claims: 2 });

    expect(store.listArticles()).toEqual([]);
    expect(store.getComparison(comparison.id)).toMatchObject({ articleId: null, claimIds: [] });
    expect(checkProject(store.path).ok).toBe(true);
    expect(store.undo()).toBe(true);
    expect(snapshot()).toEqual(before);
    expect(store.canUndo).toBe(true);
  });
});

function comparisonInput() {
  const made = addShotComparison(store, []);
  const items = made.items.map((i) => ({ assetHash: i.assetHash, thumbnailHash: i.thumbnailHash, label: i.label }));
  store.deleteComparison(made.id);
  return { title: '文章截图', items };
}

describe('renaming an article', () => {
  it('shows the new title in the navigator and in what the reader and exports read; undo gives the old one', () => {
    const renamed = store.renameArticle(articleId, '  腾讯混元：参数之争 𠮷  ');
    expect(renamed.content.title).toBe('腾讯混元：参数之争 𠮷');
    expect(store.listArticles()[0]!.title).toBe('腾讯混元：参数之争 𠮷');
    store.undo();
    expect(store.getArticle(articleId).content.title).toBe('腾讯混元与元宝');
    expect(store.listArticles()[0]!.title).toBe('腾讯混元与元宝');
  });

  it('refuses an empty title in the user’s language, naming the file', () => {
    expect(() => store.renameArticle(articleId, '   ')).toThrow(/文章需要标题/);
    expect(() => store.renameArticle('00000000-0000-4000-8000-000000000000', '新标题')).toThrow(/删除\.pizhu/);
  });
});

describe('a write that breaks a rule of the file', () => {
  it('reaches the caller as a PizhuError in the user’s words, never as SQLite’s message', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('PRAGMA foreign_keys = ON; CREATE TABLE parent (id TEXT PRIMARY KEY); CREATE TABLE child (id TEXT, parent_id TEXT REFERENCES parent(id))');
    let sqliteError: unknown;
    try {
      db.exec("INSERT INTO child VALUES ('c', 'missing')");
    } catch (err) {
      sqliteError = err;
    }
    db.close();
    expect(String(sqliteError)).toMatch(/FOREIGN KEY constraint failed/);

    const error = writeError({ file: '删除.pizhu', lang: 'zh-CN' }, sqliteError);
    expect(error).toBeInstanceOf(PizhuError);
    expect((error as PizhuError).message).toBe('无法把修改保存到「删除.pizhu」：它会违反项目文件的规则（某条记录会指向不存在的记录）。没有做任何修改；请重新载入项目后再试。');
  });
});

describe('merging a copy where a deleted claim was linked to a comparison', () => {
  it('keeps the claim as an edit-delete conflict instead of failing the whole merge', () => {
    const claim = claimOn('总参数量 389B');
    const comparison = addShotComparison(store, []);
    store.close();
    const theirs = tmp.file('核查李.pizhu');
    copyFileSync(tmp.file('删除.pizhu'), theirs);
    const colleague = ProjectStore.open(theirs, { author: CHECKER });
    colleague.updateComparison(comparison.id, { claimIds: [claim.id] });
    colleague.close();
    store = ProjectStore.open(tmp.file('删除.pizhu'), { author: EDITOR });
    store.deleteClaim(claim.id);

    const report = mergeIntoStore(store, theirs, { author: EDITOR, lang: 'en' });

    expect(report.conflicts.map((c) => `${c.table} ${c.kind}`)).toEqual(['claims edit-delete']);
    expect(store.getComparison(comparison.id).claimIds).toEqual([claim.id]);
    expect(checkProject(store.path).ok).toBe(true);
  });
});
