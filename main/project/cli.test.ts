import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { lockPathOf } from './lock';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA_VERSION } from './format';
import { cliHarness } from '../cli/testing';
import { main } from '../cli/main';
import { ProjectStore } from './store';
import { createNodeServices } from '../services/node-services';
import { holdWriteLock, leaveInterruptedSave } from './testing/other-process';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle } from './testing/fixtures';

const cli = cliHarness();

describe('pizhu new, info and check', () => {
  it('creates a project, describes it and finds it healthy', async () => {
    const file = cli.tmp.file('混元.pizhu');
    expect(await main(['new', file, '--title', '混元核查', '--json'])).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject({ ok: true, title: '混元核查', schemaVersion: SCHEMA_VERSION });
    cli.out = '';
    expect(await main(['info', file, '--json'])).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject({ title: '混元核查', schemaVersion: SCHEMA_VERSION, articles: 0, claims: 0, assets: 0 });
    cli.out = '';
    expect(await main(['check', file])).toBe(0);
    expect(cli.out).toMatch(/检查通过/);
  });

  it('check lists the failures and exits 1 when a claim no longer quotes its article', async () => {
    const file = cli.tmp.file('bad-anchor.pizhu');
    const store = ProjectStore.create(file, { title: 'x', author: EDITOR, lang: 'en' });
    const article = store.addArticle(sampleArticle());
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B') });
    store.close();
    const db = new DatabaseSync(file);
    db.prepare('UPDATE claims SET start = start + 1, end = end + 1 WHERE id = ?').run(claim.id);
    db.close();
    expect(await main(['check', file, '--json'])).toBe(1);
    // The report comes first; main() then adds its one-line JSON error.
    // One JSON document on stdout, even when the command fails.
    const report = JSON.parse(cli.out);
    expect(report.ok).toBe(false);
    expect(report.failures[0].kind).toBe('anchor');
  });

  it('exits 4 with a clear message for a file that is not a project, and 8 when new would overwrite it', async () => {
    const file = cli.tmp.file('notes.txt');
    writeFileSync(file, '今天小编分享的科技经验');
    expect(await main(['info', file])).toBe(4);
    expect(cli.err).toMatch(/notes\.txt/);
    expect(await main(['new', file])).toBe(8);
  });

  it('says why a path cannot be opened in the language the user has now, with an exit code per reason', async () => {
    const folder = cli.tmp.file('x.pizhu');
    mkdirSync(folder);
    expect(await main(['info', folder])).toBe(4);
    expect(cli.err).toMatch(/x\.pizhu」是文件夹，不是批注项目/);
    createNodeServices({ mode: 'browser' }).prefs.update({ language: 'en' });
    cli.err = '';
    expect(await main(['check', folder])).toBe(4);
    expect(cli.err).toMatch(/x\.pizhu” is a folder, not a Pizhu project/);
    cli.err = '';
    expect(await main(['info', join(cli.tmp.dir, 'gone', 'p.pizhu')])).toBe(4);
    expect(cli.err).toMatch(/its folder “.*gone” does not exist/);
    expect(cli.err).not.toMatch(/unable to open|ENOENT|internal/i);
  });

  it('exits 5 for a damaged project, 7 for a write to a newer one, 0 when check follows a crash', async () => {
    const file = cli.tmp.file('p.pizhu');
    ProjectStore.create(file, { title: 'x', author: EDITOR }).close();
    leaveInterruptedSave(file);
    expect(await main(['check', file])).toBe(0);
    expect(await main(['info', file, '--json'])).toBe(0);

    const newer = cli.tmp.file('newer.pizhu');
    ProjectStore.create(newer, { title: 'x', author: EDITOR }).close();
    const db = new DatabaseSync(newer);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    writeFileSync(cli.tmp.file('a.txt'), '腾讯混元大模型总参数量 389B。');
    expect(await main(['import', newer, cli.tmp.file('a.txt')])).toBe(7);

    const truncated = cli.tmp.file('cut.pizhu');
    writeFileSync(truncated, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(40)]));
    expect(await main(['info', truncated])).toBe(5);
  });

  it('exits 6 while another program keeps the project busy, or another Pizhu has it open', async () => {
    const file = cli.tmp.file('busy.pizhu');
    ProjectStore.create(file, { title: 'x', author: EDITOR }).close();
    const writer = await holdWriteLock(file, 6500);
    expect(await main(['info', file])).toBe(6);
    expect(cli.err).toMatch(/正由另一个程序写入/);
    await writer.done;
    // Open in another Pizhu (its lock file names a live process): a writing command exits 6 too.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(lockPathOf(file), JSON.stringify({ pid: other.pid, hostname: hostname(), mode: 'read-write', since: '2026-11-28T09:00:00.000Z' }));
      writeFileSync(cli.tmp.file('a.txt'), '腾讯混元大模型总参数量 389B。');
      cli.err = '';
      expect(await main(['import', file, cli.tmp.file('a.txt')])).toBe(6);
      expect(cli.err).toMatch(/已在本机的批注进程 \d+中打开/);
    } finally {
      other.kill();
    }
  }, 15_000);
});
