// The one API between the renderer and the services: a map from method name to the zod schema
// of its argument and the type of its result. IPC handlers, the preload bridge and the
// browser-mode client are all typed from this map.
import { z } from 'zod';
import type { MethodName } from './methods';
import type { Result } from './result';
import { LanguageSchema, PreferencesPatchSchema, type Preferences, type RecentProject } from '../preferences';

interface MethodSpec<A extends z.ZodType, R> {
  arg: A;
  /** Phantom: only its type is used. */
  result: R;
}

const method = <R>() => <A extends z.ZodType>(arg: A): MethodSpec<A, R> => ({ arg, result: undefined as R });

export interface AppInfo {
  name: string;
  version: string;
  /** Electron desktop app, or the loopback web host. */
  mode: 'electron' | 'browser';
  platform: string;
}

/** A recent project as listed in 文件 → 最近打开; `missing` when the file is gone. */
export type RecentEntry = RecentProject & { missing: boolean };

export const contract = {
  appInfo: method<AppInfo>()(z.undefined()),
  getPreferences: method<Preferences>()(z.undefined()),
  setPreferences: method<Preferences>()(PreferencesPatchSchema),
  listRecent: method<RecentEntry[]>()(z.undefined()),
  removeRecent: method<RecentEntry[]>()(z.object({ path: z.string().min(1) }).strict()),
} satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type ArgOf<M extends MethodName> = z.input<Contract[M]['arg']>;
export type ParsedArgOf<M extends MethodName> = z.output<Contract[M]['arg']>;
export type ResultOf<M extends MethodName> = Contract[M]['result'];

/** What the renderer holds: one async function per method. */
export type PizhuApi = {
  [M in MethodName]: ArgOf<M> extends undefined
    ? () => Promise<Result<ResultOf<M>>>
    : (arg: ArgOf<M>) => Promise<Result<ResultOf<M>>>;
};

/** What main implements: one handler per method, given the parsed argument. */
export type ApiHandlers = {
  [M in MethodName]: (arg: ParsedArgOf<M>) => Promise<ResultOf<M>> | ResultOf<M>;
};

export { LanguageSchema };
