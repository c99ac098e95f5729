// The lock file beside an open project (NAME.pizhu.lock) that keeps a second window or process
// from opening it too. SQLite's own locks only last for one transaction, so they cannot say "this
// project is open over there"; a lock file can, and it also says where and who. A lock written on
// another computer (a project on a shared drive) cannot be checked by its process id: the error
// names who holds it and since when, and the user may take it over once they have made sure it is
// closed there (the app asks; the CLI takes --take-over).
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { projectError, projectPhrase, type FileContext } from './errors';

export interface LockInfo {
  pid: number;
  hostname: string;
  mode: 'read-write' | 'read-only';
  since: string;
  /** The name of who opened it (older locks have none). */
  author?: string;
}

export interface LockOptions {
  /** Written into the lock so that others see who holds the project. */
  author?: string;
  /** Replace a lock another computer holds: the user has confirmed the project is closed there. */
  takeOver?: boolean;
}

/** Projects this process holds open, by lock path: another window of the same app is a live holder. */
const heldHere = new Set<string>();

export const lockPathOf = (projectPath: string): string => `${projectPath}.lock`;

function readLock(lockPath: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(lockPath, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && typeof info.hostname === 'string' ? info : null;
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock nobody holds any more: its process on this computer has ended, or it is unreadable. */
function isStale(lockPath: string, info: LockInfo | null): boolean {
  if (!info) return true;
  if (info.hostname !== hostname()) return false;
  if (info.pid === process.pid) return !heldHere.has(lockPath);
  return !processAlive(info.pid);
}

export interface ProjectLock {
  release(): void;
}

/**
 * Takes the lock of `projectPath`, or throws 'in-use' naming where the project is open. Returns
 * null when the folder cannot hold a lock file (read-only media): the project then opens read-only.
 */
export function acquireLock(projectPath: string, mode: LockInfo['mode'], ctx: FileContext, opts: LockOptions = {}): ProjectLock | null {
  const lockPath = lockPathOf(projectPath);
  const info: LockInfo = {
    pid: process.pid,
    hostname: hostname(),
    mode,
    since: new Date().toISOString(),
    ...(opts.author ? { author: opts.author } : {}),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx', 0o644);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') return null;
      if (code !== 'EEXIST') throw err;
      const holder = readLock(lockPath);
      const takenOver = opts.takeOver === true && holder !== null && holder.hostname !== hostname();
      if (!takenOver && !isStale(lockPath, holder)) throw inUse(ctx, holder!);
      rmSync(lockPath, { force: true });
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(info));
    } finally {
      closeSync(fd);
    }
    heldHere.add(lockPath);
    return {
      release() {
        heldHere.delete(lockPath);
        // Only our own lock: after a take-over from another computer the lock is theirs.
        const now = readLock(lockPath);
        if (now?.pid === process.pid && now.hostname === hostname()) rmSync(lockPath, { force: true });
      },
    };
  }
  throw inUse(ctx, readLock(lockPath) ?? info);
}

function inUse(ctx: FileContext, holder: LockInfo) {
  if (holder.hostname !== hostname()) {
    const who = holder.author ? projectPhrase('lockAuthor', { author: holder.author }) : projectPhrase('lockAuthorUnknown');
    return projectError(ctx, 'in-use-elsewhere', 'inUseOtherHostLock', { host: holder.hostname, who, since: holder.since });
  }
  const where = holder.pid === process.pid ? projectPhrase('inUseThisProcess') : projectPhrase('inUseProcess', { pid: holder.pid });
  return projectError(ctx, 'in-use', 'inUse', { where, since: holder.since });
}
