import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from './store';
import { SCHEMA_VERSION } from './format';
import { checkProject } from './check';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, sha256OfFile, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

/** A closed project holding one article, one claim and two 1 MB screenshots. */
function makeProject(name = 'project.pizhu'): string {
  const path = tmp.file(name);
  const store = ProjectStore.create(path, { title: '样本', author: EDITOR });
  const article = store.addArticle(sampleArticle());
  store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B') });
  store.putAsset(randomBytes(1 << 20), { mime: 'image/png' });
  store.putAsset(randomBytes(1 << 20), { mime: 'image/png' });
  store.close();
  return path;
}

/** Opens `path`, expects the error `code`, and checks the file and its folder are untouched. */
function expectRefused(path: string, code: string, message: RegExp): void {
  const before = sha256OfFile(path);
  const listing = readdirSync(tmp.dir).sort();
  expect(() => ProjectStore.open(path, { author: EDITOR, lang: 'en' })).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  expect(sha256OfFile(path)).toBe(before);
  expect(readdirSync(tmp.dir).sort()).toEqual(listing);
}

describe('files that are not Pizhu projects', () => {
  it('refuses an empty file and leaves it byte-identical', () => {
    const path = tmp.file('empty.pizhu');
    writeFileSync(path, '');
    expectRefused(path, 'not-a-project', /empty\.pizhu.*empty file/);
  });

  it('refuses random bytes and leaves them byte-identical', () => {
    const path = tmp.file('random.pizhu');
    writeFileSync(path, randomBytes(8192));
    expectRefused(path, 'not-a-project', /not a SQLite database/);
  });

  it('refuses a SQLite file of another application and leaves it byte-identical', () => {
    const path = tmp.file('other-app.db');
    const db = new DatabaseSync(path);
    db.exec("PRAGMA application_id = 1234; CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')");
    db.close();
    expectRefused(path, 'not-a-project', /another application/);
  });

  it('says so when the file does not exist', () => {
    expect(() => ProjectStore.open(tmp.file('missing.pizhu'), { author: EDITOR, lang: 'en' })).toThrow(
      expect.objectContaining({ code: 'not-found', message: expect.stringMatching(/missing\.pizhu.*does not exist/) }),
    );
  });
});

describe('damaged projects', () => {
  it('refuses a truncated project and leaves it byte-identical', () => {
    const path = makeProject();
    truncateSync(path, Math.floor(statSync(path).size / 2 / 4096) * 4096);
    expectRefused(path, 'damaged-project', /damaged.*shorter than its header/);
    expect(checkProject(path, { lang: 'en' }).ok).toBe(false);
  });

  it('reports an asset whose content does not match its hash, leaving the file byte-identical', () => {
    const path = makeProject();
    const db = new DatabaseSync(path);
    db.exec("UPDATE asset_content SET content = zeroblob(10) WHERE hash = (SELECT min(hash) FROM assets)");
    db.close();
    const before = sha256OfFile(path);
    const report = checkProject(path, { lang: 'en' });
    expect(report.ok).toBe(false);
    expect(report.failures).toEqual([expect.objectContaining({ kind: 'asset-hash', message: expect.stringMatching(/does not match its content/) })]);
    expect(sha256OfFile(path)).toBe(before);
  });
});

describe('projects Pizhu may not write', () => {
  it('opens a project from a newer Pizhu read-only, refuses writes and leaves it byte-identical', () => {
    const path = makeProject();
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha256OfFile(path);
    const store = ProjectStore.open(path, { author: EDITOR, lang: 'en' });
    expect(store.readOnly).toBe(true);
    expect(store.readOnlyReason).toMatch(new RegExp(`newer version of Pizhu \\(project format ${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION}\\)`));
    expect(store.info().title).toBe('样本');
    expect(() => store.setTitle('改名')).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(() => store.putAsset(new Uint8Array([1]), { mime: 'text/plain' })).toThrow(expect.objectContaining({ code: 'read-only' }));
    store.close();
    expect(sha256OfFile(path)).toBe(before);
  });

  it('opens a read-only file read-only with a message and leaves it byte-identical', () => {
    const path = makeProject();
    chmodSync(path, 0o444);
    const before = sha256OfFile(path);
    const store = ProjectStore.open(path, { author: EDITOR, lang: 'zh-CN' });
    expect(store.readOnlyReason).toMatch(/只读/);
    expect(() => store.setTitle('改名')).toThrow(expect.objectContaining({ code: 'read-only', message: expect.stringMatching(/project\.pizhu/) }));
    store.close();
    expect(sha256OfFile(path)).toBe(before);
  });

  it('keeps earlier work and says the disk is full when a write fails', () => {
    const path = makeProject();
    const store = ProjectStore.open(path, { author: EDITOR, lang: 'en' });
    const [article] = store.listArticles();
    const db = store['db'];
    const pages = Number(db.prepare('PRAGMA page_count').get()!.page_count);
    db.exec(`PRAGMA max_page_count = ${pages}`);
    expect(() => store.putAsset(randomBytes(1 << 20), { mime: 'image/png' })).toThrow(
      expect.objectContaining({ code: 'io', message: expect.stringMatching(/project\.pizhu.*the disk is full.*still there/) }),
    );
    expect(() => store.addArticle(sampleArticle('x'.repeat(100_000)))).toThrow(expect.objectContaining({ code: 'io' }));
    store.close();
    const reopened = ProjectStore.open(path, { author: EDITOR });
    expect(reopened.listArticles()).toEqual([article]);
    expect(reopened.stats()).toMatchObject({ articles: 1, claims: 1, assets: 2 });
    reopened.close();
    expect(checkProject(path).ok).toBe(true);
    expect(existsSync(`${path}-journal`)).toBe(false);
  });
});
