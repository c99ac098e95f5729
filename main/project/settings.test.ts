// The project's settings (schema v6) in a real project file: who publishes its fact-checks and
// which suggestions were dismissed travel with the file, so a colleague who opens it sees them;
// each change is an edit (logged, undoable) and a value that breaks its key's schema is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from './store';
import { SCHEMA_VERSION } from './format';
import { settingId } from './settings';
import { checkProject } from './check';
import { suggestionKey } from '../../shared/suggest/key';
import { anchorOf, CHECKER, EDITOR, sampleArticle, sha256OfFile, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const PUBLISHER = {
  organization: '批注核查台',
  organizationUrl: 'https://check.example.org',
  logoUrl: '',
  reviewer: '核查李',
  reviewUrlBase: 'https://check.example.org/report.html',
};
const TEXT = '𠮷🙂 腾讯混元大模型总参数量 389B，业界参数规模最大。';

describe('the settings of a project file', () => {
  it('keeps the publisher in the file: a colleague opening it on another computer sees the same', () => {
    const path = tmp.file('设置.pizhu');
    const mine = ProjectStore.create(path, { title: '设置', author: EDITOR });
    expect(mine.info().schemaVersion).toBe(6);
    expect(mine.setting('publisher')).toBeUndefined();
    mine.setSetting('publisher', PUBLISHER);
    mine.close();

    const colleague = ProjectStore.open(path, { author: CHECKER });
    expect(colleague.setting('publisher')).toEqual(PUBLISHER);
    colleague.close();
    const reader = ProjectStore.open(path, { author: CHECKER, readOnly: true });
    expect(reader.listSettings()).toEqual({ publisher: PUBLISHER });
    reader.close();
  });

  it('refuses a malformed value or an unknown key and leaves the file as it was', () => {
    const path = tmp.file('坏值.pizhu');
    const store = ProjectStore.create(path, { title: '坏值', author: EDITOR });
    store.setSetting('publisher', PUBLISHER);
    const before = sha256OfFile(path);
    expect(() => store.setSetting('publisher', { ...PUBLISHER, logoUrl: 'javascript:alert(1)' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => store.setSetting('theme' as 'publisher', 'dark')).toThrow(/not a project setting/);
    expect(sha256OfFile(path)).toBe(before);
    expect(store.setting('publisher')).toEqual(PUBLISHER);
    store.close();
  });

  it('makes a settings change one undo step, and setting the same value again no step at all', () => {
    const store = ProjectStore.create(tmp.file('撤销.pizhu'), { title: '撤销', author: EDITOR });
    store.setSetting('publisher', PUBLISHER);
    store.setSetting('publisher', { ...PUBLISHER, reviewer: '编辑张' });
    store.setSetting('publisher', { ...PUBLISHER, reviewer: '编辑张' });
    expect(store.changes({ limit: 5 }).filter((c) => c.table === 'settings')).toHaveLength(2);
    store.undo();
    expect(store.setting('publisher')?.reviewer).toBe('核查李');
    store.undo();
    expect(store.setting('publisher')).toBeUndefined();
    store.redo();
    expect(store.setting('publisher')).toEqual(PUBLISHER);
    store.close();
  });

  it('remembers a dismissed suggestion (positions in code points) and counts it; undo brings it back', () => {
    const path = tmp.file('忽略.pizhu');
    const store = ProjectStore.create(path, { title: '忽略', author: EDITOR });
    const article = store.addArticle(sampleArticle(TEXT));
    const span = anchorOf(TEXT, '业界参数规模最大');
    const key = suggestionKey(article.id, span);
    expect(key).toBe(`${article.id}:${span.start}:${span.end}:业界参数规模最大`);
    expect(span.start).toBe(Array.from(TEXT.slice(0, TEXT.indexOf('业界'))).length);

    store.dismissSuggestion(key, 'superlative');
    store.dismissSuggestion(key, 'superlative');
    expect(store.dismissedSuggestions(article.id)).toEqual([key]);
    expect(store.dismissedSuggestions('another-article')).toEqual([]);
    expect(store.setting('suggestions.stats')).toEqual({ superlative: { accepted: 0, dismissed: 1 } });

    store.undo();
    expect(store.dismissedSuggestions()).toEqual([]);
    expect(store.setting('suggestions.stats')).toBeUndefined();
    store.redo();
    store.close();

    const colleague = ProjectStore.open(path, { author: CHECKER, readOnly: true });
    expect(colleague.dismissedSuggestions()).toEqual([key]);
    colleague.close();
  });

  it('accepts a suggestion as a claim and counts it in one undo step', () => {
    const store = ProjectStore.create(tmp.file('采纳.pizhu'), { title: '采纳', author: EDITOR });
    const article = store.addArticle(sampleArticle(TEXT));
    const tag = store.listTags().find((t) => t.name === '数据')!;
    const claim = store.acceptSuggestion({ articleId: article.id, anchor: anchorOf(TEXT, '389B'), tagIds: [tag.id] }, 'statistic');
    expect(claim.tagIds).toEqual([tag.id]);
    expect(store.setting('suggestions.stats')).toEqual({ statistic: { accepted: 1, dismissed: 0 } });
    store.undo();
    expect(store.listClaims(article.id)).toEqual([]);
    expect(store.setting('suggestions.stats')).toBeUndefined();
    store.close();
  });

  it('takes in what a computer kept before v6 once: the publisher only when the file has none, dismissals and counts added', () => {
    const store = ProjectStore.create(tmp.file('交接.pizhu'), { title: '交接', author: EDITOR });
    store.dismissSuggestion('a:1:3:最大', 'superlative');
    const old = { publisher: PUBLISHER, dismissed: ['a:1:3:最大', 'a:5:9:据悉'], stats: { superlative: { accepted: 2, dismissed: 3 } } };
    expect(store.handOverSettings(old)).toBe(true);
    expect(store.setting('publisher')).toEqual(PUBLISHER);
    expect(store.dismissedSuggestions()).toEqual(['a:1:3:最大', 'a:5:9:据悉']);
    expect(store.setting('suggestions.stats')).toEqual({ superlative: { accepted: 2, dismissed: 4 } });
    // Not an undo step: undo takes back the dismissal the user made, not the hand-over.
    store.undo();
    expect(store.dismissedSuggestions()).toEqual(['a:5:9:据悉']);
    expect(store.setting('publisher')).toEqual(PUBLISHER);

    store.setSetting('publisher', { ...PUBLISHER, reviewer: '' });
    expect(store.handOverSettings({ publisher: PUBLISHER })).toBe(false);
    expect(store.setting('publisher')?.reviewer).toBe('');
    store.close();
  });

  it('reads a value that no longer passes its schema (written by hand) as absent, pizhu check names it, and names each setting by an id from its key', () => {
    const path = tmp.file('修复.pizhu');
    ProjectStore.create(path, { title: '修复', author: EDITOR }).close();
    const db = new DatabaseSync(path);
    db.prepare('INSERT INTO settings VALUES (?, ?, ?, ?, ?)').run(settingId('publisher'), 'publisher', '{"logoUrl": 42', 't', EDITOR.id);
    db.close();
    expect(checkProject(path).failures).toEqual([expect.objectContaining({ kind: 'json', message: expect.stringContaining('value_json') })]);
    const store = ProjectStore.open(path, { author: EDITOR });
    expect(store.setting('publisher')).toBeUndefined();
    store.setSetting('publisher', PUBLISHER);
    expect(store.setting('publisher')).toEqual(PUBLISHER);
    store.close();
    expect(settingId('publisher')).toBe(settingId('publisher'));
    expect(settingId('publisher')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('a project saved before settings (schema 5)', () => {
  const v5 = fileURLToPath(new URL('../../fixtures/projects/v5.pizhu', import.meta.url));

  it('gains an empty settings table when opened, keeps its records, and takes settings from then on', () => {
    const path = tmp.file('v5.pizhu');
    copyFileSync(v5, path);
    const store = ProjectStore.open(path, { author: EDITOR });
    expect(store.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.listSettings()).toEqual({});
    expect(store.listArticles()).toHaveLength(1);
    store.setSetting('publisher', PUBLISHER);
    store.close();
  });

  it('read only, it is left byte-identical and reads as having no settings', () => {
    const path = tmp.file('v5.pizhu');
    copyFileSync(v5, path);
    const before = sha256OfFile(path);
    const reader = ProjectStore.open(path, { author: EDITOR, readOnly: true });
    expect(reader.info().schemaVersion).toBe(5);
    expect(reader.listSettings()).toEqual({});
    expect(reader.dismissedSuggestions()).toEqual([]);
    expect(reader.setting('publisher')).toBeUndefined();
    reader.close();
    expect(sha256OfFile(path)).toBe(before);
  });
});

describe('a project from a newer Pizhu (schema 7)', () => {
  it('opens read-only: its settings are read, and a settings change is refused without writing', () => {
    const path = tmp.file('v7.pizhu');
    const store = ProjectStore.create(path, { title: '新版', author: EDITOR });
    store.setSetting('publisher', PUBLISHER);
    store.close();
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha256OfFile(path);
    const newer = ProjectStore.open(path, { author: EDITOR });
    expect(newer.readOnly).toBe(true);
    expect(newer.setting('publisher')).toEqual(PUBLISHER);
    expect(() => newer.setSetting('publisher', { ...PUBLISHER, reviewer: '' })).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(() => newer.dismissSuggestion('a:1:2:x', 'statistic')).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(newer.handOverSettings({ publisher: PUBLISHER })).toBe(false);
    newer.close();
    expect(sha256OfFile(path)).toBe(before);
  });
});
