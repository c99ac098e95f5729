// A file with Pizhu's application id and user_version 0: what creation leaves if it never
// finished. Opening, `info` and `check` all call it the same thing, and none of them writes to it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from './store';
import { checkProject } from './check';
import { APPLICATION_ID } from './format';
import { cliHarness } from '../cli/testing';
import { main } from '../cli/main';
import { EDITOR, sha256OfFile } from './testing/fixtures';
import { leaveInterruptedSave } from './testing/other-process';

const cli = cliHarness();

/** Our mark and a table, but no version: as if creation had stopped half-way. */
function unfinished(name = '半成品.pizhu'): string {
  const path = cli.tmp.file(name);
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA application_id = ${APPLICATION_ID}; CREATE TABLE project (id TEXT PRIMARY KEY, title TEXT)`);
  db.close();
  return path;
}

const EN = (file: string) =>
  `“${file}” carries Pizhu’s mark but no project format version: it was never finished being created (Pizhu may have stopped while making it), so it is not a Pizhu project yet. Pizhu left it unchanged; create a new project, or open a backup.`;

describe('a file Pizhu never finished creating', () => {
  let file: string;
  let before: string;
  let listing: string[];
  beforeEach(() => {
    file = unfinished();
    before = sha256OfFile(file);
    listing = readdirSync(cli.tmp.dir).sort();
  });
  afterEach(() => {
    expect(sha256OfFile(file)).toBe(before);
    expect(readdirSync(cli.tmp.dir).sort()).toEqual(listing);
  });

  it('is refused on open as not a project yet, in English and Chinese', () => {
    expect(() => ProjectStore.open(file, { author: EDITOR, lang: 'en' })).toThrow(expect.objectContaining({ code: 'not-a-project', message: EN(file) }));
    expect(() => ProjectStore.open(file, { author: EDITOR })).toThrow(
      expect.objectContaining({ message: `「${file}」带有批注的标记，但没有项目格式版本：它没有创建完成（可能是批注在创建时中断了），还不是批注项目。批注没有改动它；请新建项目，或打开备份。` }),
    );
  });

  it('is called the same by check as by opening, never “ok”', () => {
    expect(() => checkProject(file, { lang: 'en' })).toThrow(expect.objectContaining({ code: 'not-a-project', message: EN(file) }));
  });

  it('gets the same message and exit code from pizhu info and pizhu check', async () => {
    expect(await main(['info', file])).toBe(4);
    const fromInfo = cli.err;
    cli.err = '';
    expect(await main(['check', file])).toBe(4);
    expect(cli.err).toBe(fromInfo);
    expect(cli.err).toContain('没有创建完成');
    expect(cli.out).toBe('');
  });
});

describe('a project whose version reads 0 with a save cut off by a crash', () => {
  it('is refused before the cut-off save is rolled back: the file and its journal stay byte-identical', () => {
    const path = cli.tmp.file('无版本.pizhu');
    ProjectStore.create(path, { title: '样本', author: EDITOR }).close();
    const db = new DatabaseSync(path);
    db.exec('PRAGMA user_version = 0');
    db.close();
    leaveInterruptedSave(path);
    const file = sha256OfFile(path);
    const journal = sha256OfFile(`${path}-journal`);
    expect(() => ProjectStore.open(path, { author: EDITOR, lang: 'en' })).toThrow(expect.objectContaining({ code: 'not-a-project' }));
    expect(() => checkProject(path, { lang: 'en' })).toThrow(expect.objectContaining({ code: 'not-a-project' }));
    expect(sha256OfFile(path)).toBe(file);
    expect(sha256OfFile(`${path}-journal`)).toBe(journal);
  });
});
