// Opening and creating project files. A file is checked before SQLite may write to it: the path
// is examined, the header is read by hand, a write cut off by a crash is rolled back (in place
// when the file is ours and writable, on a private copy when it is not), the structure is checked
// read-only, and only a sound Pizhu project of a version we understand is reopened read-write.
// So a foreign, damaged or newer file is never modified.
import { DatabaseSync } from 'node:sqlite';
import {
  accessSync, closeSync, constants, copyFileSync, existsSync, fsyncSync, linkSync, mkdtempSync, openSync, rmSync, statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { classifyFile, SCHEMA_VERSION, type FileKind } from './format';
import { migrate } from './migrations';
import { projectError, projectPhrase, readError, type FileContext } from './errors';
import { acquireLock, type LockOptions, type ProjectLock } from './lock';
import type { Sql } from './sql';
import { PizhuError, word, type Phrase } from '../../shared/api/result';

/** How long a connection waits for another process's write to finish before saying the file is busy. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenedFile {
  db: DatabaseSync;
  /** Why writes are refused (worded in the context's language), or null when the project is writable. */
  readOnlyReason: string | null;
  /** The same reason as a phrase, for the edges to word in the language of the moment. */
  readOnlyPhrase: Phrase | null;
  lock: ProjectLock | null;
  /** Deletes the private copy read in place of a file that could not be repaired in place. */
  dispose(): void;
}

/**
 * The connection settings of a writable project. DELETE (rollback journal) rather than WAL:
 * between transactions the project is one self-contained file that can be copied, mailed or
 * synced, with no -wal/-shm companions that a copy could leave behind. synchronous=FULL syncs the
 * journal and the file at every commit, so a commit that returned survives a crash or power cut.
 */
function configure(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON');
}

/** Every connection, reading ones included, waits for a writer instead of failing at once. */
const connect = (path: string, readOnly: boolean): DatabaseSync => new DatabaseSync(path, { readOnly, timeout: BUSY_TIMEOUT_MS });

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

/** Refuses a path that is not a readable file, naming what it is instead. */
function examinePath(path: string, ctx: FileContext): void {
  let isFile: boolean;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw projectError(ctx, 'not-a-project', 'isDirectory');
    isFile = st.isFile();
  } catch (err) {
    if (err instanceof PizhuError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const folder = dirname(path);
      const folderThere = existsSync(folder) && statSync(folder).isDirectory();
      throw folderThere ? projectError(ctx, 'not-found', 'notFound') : projectError(ctx, 'not-found', 'folderMissing', { folder });
    }
    if (code === 'EACCES' || code === 'EPERM') throw projectError(ctx, 'io', 'noPermission');
    throw projectError(ctx, 'io', 'cannotRead');
  }
  if (!isFile) throw projectError(ctx, 'not-a-project', 'notAFile');
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw projectError(ctx, 'io', 'noPermission');
  }
}

/** Refuses what the header says is not a readable Pizhu project; returns its schema version. */
function versionOf(kind: FileKind, ctx: FileContext): number {
  if (kind.kind === 'empty') throw projectError(ctx, 'not-a-project', 'empty');
  if (kind.kind === 'not-sqlite') throw projectError(ctx, 'not-a-project', 'notSqlite');
  if (kind.kind === 'foreign') throw projectError(ctx, 'not-a-project', 'foreign');
  if (kind.kind === 'truncated') throw projectError(ctx, 'damaged-project', 'damaged', { detail: projectPhrase('truncated') });
  // Our mark without a version: creation never finished (every migration sets both in one
  // transaction, so only an interrupted or foreign writer leaves this). Not a project yet, for
  // opening and for `check` alike, and never written to.
  if (kind.userVersion === 0) throw projectError(ctx, 'not-a-project', 'unfinished');
  return kind.userVersion;
}

