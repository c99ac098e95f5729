import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ProjectStore } from './store';
import { DEFAULT_CODEBOOK } from '../../shared/domain/codebook';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';
import { SCHEMA_VERSION } from './format';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;

beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(tmp.file('混元.pizhu'), { title: '混元核查', author: EDITOR });
});
afterEach(() => {
  store.close();
  tmp.remove();
});

describe('a new project', () => {
  it('has a title, an id, the current schema version and the default codebook with hotkeys 1-9', () => {
    const info = store.info();
    expect(info.title).toBe('混元核查');
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.schemaVersion).toBe(SCHEMA_VERSION);
    const tags = store.listTags();
    expect(tags.map((t) => t.name)).toEqual(DEFAULT_CODEBOOK.map((t) => t.name));
    expect(tags.map((t) => t.hotkey)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(tags.map((t) => t.color)).size).toBe(9);
    expect(store.authors()).toEqual([EDITOR]);
  });

  it('refuses to create over an existing file', () => {
    expect(() => ProjectStore.create(tmp.file('混元.pizhu'), { title: 'x', author: EDITOR })).toThrow(
      expect.objectContaining({ code: 'io' }),
    );
  });
});

describe('articles', () => {
  it('keeps the original file once as an asset and lists the article with its claim count', () => {
    const original = new TextEncoder().encode(SAMPLE_TEXT);
    const article = store.addArticle(sampleArticle(), {
      original: { bytes: original, mime: 'text/plain' },
      importInfo: { encoding: 'gb18030', confidence: 0.93 },
    });
    expect(article.content.text).toBe(SAMPLE_TEXT);
    expect(article.importInfo).toEqual({ encoding: 'gb18030', confidence: 0.93 });
    expect(Buffer.from(store.readAsset(article.originalAssetHash!))).toEqual(Buffer.from(original));
    store.addArticle(sampleArticle(), { original: { bytes: original, mime: 'text/plain' } });
    expect(store.stats().assets).toBe(1);
    expect(store.listArticles().map((a) => [a.title, a.revisionCount, a.claimCount])).toEqual([
      ['腾讯混元与元宝', 1, 0],
      ['腾讯混元与元宝', 1, 0],
    ]);
  });

  it('adds a revision that becomes current while claims keep the revision they count in', () => {
    const article = store.addArticle(sampleArticle());
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B') });
    const revised = store.addRevision(article.id, { ...sampleArticle('新的文本'), title: '修订稿' });
    expect(revised.revisionNumber).toBe(2);
    expect(store.listArticles()[0]!.title).toBe('修订稿');
    expect(store.getClaim(claim.id).revisionId).toBe(article.revisionId);
    expect(store.getArticle(article.id, article.revisionId).content.text).toBe(SAMPLE_TEXT);
  });
});

