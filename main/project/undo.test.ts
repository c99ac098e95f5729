import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectStore } from './store';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;

beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(tmp.file('undo.pizhu'), { title: '撤销', author: EDITOR });
});
afterEach(() => {
  store.close();
  tmp.remove();
});

/** Everything a user could see in the project, to compare states before and after. */
function snapshot(s: ProjectStore) {
  const articles = s.listArticles();
  return {
    title: s.info().title,
    articles,
    claims: articles.map((a) => s.listClaims(a.id).map((c) => ({ ...c, evidence: s.listEvidence(c.id) }))),
    tags: s.listTags(),
  };
}

describe('undo and redo', () => {
  it('take back and redo every kind of edit of the session, one edit at a time', () => {
    const states = [snapshot(store)];
    const article = store.addArticle(sampleArticle());
    states.push(snapshot(store));
    const [statistic, ranking] = store.listTags();
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B'), tagIds: [ranking!.id] });
    states.push(snapshot(store));
    store.updateClaim(claim.id, { verdict: 'false', strength: 4, tagIds: [statistic!.id] });
    states.push(snapshot(store));
    const evidence = store.addEvidence(claim.id, { title: '官方公告', stance: 'refutes' });
    states.push(snapshot(store));
    store.updateEvidence(evidence.id, { reliability: 'reliable' });
    states.push(snapshot(store));
    store.renameTag(statistic!.id, '数字');
    states.push(snapshot(store));
    store.addTag({ name: '参数', color: '#000000', hotkey: 1 });
    states.push(snapshot(store));
    store.mergeTags(statistic!.id, ranking!.id);
    states.push(snapshot(store));
    store.setTitle('新标题');
    states.push(snapshot(store));
    store.deleteClaim(claim.id);
    states.push(snapshot(store));

    for (let i = states.length - 2; i >= 0; i--) {
      expect(store.undo()).toBe(true);
      expect(snapshot(store)).toEqual(states[i]);
    }
    expect(store.undo()).toBe(false);
    for (let i = 1; i < states.length; i++) {
      expect(store.redo()).toBe(true);
      expect(snapshot(store)).toEqual(states[i]);
    }
    expect(store.redo()).toBe(false);
  });

  it('logs undo as a change of its own, by the author, and a new edit clears redo', () => {
    const article = store.addArticle(sampleArticle());
    store.undo();
    const [latest] = store.changes({ limit: 1 });
    expect(latest).toMatchObject({ action: 'undo', authorId: EDITOR.id });
    expect(store.canRedo).toBe(true);
    store.setTitle('别的修改');
    expect(store.canRedo).toBe(false);
    expect(() => store.getArticle(article.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('does not reach back into an earlier session', () => {
    store.setTitle('上一次');
    const path = store.path;
    store.close();
    store = ProjectStore.open(path, { author: EDITOR });
    expect(store.canUndo).toBe(false);
    expect(store.undo()).toBe(false);
    expect(store.info().title).toBe('上一次');
  });
});
