import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { cliHarness } from '../cli/testing';
import { main } from '../cli/main';
import { createNodeServices } from '../services/node-services';
import { dispatch } from '../services/dispatch';
import { ProjectStore } from './store';
import { lockPathOf } from './lock';
import { EDITOR } from './testing/fixtures';

const cli = cliHarness();

/** A project whose lock says a colleague opened it on their laptop, which then crashed. */
function lockedOnLaptop(): string {
  const file = cli.tmp.file('共享盘上的项目.pizhu');
  ProjectStore.create(file, { title: '共享', author: EDITOR }).close();
  writeFileSync(lockPathOf(file), JSON.stringify({ pid: 77, hostname: 'li-laptop', mode: 'read-write', since: '2026-11-28T08:00:00.000Z', author: '核查李' }));
  return file;
}

describe('taking over a project another computer holds', () => {
  it('from the command line: refused with who and where, then done with --take-over', async () => {
    const file = lockedOnLaptop();
    const article = cli.tmp.file('稿件.txt');
    writeFileSync(article, '腾讯混元大模型总参数量 389B。\n');
    expect(await main(['import', file, article])).toBe(6);
    expect(cli.err).toContain('电脑「li-laptop」');
    expect(cli.err).toContain('核查李');
    expect(cli.err).toContain('--take-over');
    expect(JSON.parse(readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ hostname: 'li-laptop' });
    expect(await main(['import', file, article, '--take-over', '--json'])).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject([{ title: expect.any(String) }]);
    const store = ProjectStore.open(file, { author: EDITOR, lang: 'en' });
    expect(store.listArticles()).toHaveLength(1);
    store.close();
  });

  it('through the API: the open is refused with its own code, and succeeds once the user confirms', async () => {
    const file = lockedOnLaptop();
    const services = createNodeServices({ mode: 'browser', configDir: cli.tmp.file('config') });
    const refused = await dispatch(services.handlers, 'projectOpen', { path: file }, 'zh-CN');
    expect(refused).toMatchObject({ ok: false, error: { code: 'in-use-elsewhere', message: expect.stringContaining('电脑「li-laptop」') } });
    const taken = await dispatch(services.handlers, 'projectOpen', { path: file, takeOver: true }, 'zh-CN');
    expect(taken).toMatchObject({ ok: true, value: { path: file, readOnlyReason: null } });
    expect(JSON.parse(readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ hostname: hostname(), pid: process.pid });
    services.session.close();
  });
});
