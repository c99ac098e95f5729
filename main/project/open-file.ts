// Opening and creating project files. A file is checked before SQLite may write to it: the
// header is read by hand, then the file is opened read-only and its structure checked, and only
// a valid Pizhu project of a version we understand is reopened read-write. So a foreign, damaged
// or newer file is never modified.
import { DatabaseSync } from 'node:sqlite';
import { accessSync, closeSync, constants, existsSync, fsyncSync, linkSync, openSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { classifyFile, SCHEMA_VERSION } from './format';
import { migrate } from './migrations';
import { isCorruption, phrase, projectError, type FileContext } from './errors';
import { acquireLock, type ProjectLock } from './lock';
import type { Sql } from './sql';
import { PizhuError } from '../../shared/api/result';

export interface OpenedFile {
  db: DatabaseSync;
  /** Why writes are refused, or null when the project is writable. */
  readOnlyReason: string | null;
  lock: ProjectLock | null;
}

/**
 * The connection settings of a writable project. DELETE (rollback journal) rather than WAL:
 * between transactions the project is one self-contained file that can be copied, mailed or
 * synced, with no -wal/-shm companions that a copy could leave behind. synchronous=FULL syncs the
 * journal and the file at every commit, so a commit that returned survives a crash or power cut.
 */
function configure(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 2000');
}

function isWritable(path: string): boolean {
  // Honour the read-only attribute even for users (root, administrators) whom access() lets write.
  if ((statSync(path).mode & 0o222) === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Checks the structure of every table except asset bodies (which `check` verifies by hash). */
function verifyStructure(path: string, ctx: FileContext): void {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'asset_content'")
      .all()
      .map((r) => String(r.name));
    for (const table of tables) {
      const problems = db.prepare(`PRAGMA quick_check("${table.replaceAll('"', '""')}")`).all();
      const first = String(problems[0]?.quick_check);
      if (first !== 'ok') throw projectError(ctx, 'damaged-project', 'damaged', { detail: first });
    }
    const projects = db.prepare('SELECT count(*) AS n FROM project').get();
    if (Number(projects?.n) !== 1) throw projectError(ctx, 'damaged-project', 'damaged', { detail: 'project record missing' });
  } catch (err) {
    if (isCorruption(err) || (err as { errcode?: number }).errcode === 1) {
      throw projectError(ctx, 'damaged-project', 'damaged', { detail: (err as Error).message });
    }
    throw err;
  } finally {
    db?.close();
  }
}

/** A crash mid-transaction leaves a hot journal; SQLite rolls it back on the first read-write open. */
function hasHotJournal(path: string): boolean {
  const journal = `${path}-journal`;
  return existsSync(journal) && statSync(journal).size > 0;
}

function recoverInterruptedWrite(path: string): void {
  if (!hasHotJournal(path)) return;
  const db = new DatabaseSync(path);
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } finally {
    db.close();
  }
}

/** Opens an existing project: writable when possible and wanted, read-only with a reason otherwise. */
export function openProjectFile(path: string, ctx: FileContext, { readOnly = false } = {}): OpenedFile {
  if (!existsSync(path)) throw projectError(ctx, 'not-found', 'notFound');
  let kind = classifyFile(path);
  if (kind.kind === 'truncated' && kind.ours && !readOnly && hasHotJournal(path) && isWritable(path)) {
    // A write was cut off mid-transaction: until its journal is rolled back the file's size and
    // header may disagree. The header already says the file is ours, so let SQLite roll back
    // (it does so only if no other process holds the write lock), then look again.
    recoverInterruptedWrite(path);
    kind = classifyFile(path);
  }
  if (kind.kind === 'empty') throw projectError(ctx, 'not-a-project', 'empty');
  if (kind.kind === 'not-sqlite') throw projectError(ctx, 'not-a-project', 'notSqlite');
  if (kind.kind === 'foreign') throw projectError(ctx, 'not-a-project', 'foreign');
  if (kind.kind === 'truncated') throw projectError(ctx, 'damaged-project', 'damaged', { detail: phrase(ctx, 'truncated') });
  if (kind.userVersion === 0) throw projectError(ctx, 'damaged-project', 'damaged', { detail: 'user_version 0' });
  const writable = !readOnly && isWritable(path);
  const newer = kind.userVersion > SCHEMA_VERSION;
  // An explicit read-only open (pizhu info, check, export) only reads: it neither takes the lock
  // nor is refused by another process's, since SQLite keeps readers consistent with a writer.
  const lock = readOnly ? null : acquireLock(path, writable && !newer ? 'read-write' : 'read-only', ctx);
  try {
    if (writable && !newer && lock) recoverInterruptedWrite(path);
    verifyStructure(path, ctx);

    let readOnlyReason: string | null = null;
    if (newer) {
      readOnlyReason = phrase(ctx, 'newer', { file: ctx.file, version: kind.userVersion, supported: SCHEMA_VERSION });
    } else if (readOnly) {
      readOnlyReason = phrase(ctx, 'openedReadOnly', { file: ctx.file });
    } else if (!writable || !lock) {
      readOnlyReason = phrase(ctx, 'readOnlyFile', { file: ctx.file });
    }
    if (readOnlyReason) return { db: new DatabaseSync(path, { readOnly: true }), readOnlyReason, lock };

    const db = new DatabaseSync(path);
    try {
      configure(db);
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    return { db, readOnlyReason: null, lock };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/**
 * Creates a new project at `path` (which must not exist), filled by `seed` in one transaction.
 * It is built under a temporary name and linked into place, so a half-made project never
 * appears under the user's file name.
 */
export function createProjectFile(path: string, ctx: FileContext, seed: (db: DatabaseSync) => void): void {
  if (existsSync(path)) throw projectError(ctx, 'io', 'exists');
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.creating`);
  try {
    const db = new DatabaseSync(tmp);
    try {
      configure(db);
      migrate(db);
      db.exec('BEGIN IMMEDIATE');
      try {
        seed(db);
        db.exec('COMMIT');
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      db.close();
    }
    try {
      linkSync(tmp, path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw projectError(ctx, 'io', 'exists');
      throw projectError(ctx, 'io', 'openFailed', { detail: (err as Error).message });
    }
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
  }
}

/**
 * Writes a compacted copy of an open project to `destPath` (which must not exist): VACUUM INTO a
 * temporary file, synced, then linked into place, so the copy is complete on its own.
 */
export function writeCompactCopy(sql: Sql, ctx: FileContext, destPath: string): void {
  const tmp = join(dirname(destPath), `.${basename(destPath)}.${randomBytes(6).toString('hex')}.copying`);
  try {
    sql.run('VACUUM INTO ?', tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, destPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw projectError(ctx, 'io', 'exists');
    throw err instanceof PizhuError ? err : projectError(ctx, 'io', 'writeFailed', { detail: (err as Error).message });
  } finally {
    rmSync(tmp, { force: true });
  }
}