/** A crash mid-transaction leaves a hot journal: until it is rolled back the file is half-written. */
function hasHotJournal(path: string): boolean {
  const journal = `${path}-journal`;
  return existsSync(journal) && statSync(journal).size > 0;
}

/**
 * Lets SQLite roll back a hot journal: a read-write connection's first read does it (and only
 * if no live process holds the write lock; a live writer's journal is not hot and is left alone).
 * Nothing else is written.
 */
function rollBack(path: string, ctx: FileContext): void {
  let db: DatabaseSync | undefined;
  try {
    db = connect(path, false);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (err) {
    throw readError(ctx, err) ?? err;
  } finally {
    db?.close();
  }
}

interface ReadSource {
  /** The file to read: the project itself, or a private copy with the interrupted write rolled back. */
  path: string;
  copied: boolean;
  dispose(): void;
}

/**
 * Makes the last committed state of `path` readable. SQLite cannot roll a hot journal back on a
 * read-only connection, so: a file that is ours, of a version we write, and writable is rolled
 * back in place (which restores it); any other file with a hot journal is copied, with its
 * journal, to a private folder and rolled back there, leaving the original byte-identical.
 */
function settleInterruptedWrite(path: string, ctx: FileContext): ReadSource {
  const here: ReadSource = { path, copied: false, dispose: () => {} };
  if (!hasHotJournal(path)) return here;
  const kind = classifyFile(path);
  const ours = kind.kind === 'pizhu' || (kind.kind === 'truncated' && kind.ours === true);
  if (!ours) return here;
  // A truncated header is ours mid-write; its version is read once the write is rolled back.
  const versionWeWrite = kind.kind === 'truncated' || kind.userVersion <= SCHEMA_VERSION;
  if (versionWeWrite && isWritable(path)) {
    rollBack(path, ctx);
    return here;
  }
  const folder = mkdtempSync(join(tmpdir(), 'pizhu-read-'));
  const copy = join(folder, basename(path));
  try {
    copyFileSync(path, copy);
    copyFileSync(`${path}-journal`, `${copy}-journal`);
    rollBack(copy, ctx);
  } catch (err) {
    rmSync(folder, { recursive: true, force: true });
    throw err instanceof PizhuError ? err : projectError(ctx, 'io', 'cannotRead');
  }
  return { path: copy, copied: true, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Checks every table except asset bodies (which `check` verifies by hash, and which would make
 * opening cost grow with screenshots) with `integrity_check`, which also compares each index with
 * its table. Returns what is wrong, or null; throws when the file cannot be read at all.
 */
function verifyStructure(path: string, ctx: FileContext): Phrase | null {
  let db: DatabaseSync | undefined;
  try {
    db = connect(path, true);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'asset_content'")
      .all()
      .map((r) => String(r.name));
    for (const table of tables) {
      const problems = db.prepare(`PRAGMA integrity_check("${table.replaceAll('"', '""')}")`).all().map((r) => String(r.integrity_check));
      if (problems[0] !== 'ok') return projectPhrase('integrity', { detail: problems.slice(0, 3).join('; ') });
    }
    const projects = db.prepare('SELECT count(*) AS n FROM project').get();
    if (Number(projects?.n) !== 1) throw projectError(ctx, 'damaged-project', 'damaged', { detail: projectPhrase('projectMissing') });
    return null;
  } catch (err) {
    if (err instanceof PizhuError) throw err;
    // SQLITE_ERROR here means a table the project must have is missing.
    if ((err as { errcode?: number }).errcode === 1) throw projectError(ctx, 'damaged-project', 'damaged', { detail: projectPhrase('projectMissing') });
    throw readError(ctx, err) ?? err;
  } finally {
    db?.close();
  }
}

/**
 * Opens a project for reading only, as `pizhu check` does: an interrupted write is rolled back
 * first (see settleInterruptedWrite), the connection waits for a busy writer, and nothing else
 * is written. Throws for a path that is not a Pizhu project or whose end is missing.
 */
export function openForReading(path: string, ctx: FileContext): { db: DatabaseSync; close(): void } {
  examinePath(path, ctx);
  versionOfHeader(path, ctx);
  const source = settleInterruptedWrite(path, ctx);
  try {
    versionOf(classifyFile(source.path), ctx);
    const db = connect(source.path, true);
    return {
      db,
      close() {
        db.close();
        source.dispose();
      },
    };
  } catch (err) {
    source.dispose();
    throw readError(ctx, err) ?? err;
  }
}

/** Refuses a foreign file before anything else; a truncated file of ours may be a crash's doing. */
function versionOfHeader(path: string, ctx: FileContext): FileKind {
  const kind = classifyFile(path);
  if (kind.kind !== 'truncated') versionOf(kind, ctx);
  return kind;
}

/** Opens an existing project: writable when possible and wanted, read-only with a reason otherwise. */
export function openProjectFile(
  path: string,
  ctx: FileContext,
  { readOnly = false, lock: lockOptions = {}, verified = false }: { readOnly?: boolean; lock?: LockOptions; verified?: boolean } = {},
): OpenedFile {
  examinePath(path, ctx);
  const header = versionOfHeader(path, ctx);
  const writable = !readOnly && isWritable(path);
  const newerHeader = header.kind === 'pizhu' && header.userVersion > SCHEMA_VERSION;
  // An explicit read-only open (pizhu info, check, export) only reads: it neither takes the lock
  // nor is refused by another process's, since SQLite keeps readers consistent with a writer.
  const lock = readOnly ? null : acquireLock(path, writable && !newerHeader ? 'read-write' : 'read-only', ctx, lockOptions);
  let source: ReadSource | undefined;
  try {
    source = settleInterruptedWrite(path, ctx);
    const version = versionOf(classifyFile(source.path), ctx);
    // `verified`: the file is a byte copy the caller just made of a project it had open and
    // checked, under a read transaction (ProjectStore.openCopy); checking it again would only
    // repeat the same reads (half a second on a 90 MB project).
    const damage = verified ? null : verifyStructure(source.path, ctx);

    let reason: Phrase | null = null;
    if (damage) reason = projectPhrase('damagedReadOnly', { file: ctx.file, detail: damage });
    else if (version > SCHEMA_VERSION) reason = projectPhrase('newer', { file: ctx.file, version, supported: SCHEMA_VERSION });
    else if (source.copied) reason = projectPhrase('recoveredCopy', { file: ctx.file });
    else if (readOnly) reason = projectPhrase('openedReadOnly', { file: ctx.file });
    else if (!writable || !lock) reason = projectPhrase('readOnlyFile', { file: ctx.file });
    if (reason) {
      const copy = source;
      return { db: connect(copy.path, true), readOnlyReason: word(ctx.lang, reason), readOnlyPhrase: reason, lock, dispose: () => copy.dispose() };
    }

    const db = connect(path, false);
    try {
      configure(db);
      migrate(db);
    } catch (err) {
      db.close();
      throw readError(ctx, err) ?? err;
    }
    return { db, readOnlyReason: null, readOnlyPhrase: null, lock, dispose: () => {} };
  } catch (err) {
    source?.dispose();
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
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw projectError(ctx, 'not-found', 'folderMissing', { folder });
  const tmp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.creating`);
  try {
    let db: DatabaseSync;
    try {
      db = connect(tmp, false);
    } catch {
      // The folder exists (checked above), so SQLite could not create a file in it.
      throw projectError(ctx, 'io', 'cannotCreate');
    }
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
      throw projectError(ctx, 'io', 'cannotCreate');
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
    if (err instanceof PizhuError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw projectError(ctx, 'io', 'writeFailed', { detail: projectPhrase(code === 'ENOSPC' ? 'diskFull' : 'cannotWriteThere') });
  } finally {
    rmSync(tmp, { force: true });
  }
}
