// PizhuErrors for project files, keyed into the `project` i18n namespace and worded where they
// are shown: each names the file, says what is wrong and what to do.
import { PizhuError, word, type ErrorCode, type Phrase, type PhraseVars } from '../../shared/api/result';
import type { ZodError } from 'zod';
import { isCatalogKey } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';

export type ProjectErrorCode = Extract<
  ErrorCode,
  'not-a-project' | 'damaged-project' | 'newer-project' | 'read-only' | 'in-use' | 'in-use-elsewhere' | 'io' | 'not-found' | 'invalid-argument'
>;

/** The file, and the language its messages are worded in when read directly (logs, tests). */
export interface FileContext {
  file: string;
  lang: Language;
}

/** A keyed error naming the file; the edges word it in the user's current language. */
export function projectError(ctx: FileContext, code: ProjectErrorCode, key: string, vars: PhraseVars = {}): PizhuError {
  return PizhuError.keyed(code, `project.${key}`, { file: ctx.file, ...vars }, ctx.lang);
}

/** A phrase of the `project` namespace, to nest in an error or to word later. */
export const projectPhrase = (key: string, vars: PhraseVars = {}): Phrase => ({ key: `project.${key}`, vars });

/** A phrase of the `project` namespace worded now, for text that is stored or printed at once. */
export const phrase = (ctx: FileContext, key: string, vars: PhraseVars = {}): string => word(ctx.lang, projectPhrase(key, vars));

interface SqliteError extends Error {
  errcode?: number;
  errstr?: string;
}

// SQLite primary result codes (the low byte of the extended code).
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_CONSTRAINT = 19;
const SQLITE_NOTADB = 26;

// Extended constraint codes, so a failed rule is named in the user's words, never SQLite's.
const CONSTRAINT_RULES: Record<number, string> = { 787: 'foreignKey', 2067: 'unique', 1555: 'unique', 275: 'check', 1299: 'notNull' };

const primaryCode = (err: unknown): number | null => {
  const code = (err as SqliteError)?.errcode;
  return typeof code === 'number' ? code & 0xff : null;
};

/** True for SQLite errors that say the file is not a database or is malformed. */
export function isCorruption(err: unknown): boolean {
  const primary = primaryCode(err);
  return primary === SQLITE_CORRUPT || primary === SQLITE_NOTADB;
}

/** True when another connection held the file longer than the busy timeout. */
export const isBusy = (err: unknown): boolean => [SQLITE_BUSY, SQLITE_LOCKED].includes(primaryCode(err) ?? -1);

/** The keyed error for a SQLite failure while reading the file, or null for a non-SQLite error. */
export function readError(ctx: FileContext, err: unknown): PizhuError | null {
  const primary = primaryCode(err);
  if (primary === null) return null;
  if (isCorruption(err)) return projectError(ctx, 'damaged-project', 'damaged', { detail: projectPhrase('sqlite', { code: primary }) });
  if (isBusy(err)) return projectError(ctx, 'in-use', 'busy');
  if (primary === SQLITE_CANTOPEN || primary === SQLITE_IOERR) return projectError(ctx, 'io', 'cannotRead');
  return projectError(ctx, 'io', 'sqliteFailed', { code: primary });
}

/** Turns an error thrown by node:sqlite during a read or write into a PizhuError; others pass through. */
export function writeError(ctx: FileContext, err: unknown): unknown {
  if (err instanceof PizhuError) return err;
  const primary = primaryCode(err);
  if (primary === null) return err;
  if (isCorruption(err) || isBusy(err)) return readError(ctx, err);
  if (primary === SQLITE_CONSTRAINT) {
    const rule = CONSTRAINT_RULES[(err as SqliteError).errcode!] ?? 'other';
    return projectError(ctx, 'invalid-argument', 'constraint', { rule: projectPhrase(`constraintRule.${rule}`) });
  }
  const detail = primary === SQLITE_FULL ? projectPhrase('diskFull') : projectPhrase('sqlite', { code: primary });
  return projectError(ctx, 'io', 'writeFailed', { detail });
}

/**
 * A refused input (a zod error) as a keyed error: a refinement whose message is a catalog key is
 * worded from it; otherwise the wrong fields are named. zod's own English never reaches a user.
 */
export function invalidInput(err: ZodError, lang: Language = 'zh-CN'): PizhuError {
  const keyed = err.issues.find((i) => i.code === 'custom' && isCatalogKey(i.message));
  if (keyed) return PizhuError.keyed('invalid-argument', keyed.message, {}, lang);
  const fields = [...new Set(err.issues.map((i) => i.path.join('.') || '—'))].join(', ');
  return PizhuError.keyed('invalid-argument', 'error.invalidFields', { fields }, lang);
}
