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

  it('is not opened while Pizhu on another computer holds it', () => {
    lockOf(1, 'colleagues-laptop');
    expect(open).toThrow(expect.objectContaining({ code: 'in-use', message: expect.stringMatching(/computer “colleagues-laptop”/) }));
  });
});
