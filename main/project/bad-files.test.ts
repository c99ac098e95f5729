import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { lockPathOf } from './lock';
import { randomBytes } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from './store';
import { SCHEMA_VERSION } from './format';
import { checkProject } from './check';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, sha256OfFile, tempDir } from './testing/fixtures';
import { holdWriteLock, leaveInterruptedSave } from './testing/other-process';
import { type PizhuError } from '../../shared/api/result';

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
    expect(store.readOnlyReason).toContain(`newer version of Pizhu (project format ${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION})`);
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

/** The file and its journal, byte for byte. */
const snapshot = (path: string) => [sha256OfFile(path), existsSync(`${path}-journal`) ? sha256OfFile(`${path}-journal`) : null];

describe('paths that are not project files', () => {
  it('says a folder named like a project is a folder, in Chinese and in English, and leaves it alone', () => {
    const path = tmp.file('x.pizhu');
    mkdirSync(path);
    writeFileSync(join(path, 'notes.txt'), '笔记');
    const refusal = (lang: 'zh-CN' | 'en') => {
      try {
        ProjectStore.open(path, { author: EDITOR, lang });
      } catch (err) {
        return err as PizhuError;
      }
      throw new Error('opened a folder');
    };
    const zh = refusal('zh-CN');
    expect(zh).toMatchObject({ code: 'not-a-project', key: 'project.isDirectory' });
    expect(zh.wordedIn('zh-CN')).toMatch(/「.*x\.pizhu」是文件夹，不是批注项目/);
    expect(zh.wordedIn('en')).toMatch(/x\.pizhu” is a folder, not a Pizhu project/);
    expect(readdirSync(path)).toEqual(['notes.txt']);
    expect(() => checkProject(path)).toThrow(expect.objectContaining({ code: 'not-a-project' }));
  });

  it('names the missing folder when the project’s folder is gone, instead of an internal error', () => {
    const path = join(tmp.dir, '已删除的文件夹', 'project.pizhu');
    expect(() => ProjectStore.open(path, { author: EDITOR, lang: 'en' })).toThrow(
      expect.objectContaining({ code: 'not-found', message: expect.stringMatching(/its folder “.*已删除的文件夹” does not exist/) }),
    );
    expect(() => ProjectStore.create(path, { title: '新', author: EDITOR, lang: 'zh-CN' })).toThrow(
      expect.objectContaining({ code: 'not-found', message: expect.stringMatching(/文件夹「.*已删除的文件夹」不存在/) }),
    );
    expect(existsSync(join(tmp.dir, '已删除的文件夹'))).toBe(false);
  });
});

describe('right after a crash', () => {
  it('check, info and reading find the last saved state, not damage, and roll the cut-off save back', () => {
    const path = makeProject();
    leaveInterruptedSave(path);
    expect(checkProject(path, { lang: 'en' })).toMatchObject({ ok: true, failures: [] });
    expect(existsSync(`${path}-journal`)).toBe(false);
    const reader = ProjectStore.open(path, { author: EDITOR, readOnly: true });
    expect(reader.info().title).toBe('样本');
    expect(reader.authors()).toHaveLength(1);
    reader.close();
  });

  it('info opens read-only as the last saved state without repairing the file when it is read-only', () => {
    const path = makeProject();
    leaveInterruptedSave(path);
    chmodSync(path, 0o444);
    const before = snapshot(path);
    const reader = ProjectStore.open(path, { author: EDITOR, readOnly: true, lang: 'en' });
    expect(reader.info().title).toBe('样本');
    expect(reader.stats()).toMatchObject({ articles: 1, claims: 1, assets: 2 });
    expect(reader.readOnlyReason).toMatch(/interrupted save and cannot be repaired in place/);
    reader.close();
    expect(checkProject(path, { lang: 'en' }).ok).toBe(true);
    expect(snapshot(path)).toEqual(before);
  });

  it('a newer version’s file left mid-save is read from a rolled-back copy; it and its journal stay byte-identical', () => {
    const path = makeProject();
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    leaveInterruptedSave(path);
    const before = snapshot(path);
    const store = ProjectStore.open(path, { author: EDITOR, lang: 'en' });
    expect(store.readOnlyReason).toMatch(/newer version of Pizhu/);
    expect(store.info().title).toBe('样本');
    expect(store.authors()).toHaveLength(1);
    store.close();
    expect(checkProject(path).ok).toBe(true);
    expect(snapshot(path)).toEqual(before);
  });

  it('opening for editing repairs it, and the edit that follows is kept', () => {
    const path = makeProject();
    leaveInterruptedSave(path);
    const store = ProjectStore.open(path, { author: EDITOR });
    expect(store.readOnly).toBe(false);
    store.setTitle('修好了');
    store.close();
    expect(ProjectStore.open(path, { author: EDITOR, readOnly: true }).info().title).toBe('修好了');
    expect(checkProject(path).ok).toBe(true);
  });
});

