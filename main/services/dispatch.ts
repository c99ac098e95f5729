// Calls one API method: checks the name, validates the argument with the contract's zod schema,
// runs the handler and returns a Result. Errors never escape as exceptions, and are worded here
// in `lang`, the language the user has at the moment of the call.
import { contract, type ApiHandlers } from '../../shared/api/contract';
import { METHOD_NAMES, type MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import type { ChangeSet } from '../../shared/api/changes';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { errorForUser } from './user-error';

export const isMethodName = (name: string): name is MethodName =>
  (METHOD_NAMES as readonly string[]).includes(name);

export async function dispatch(
  handlers: ApiHandlers,
  name: string,
  rawArg: unknown,
  lang: Language,
  /** What a call changed, attached to its result (edits only). */
  takeChanges?: (method: MethodName) => ChangeSet | undefined,
): Promise<Result<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'unknown-method', message: translate(lang, 'error.unknown-method', { detail: name }) } };
  }
  const parsed = contract[name].arg.safeParse(rawArg);
  if (!parsed.success) {
    // Which fields are wrong, not zod's wording of why: the message is the user's language.
    const detail = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || name))].join(', ');
    return { ok: false, error: { code: 'invalid-argument', message: translate(lang, 'error.invalid-argument', { detail }) } };
  }
  try {
    const handler = handlers[name] as (arg: unknown) => unknown;
    const value = await handler(parsed.data);
    const changes = takeChanges?.(name);
    return changes ? { ok: true, value, changes } : { ok: true, value };
  } catch (err) {
    takeChanges?.(name);
    return { ok: false, error: errorForUser(err, lang) };
  }
}
