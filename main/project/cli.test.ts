import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { main } from '../cli/main';
import { SCHEMA_VERSION } from './format';
import { ProjectStore } from './store';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
let out: string;
let err: string;

beforeEach(() => {
  tmp = tempDir();
  vi.stubEnv('PIZHU_CONFIG_DIR', tmp.file('config'));
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  tmp.remove();
});

describe('pizhu new, info and check', () => {
  it('creates a project, describes it and finds it healthy', async () => {
    const file = tmp.file('混元.pizhu');
    expect(await main(['new', file, '--title', '混元核查', '--json'])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ok: true, title: '混元核查', schemaVersion: SCHEMA_VERSION });
    out = '';
    expect(await main(['info', file, '--json'])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ title: '混元核查', schemaVersion: SCHEMA_VERSION, articles: 0, claims: 0, assets: 0 });
    out = '';
    expect(await main(['check', file])).toBe(0);
    expect(out).toMatch(/ok/);
  });

  it('check lists the failures and exits 1 when a claim no longer quotes its article', async () => {
    const file = tmp.file('bad-anchor.pizhu');
    const store = ProjectStore.create(file, { title: 'x', author: EDITOR, lang: 'en' });
    const article = store.addArticle(sampleArticle());
    const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '389B') });
    store.close();
    const db = new DatabaseSync(file);
    db.prepare('UPDATE claims SET start = start + 1, end = end + 1 WHERE id = ?').run(claim.id);
    db.close();
    expect(await main(['check', file, '--json'])).toBe(1);
    // The report comes first; main() then adds its one-line JSON error.
    const report = JSON.parse(out.slice(0, out.indexOf('\n}\n') + 2));
    expect(report.ok).toBe(false);
    expect(report.failures[0].kind).toBe('anchor');
  });

  it('exits non-zero with a clear message for a file that is not a project', async () => {
    const file = tmp.file('notes.txt');
    writeFileSync(file, '今天小编分享的科技经验');
    expect(await main(['info', file])).toBe(1);
    expect(err).toMatch(/notes\.txt/);
    expect(await main(['new', file])).toBe(1);
  });
});
