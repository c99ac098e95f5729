import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA_VERSION } from './format';
import { cliHarness } from '../cli/testing';
import { main } from '../cli/main';
import { ProjectStore } from './store';
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
    expect(cli.out).toMatch(/ok/);
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

  it('exits non-zero with a clear message for a file that is not a project', async () => {
    const file = cli.tmp.file('notes.txt');
    writeFileSync(file, '今天小编分享的科技经验');
    expect(await main(['info', file])).toBe(1);
    expect(cli.err).toMatch(/notes\.txt/);
    expect(await main(['new', file])).toBe(1);
  });
});
