// PizhuErrors for project files, with messages from the `project` i18n namespace: each names the
// file, says what is wrong and what to do.
import { PizhuError, type ErrorCode } from '../../shared/api/result';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';

export type ProjectErrorCode = Extract<
  ErrorCode,
  'not-a-project' | 'damaged-project' | 'newer-project' | 'read-only' | 'in-use' | 'io' | 'not-found' | 'invalid-argument'
>;

/** The file, and the language its messages are written in. */
export interface FileContext {
  file: string;
  lang: Language;
}

export function projectError(
  ctx: FileContext,
  code: ProjectErrorCode,
  key: string,
  vars: Record<string, string | number> = {},
): PizhuError {
  return new PizhuError(code, translate(ctx.lang, `project.${key}`, { file: ctx.file, ...vars }));
}

export const phrase = (ctx: FileContext, key: string, vars: Record<string, string | number> = {}): string =>
  translate(ctx.lang, `project.${key}`, vars);

interface SqliteError extends Error {
  errcode?: number;
  errstr?: string;
}

// SQLite primary result codes (the low byte of the extended code).
const SQLITE_FULL = 13;
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;
const SQLITE_CONSTRAINT = 19;

// Extended constraint codes, so a failed rule is named in the user's words, never SQLite's.
const CONSTRAINT_RULES: Record<number, string> = { 787: 'foreignKey', 2067: 'unique', 1555: 'unique', 275: 'check', 1299: 'notNull' };

/** Turns an error thrown by node:sqlite during a write into a PizhuError; others pass through. */
export function writeError(ctx: FileContext, err: unknown): unknown {
  if (err instanceof PizhuError) return err;
  const e = err as SqliteError;
  if (typeof e?.errcode !== 'number') return err;
  const primary = e.errcode & 0xff;
  if (primary === SQLITE_CORRUPT || primary === SQLITE_NOTADB) {
    return projectError(ctx, 'damaged-project', 'damaged', { detail: e.message });
  }
  if (primary === SQLITE_CONSTRAINT) {
    const rule = CONSTRAINT_RULES[e.errcode] ?? 'other';
    return projectError(ctx, 'invalid-argument', 'constraint', { rule: phrase(ctx, `constraintRule.${rule}`) });
  }
  const detail = primary === SQLITE_FULL ? phrase(ctx, 'diskFull') : e.message;
  return projectError(ctx, 'io', 'writeFailed', { detail });
}

/** True for SQLite errors that say the file is not a database or is malformed. */
export function isCorruption(err: unknown): boolean {
  const code = (err as SqliteError)?.errcode;
  return typeof code === 'number' && [SQLITE_CORRUPT, SQLITE_NOTADB].includes(code & 0xff);
}