describe('claims', () => {
  it('stores a claim after 𠮷 and 🙂 at code-point positions and refuses an anchor that does not quote the text', () => {
    const article = store.addArticle(sampleArticle());
    const anchor = anchorOf(SAMPLE_TEXT, '总参数量 389B');
    expect(anchor.start).toBe(10); // UTF-16 would say 12: 𠮷 and 🙂 are two units each
    const claim = store.addClaim({ articleId: article.id, anchor, tagIds: [store.listTags()[0]!.id] });
    expect(claim).toMatchObject({ anchor, status: 'to-check', strength: null, verdict: null, orphan: false, createdBy: EDITOR.id });
    expect(() => store.addClaim({ articleId: article.id, anchor: { ...anchor, start: anchor.start + 1, end: anchor.end + 1 } })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => store.addClaim({ articleId: article.id, anchor: { ...anchor, end: 10_000 } })).toThrow(/10000/);
  });

  it('updates a claim with a patch and records who changed it', () => {
    const article = store.addArticle(sampleArticle());
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '第 11 位') });
    const updated = store.updateClaim(claim.id, {
      strength: 3,
      verdict: 'mostly-true',
      status: 'needs-review',
      assignee: CHECKER.id,
      note: { json: '{"root":{}}', text: '来源:SimilarWeb' },
    });
    expect(updated).toMatchObject({ strength: 3, verdict: 'mostly-true', status: 'needs-review', assignee: CHECKER.id });
    expect(updated.note.text).toBe('来源:SimilarWeb');
    expect(store.changes({ limit: 1 })[0]).toMatchObject({ action: 'updateClaim', table: 'claims', op: 'update', authorId: EDITOR.id });
    expect(() => store.updateClaim(claim.id, { strength: 5 } as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('deletes a claim with its tags and evidence', () => {
    const article = store.addArticle(sampleArticle());
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '据报道'), tagIds: [store.listTags()[6]!.id] });
    store.addEvidence(claim.id, { title: '元宝月活', stance: 'refutes' });
    store.deleteClaim(claim.id);
    expect(store.listClaims(article.id)).toEqual([]);
    expect(store.listEvidence(claim.id)).toEqual([]);
    expect(() => store.getClaim(claim.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('the codebook', () => {
  it('renames a tag everywhere at once and gives a hotkey to one tag only', () => {
    const article = store.addArticle(sampleArticle());
    const [statistic, ranking] = store.listTags();
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B'), tagIds: [statistic!.id] });
    store.renameTag(statistic!.id, '数字');
    expect(store.listTags().find((t) => t.id === store.getClaim(claim.id).tagIds[0])!.name).toBe('数字');
    const custom = store.addTag({ name: '参数', color: '#123456', hotkey: 2, parentId: statistic!.id });
    expect(custom.hotkey).toBe(2);
    expect(store.listTags().find((t) => t.id === ranking!.id)!.hotkey).toBeNull();
  });

  it('merges two tags on every claim, keeping one link where a claim had both', () => {
    const article = store.addArticle(sampleArticle());
    const [statistic, ranking, comparison] = store.listTags();
    const both = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B'), tagIds: [statistic!.id, ranking!.id] });
    const one = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '52B'), tagIds: [ranking!.id] });
    const child = store.addTag({ name: '名次', color: '#abcdef', parentId: ranking!.id });
    store.mergeTags(ranking!.id, statistic!.id);
    expect(store.getClaim(both.id).tagIds).toEqual([statistic!.id]);
    expect(store.getClaim(one.id).tagIds).toEqual([statistic!.id]);
    expect(store.listTags().find((t) => t.id === child.id)!.parentId).toBe(statistic!.id);
    expect(store.listTags().some((t) => t.id === ranking!.id)).toBe(false);
    expect(() => store.updateTag(statistic!.id, { parentId: child.id })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    store.deleteTag(comparison!.id);
    expect(store.listTags()).toHaveLength(8 + 1 - 1);
  });

  it('reorders tags', () => {
    const ids = store.listTags().map((t) => t.id);
    const reversed = [...ids].reverse();
    expect(store.reorderTags(reversed).map((t) => t.id)).toEqual(reversed);
  });
});

describe('evidence', () => {
  it('adds, updates, reorders and deletes evidence items of a claim', () => {
    const article = store.addArticle(sampleArticle());
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '月访问量不到 200 万') });
    const a = store.addEvidence(claim.id, { title: 'SimilarWeb 数据', url: 'https://example.com/a', stance: 'supports', reliability: 'mixed' });
    const b = store.addEvidence(claim.id, { title: '量子位报道', publisher: '量子位', date: '2024-05-30', quote: '第 11 位' });
    expect(store.updateEvidence(a.id, { reliability: 'reliable', note: { json: '', text: '官方口径' } })).toMatchObject({
      reliability: 'reliable',
      note: { text: '官方口径' },
    });
    expect(store.reorderEvidence(claim.id, [b.id, a.id]).map((e) => e.id)).toEqual([b.id, a.id]);
    store.deleteEvidence(b.id);
    expect(store.listEvidence(claim.id).map((e) => e.title)).toEqual(['SimilarWeb 数据']);
  });
});

describe('assets', () => {
  it('stores the same bytes once and streams them back whole', async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) % 251);
    const first = store.putAsset(bytes, { mime: 'image/png', width: 800, height: 600 });
    const again = store.putAsset(bytes, { mime: 'image/png' });
    expect(again).toEqual(first);
    expect(first).toMatchObject({ bytes: bytes.byteLength, width: 800, height: 600 });
    const pieces: Buffer[] = [];
    for await (const piece of store.streamAsset(first.hash)) pieces.push(piece as Buffer);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).equals(Buffer.from(bytes))).toBe(true);
    expect(() => store.assetMeta('0'.repeat(64))).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('copies', () => {
  it('writes a compacted copy that opens on its own with the same content', () => {
    const article = store.addArticle(sampleArticle());
    store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B') });
    const dest = tmp.file('副本.pizhu');
    store.compactCopy(dest);
    expect(readFileSync(dest).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    const copy = ProjectStore.open(dest, { author: CHECKER });
    try {
      expect(copy.info()).toEqual({ ...store.info(), modifiedAt: copy.info().modifiedAt });
      expect(copy.listClaims(article.id)).toEqual(store.listClaims(article.id));
    } finally {
      copy.close();
    }
    expect(() => store.compactCopy(dest)).toThrow(expect.objectContaining({ code: 'io' }));
  });
});
