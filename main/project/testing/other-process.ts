// Test helpers that do to a project what another process would: a save cut off by a crash (a hot
// journal left behind) and a writer holding the file. They run plain node:sqlite in a child
// process, so SQLite's locks are those of a real second process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/**
 * Starts a save that changes the title and adds many authors, forces SQLite to write changed pages
 * into the file before commit (a one-page cache), and kills the process mid-transaction: the
 * file is half-written and its `-journal` is hot.
 */
export function leaveInterruptedSave(path: string): void {
  const script = `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(process.argv[1]);
    db.exec('PRAGMA cache_size = 1; BEGIN IMMEDIATE');
    db.prepare('UPDATE project SET title = ?').run('中断的保存');
    const add = db.prepare('INSERT INTO authors (id, name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)');
    for (let i = 0; i < 400; i++) add.run('crash-' + i, '半途'.repeat(200), 't', 't');
    process.kill(process.pid, 'SIGKILL');
  `;
  const child = spawnSync(process.execPath, ['-e', script, path]);
  if (child.signal !== 'SIGKILL') throw new Error(`the interrupted save did not end in a crash: ${String(child.stderr)}`);
  if (!existsSync(`${path}-journal`) || statSync(`${path}-journal`).size === 0) throw new Error('no hot journal was left');
}

/**
 * Another process writing to `path`: it takes SQLite's exclusive lock, prints once it holds it,
 * and commits after `ms`. Resolves when the lock is held; `done` resolves when the process ends.
 */
export function holdWriteLock(path: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(process.argv[1]);
    db.exec('BEGIN EXCLUSIVE');
    db.prepare('UPDATE project SET modified_at = modified_at').run();
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('COMMIT');
    db.close();
  `;
  const child = spawn(process.execPath, ['-e', script, path, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve({ done }));
    child.once('exit', (code) => reject(new Error(`the writer ended (${code}) before it held the lock`)));
  });
}
