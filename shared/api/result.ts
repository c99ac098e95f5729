// Results that cross a process boundary: a value or a coded error, never a thrown Error.
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
  | 'io'
  | 'unsupported'
  | 'bad-input'
  | 'cancelled'
  | 'internal';

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

/** An error a service throws on purpose; the dispatcher turns it into `{ok: false}`. */
export class PizhuError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PizhuError';
  }
}
