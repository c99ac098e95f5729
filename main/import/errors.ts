// The import pipeline's errors: a keyed PizhuError (`import.error.*`) naming the file and the
// problem, worded where it is shown in the user's language of that moment; `lang` only words the
// message read directly (logs, tests).
import { PizhuError, type ErrorCode, type PhraseVars } from '../../shared/api/result';
import type { Language } from '../../shared/preferences';

export type ImportErrorCode = Extract<ErrorCode, 'bad-input' | 'unsupported' | 'io'>;

export function importError(code: ImportErrorCode, lang: Language, key: string, vars: PhraseVars): PizhuError {
  return PizhuError.keyed(code, `import.error.${key}`, vars, lang);
}

/** A parser that recursed past the stack (deeply nested Markdown or Word XML). */
export const isStackOverflow = (err: unknown): boolean => err instanceof RangeError && /call stack/i.test(err.message);
