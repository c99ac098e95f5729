import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ProjectStore } from './store';
import { lockPathOf } from './lock';
import { EDITOR, tempDir } from './testing/fixtures';

let tmp: ReturnType<typeof tempDir>;
let path: string;
beforeEach(() => {
  tmp = tempDir();
  path = tmp.file('共享.pizhu');
  ProjectStore.create(path, { title: '共享', author: EDITOR }).close();
});
afterEach(() => tmp.remove());

const open = () => ProjectStore.open(path, { author: EDITOR, lang: 'en' });
const lockOf = (pid: number, host = hostname()) =>
  writeFileSync(lockPathOf(path), JSON.stringify({ pid, hostname: host, mode: 'read-write', since: '2025-01-01T00:00:00.000Z' }));

describe('a project open elsewhere', () => {
  it('is not opened by a second window, and opens again once closed', () => {
    const first = open();
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ pid: process.pid, mode: 'read-write' });
    expect(open).toThrow(expect.objectContaining({ code: 'in-use', message: expect.stringMatching(/already open in another Pizhu window/) }));
    first.close();
    expect(existsSync(lockPathOf(path))).toBe(false);
    open().close();
  });

  it('is not opened while another process on this computer holds it, and says which', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      lockOf(other.pid!);
      expect(open).toThrow(expect.objectContaining({ code: 'in-use', message: expect.stringMatching(new RegExp(`process ${other.pid}`)) }));
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    // That process has ended: its lock is stale and the project opens.
    open().close();
  });

});

describe('a lock written on another computer', () => {
  const otherHost = (author?: string) =>
    writeFileSync(
      lockPathOf(path),
      JSON.stringify({ pid: 4242, hostname: 'colleagues-laptop', mode: 'read-write', since: '2026-11-28T09:15:00.000Z', ...(author ? { author } : {}) }),
    );

  it('says who holds it, on which computer and since when, and leaves the lock alone', () => {
    otherHost('核查李');
    const before = readFileSync(lockPathOf(path), 'utf8');
    expect(open).toThrow(
      expect.objectContaining({
        code: 'in-use-elsewhere',
        message:
          '“' + path + '” is open in Pizhu on the computer “colleagues-laptop” (opened by 核查李, since 2026-11-28T09:15:00.000Z), as far as its lock file says; from here Pizhu cannot tell whether it is still open there. If it is not (that computer crashed or lost the shared drive), take it over (command line: --take-over); otherwise close it there first, or open a copy.',
      }),
    );
    expect(readFileSync(lockPathOf(path), 'utf8')).toBe(before);
  });

  it('says so in Chinese too, when the lock does not name who opened it', () => {
    otherHost();
    expect(() => ProjectStore.open(path, { author: EDITOR })).toThrow(
      expect.objectContaining({ message: expect.stringContaining('已在电脑「colleagues-laptop」上的批注中打开（未记录打开者，自 2026-11-28T09:15:00.000Z 起）') }),
    );
  });

  it('is taken over once the user confirms, and the lock then names this computer and editor', () => {
    otherHost('核查李');
    const store = ProjectStore.open(path, { author: EDITOR, lang: 'en', takeOver: true });
    expect(store.readOnly).toBe(false);
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname(), author: EDITOR.name });
    store.close();
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('is not removed on close by a window that lost it to another computer', () => {
    const store = open();
    otherHost('核查李');
    store.close();
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ hostname: 'colleagues-laptop' });
  });

  it('taking over never overrides Pizhu still running on this computer', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      lockOf(other.pid!);
      expect(() => ProjectStore.open(path, { author: EDITOR, lang: 'en', takeOver: true })).toThrow(expect.objectContaining({ code: 'in-use' }));
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
  });
});
