// What a user is told when something fails: every error worded at the edge (the API dispatcher,
// the CLI, the web host) in the language the user has now. A PizhuError is worded from its key;
// a raw Node, SQLite or zod error is first turned into a coded, keyed one that names the file and
// what to do, so no system message reaches a user.
import { ZodError } from 'zod';
import { PizhuError, type ApiError } from '../../shared/api/result';
import type { Language } from '../../shared/preferences';
import { invalidInput } from '../project/errors';

const FILE_SYSTEM_CODES = ['EISDIR', 'ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EEXIST'];

/** Turns any thrown value into a PizhuError with a code and a key. */
export function asPizhuError(err: unknown): PizhuError {
  if (err instanceof PizhuError) return err;
  if (err instanceof ZodError) return invalidInput(err);
  const sys = err as NodeJS.ErrnoException & { errcode?: number; dest?: string };
  if (typeof sys?.code === 'string' && typeof sys.syscall === 'string') {
    const file = sys.path ?? sys.dest;
    const code = sys.code === 'ENOENT' || sys.code === 'ENOTDIR' ? 'not-found' : 'io';
    if (!file) return PizhuError.keyed(code, 'error.fileSystem.unnamed', { code: sys.code });
    const known = FILE_SYSTEM_CODES.includes(sys.code);
    return PizhuError.keyed(code, `error.fileSystem.${known ? sys.code : 'other'}`, { file, code: sys.code });
  }
  if (typeof sys?.errcode === 'number') return PizhuError.keyed('internal', 'error.unexpected', { code: sys.errcode & 0xff });
  const detail = err instanceof Error ? err.message : String(err);
  return PizhuError.keyed('internal', 'error.internal', { detail });
}

/** The error as the user reads it, in `lang`. */
export function errorForUser(err: unknown, lang: Language): ApiError {
  const e = asPizhuError(err);
  return { code: e.code, message: e.wordedIn(lang) };
}
