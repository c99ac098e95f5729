// Two promises about what an edit writes. An edit that changes nothing writes nothing (no new
// time, no change log row, no undo step, nothing in history). And JSON the app cannot use (a
// note that is not an editor state, planted by a merged copy or an API call) is repaired, on
// read and on write, so no reader throws on it and `pizhu check` names it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from './store';
import { checkProject } from './check';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';
import { addShotComparison } from './testing/comparisons';
import { isNoteJson, plainNote } from '../../shared/domain/json-columns';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
let articleId: string;
beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(tmp.file('编辑.pizhu'), { title: '编辑', author: EDITOR });
  articleId = store.addArticle(sampleArticle()).id;
});
afterEach(() => {
  store.close();
  tmp.remove();
});

/** Runs `edit` and says what it left behind. */
function traceOf(edit: () => void) {
  const before = { changes: store.changes({ limit: 1000 }), modified: store.info().modifiedAt };
  edit();
  const after = store.changes({ limit: 1000 });
  return {
    newLogRows: after.slice(0, after.length - before.changes.length).map((c) => `${c.table} ${c.op}`),
    modifiedMoved: store.info().modifiedAt !== before.modified,
  };
}

describe('an edit that changes nothing', () => {
  it('writes nothing for a claim, evidence, a tag or a comparison patched with what they hold', () => {
    const tag = store.listTags()[0]!;
    const claim = store.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B'), verdict: 'true', note: plainNote('见技术报告'), tagIds: [tag.id] });
    const item = store.addEvidence(claim.id, { title: '技术报告', stance: 'supports', quote: '389B' });
    const comparison = addShotComparison(store, [claim.id]);
    const history = store.claimHistory(claim.id).length;
    const undoable = store.canUndo;

    const trace = traceOf(() => {
      store.updateClaim(claim.id, { verdict: 'true', note: claim.note, tagIds: [tag.id], strength: null });
      store.updateEvidence(item.id, { title: '技术报告', quote: '389B', stance: 'supports' });
      store.updateTag(tag.id, { name: tag.name, color: tag.color, hotkey: tag.hotkey });
      store.updateComparison(comparison.id, { title: comparison.title, claimIds: [claim.id] });
    });

    expect(trace).toEqual({ newLogRows: [], modifiedMoved: false });
    expect(store.getClaim(claim.id).updatedAt).toBe(claim.updatedAt);
    expect(store.listEvidence(claim.id)[0]!.updatedAt).toBe(item.updatedAt);
    expect(store.claimHistory(claim.id)).toHaveLength(history);
    expect(store.canUndo).toBe(undoable);
  });

  it('still counts when one field differs: only that field and the time change, as one undo step', () => {
    const claim = store.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B') });
    const trace = traceOf(() => store.updateClaim(claim.id, { verdict: 'false', status: claim.status }));
    expect(trace.newLogRows).toEqual(['claims update']);
    const [change] = store.changes({ limit: 1 });
    expect(Object.keys(change!.after!).filter((k) => change!.after![k] !== change!.before![k]).sort()).toEqual(['updated_at', 'verdict']);
  });
});

describe('JSON columns', () => {
  function plant(sql: string, ...values: string[]): void {
    store.close();
    const db = new DatabaseSync(tmp.file('编辑.pizhu'));
    db.prepare(sql).run(...values);
    db.close();
    store = ProjectStore.open(tmp.file('编辑.pizhu'), { author: EDITOR });
  }

  it('a claim note that is not an editor state is read as one holding its plain text, and check names it', () => {
    const claim = store.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B') });
    plant('UPDATE claims SET note_json = ?, note_text = ? WHERE id = ?', '{"root": "不是编辑器状态"', '参数存疑 𠮷🙂', claim.id);

    const note = store.getClaim(claim.id).note;
    expect(note.text).toBe('参数存疑 𠮷🙂');
    expect(isNoteJson(note.json)).toBe(true);
    expect(JSON.parse(note.json).root.children[0].children[0].text).toBe('参数存疑 𠮷🙂');
    const report = checkProject(store.path, { lang: 'en' });
    expect(report.failures.map((f) => f.kind)).toEqual(['json']);
    expect(report.failures[0]!.message).toContain(claim.id);
  });

  it('a note written with broken JSON is stored repaired, or as an empty note when it has no text', () => {
    const claim = store.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B'), note: { json: '[1, 2', text: '' } });
    expect(claim.note).toEqual({ json: '', text: '' });
    const evidence = store.addEvidence(claim.id, { title: '报告', stance: 'context', note: { json: '{"root": {}}', text: '第一行\n第二行' } });
    expect(JSON.parse(evidence.note.json).root.children).toHaveLength(2);
    expect(checkProject(store.path).ok).toBe(true);
  });

  it('an article revision whose blocks, links, source or import info are broken still opens, keeping what is valid', () => {
    const revisionId = store.getArticle(articleId).revisionId;
    plant(
      'UPDATE article_revisions SET blocks_json = ?, links_json = ?, source_json = ?, import_json = ? WHERE id = ?',
      '[{"kind": "paragraph", "start": 0, "end": 4}, {"kind": "海报"}]',
      'null',
      '{"url": 42',
      '"gb18030"',
      revisionId,
    );

    const article = store.getArticle(articleId);
    expect(article.content.blocks).toEqual([{ kind: 'paragraph', start: 0, end: 4 }]);
    expect(article.content.links).toEqual([]);
    expect(article.content.source).toEqual({});
    expect(article.importInfo).toEqual({});
    expect(checkProject(store.path).failures.map((f) => f.kind)).toEqual(['json', 'json', 'json', 'json']);
  });
});

describe('a patch of one field', () => {
  it('renaming a tag keeps its description, hotkey and parent; moving a region keeps its colour, note and claim', () => {
    const parent = store.addTag({ name: '数据', color: '#3366ff' });
    const tag = store.addTag({ name: '参数', color: '#3366ff', description: '模型参数量', hotkey: 3, parentId: parent.id });
    expect(store.renameTag(tag.id, '参数规模')).toMatchObject({ name: '参数规模', description: '模型参数量', hotkey: 3, parentId: parent.id });

    const claim = store.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B') });
    const comparison = addShotComparison(store, [claim.id]);
    const regionId = store.addRegion(comparison.items[0]!.id, { x: 1, y: 1, width: 9, height: 9, colour: '#3366ff', note: plainNote('漏了'), claimId: claim.id });
    store.updateRegion(regionId, { x: 5 });
    expect(store.getComparison(comparison.id).items[0]!.regions[0]).toMatchObject({ x: 5, colour: '#3366ff', claimId: claim.id, note: { text: '漏了' } });
  });
});
