// Results that cross a process boundary: a value or a coded error, never a thrown Error.
// Errors are raised with a code and a catalog key and worded only at the edge (the API
// dispatcher, the CLI, the web host), in the language the user has at that moment.
import { translate } from '../i18n';
import type { Language } from '../preferences';
import type { ChangeSet } from './changes';

export type ErrorCode =
  | 'invalid-argument'
  | 'unknown-method'
  | 'unauthorized'
  | 'not-found'
  | 'not-a-project'
  | 'damaged-project'
  | 'newer-project'
  | 'read-only'
  | 'in-use'
  /** Open on another computer, as far as its lock says: may be taken over once the user confirms. */
  | 'in-use-elsewhere'
  | 'io'
  | 'unsupported'
  | 'bad-input'
  | 'cancelled'
  | 'internal'
  /** A path the API may not read or write (main/services/path-rule.ts). */
  | 'path-refused';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** An edit's result also carries what it changed (see changes.ts); other calls carry none. */
export type Result<T> = { ok: true; value: T; changes?: ChangeSet } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** A sentence not yet worded: a catalog key and its slots, which may hold phrases themselves. */
export interface Phrase {
  key: string;
  vars?: PhraseVars;
}
export type PhraseVars = { [name: string]: string | number | Phrase };

/** Words a phrase in `lang`, its nested phrases first. */
export function word(lang: Language, phrase: Phrase): string {
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.vars ?? {})) {
    vars[name] = typeof value === 'object' ? word(lang, value) : value;
  }
  return translate(lang, phrase.key, vars);
}

/** An error a service throws on purpose; the dispatcher turns it into `{ok: false}`. */
export class PizhuError extends Error {
  /** What to say, worded when it is shown; null for an error made from a finished message. */
  readonly phrase: Phrase | null;

  /** `message` is already worded; prefer `PizhuError.keyed`, which is worded where it is shown. */
  constructor(
    readonly code: ErrorCode,
    message: string,
    phrase: Phrase | null = null,
  ) {
    super(message);
    this.name = 'PizhuError';
    this.phrase = phrase;
  }

  /**
   * An error to be worded where it is shown. `message` (for logs and for code that reads it
   * directly) is worded in `lang`; the edges word `key` again in the user's current language.
   */
  static keyed(code: ErrorCode, key: string, vars: PhraseVars = {}, lang: Language = 'zh-CN'): PizhuError {
    const phrase = { key, vars };
    return new PizhuError(code, word(lang, phrase), phrase);
  }

  get key(): string | null {
    return this.phrase?.key ?? null;
  }

  get vars(): PhraseVars {
    return this.phrase?.vars ?? {};
  }

  /** The message in `lang`: worded now when the error carries a key. */
  wordedIn(lang: Language): string {
    return this.phrase ? word(lang, this.phrase) : this.message;
  }
}