describe('while another process writes', () => {
  it('check and info wait for the writer instead of calling the file damaged', async () => {
    const path = makeProject();
    const writer = await holdWriteLock(path, 800);
    expect(checkProject(path, { lang: 'en' })).toMatchObject({ ok: true });
    await writer.done;
    const again = await holdWriteLock(path, 800);
    const reader = ProjectStore.open(path, { author: EDITOR, readOnly: true });
    expect(reader.info().title).toBe('样本');
    reader.close();
    await again.done;
  });

  it('says the file is busy, not damaged, when the writer keeps it past the wait, and leaves it unchanged', async () => {
    const path = makeProject();
    const writer = await holdWriteLock(path, 7000);
    const before = sha256OfFile(path);
    let caught: unknown;
    try {
      ProjectStore.open(path, { author: EDITOR, readOnly: true, lang: 'en' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: 'in-use', message: expect.stringMatching(/project\.pizhu” is being written by another program/) });
    expect((caught as PizhuError).wordedIn('zh-CN')).toMatch(/正由另一个程序写入/);
    expect(sha256OfFile(path)).toBe(before);
    await writer.done;
  }, 15_000);
});

describe('a project open in another Pizhu', () => {
  it('is not opened for editing; says where it is open in Chinese and English, and stays byte-identical', () => {
    const path = makeProject();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(lockPathOf(path), JSON.stringify({ pid: other.pid, hostname: hostname(), mode: 'read-write', since: '2026-11-28T09:00:00.000Z' }));
      const before = [sha256OfFile(path), sha256OfFile(lockPathOf(path))];
      let refusal: PizhuError | undefined;
      try {
        ProjectStore.open(path, { author: EDITOR });
      } catch (err) {
        refusal = err as PizhuError;
      }
      expect(refusal).toMatchObject({ code: 'in-use', key: 'project.inUse' });
      expect(refusal!.wordedIn('zh-CN')).toContain(`本机的批注进程 ${other.pid}`);
      expect(refusal!.wordedIn('en')).toContain(`is already open in Pizhu process ${other.pid} on this computer`);
      expect([sha256OfFile(path), sha256OfFile(lockPathOf(path))]).toEqual(before);
      // Reading is still possible: a reader does not need the lock.
      expect(checkProject(path).ok).toBe(true);
    } finally {
      other.kill();
    }
  });
});

describe('a project that fails the integrity check', () => {
  /**
   * Makes an index disagree with its table, as a bad sector or a buggy tool might: one byte of
   * the article id in the index entry of the claim is changed. quick_check does not notice this.
   */
  function damageIndex(path: string): void {
    const db = new DatabaseSync(path, { readOnly: true });
    const root = Number(db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'claims_by_article'").get()!.rootpage);
    const pageSize = Number(db.prepare('PRAGMA page_size').get()!.page_size);
    const articleId = String(db.prepare('SELECT article_id FROM claims').get()!.article_id);
    db.close();
    const bytes = readFileSync(path);
    const page = bytes.subarray((root - 1) * pageSize, root * pageSize);
    const at = page.indexOf(Buffer.from(articleId, 'latin1'));
    expect(at).toBeGreaterThan(0);
    page[at] = page[at] === 0x30 ? 0x31 : 0x30;
    writeFileSync(path, bytes);
  }

  it('opens read-only with the reason, refuses every write and stays byte-identical', () => {
    const path = makeProject();
    damageIndex(path);
    const before = sha256OfFile(path);
    const store = ProjectStore.open(path, { author: EDITOR, lang: 'en' });
    expect(store.readOnly).toBe(true);
    expect(store.readOnlyReason).toMatch(/project\.pizhu” is damaged \(SQLite integrity check: .*claims_by_article.*\), so it is open read-only/);
    expect(store.info().title).toBe('样本');
    expect(() => store.setTitle('改名')).toThrow(expect.objectContaining({ code: 'read-only' }));
    store.close();
    expect(sha256OfFile(path)).toBe(before);
    expect(checkProject(path, { lang: 'en' }).failures).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'integrity' })]));
    expect(sha256OfFile(path)).toBe(before);
  });
});
