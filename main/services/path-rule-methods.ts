// Which API methods carry paths, and what they do with them: the one table the path rule is
// applied from. guardPaths wraps the handlers so each such call is checked before its service
// runs; a test walks the contract so a new method with a path cannot be left out.
import type { ApiHandlers, ParsedArgOf } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import type { Language } from '../../shared/preferences';
import type { PathAccess, PathRule } from './path-rule';

interface PathUse {
  path: string;
  access: PathAccess;
}

type PathUses = { [M in MethodName]?: (arg: ParsedArgOf<M>) => PathUse[] };

const one = (path: string, access: PathAccess): PathUse[] => [{ path, access }];

export const PATH_USES: PathUses = {
  projectNew: ({ path }) => one(path, 'write'),
  projectOpen: ({ path }) => one(path, 'open'),
  projectSaveAs: ({ path }) => one(path, 'write'),
  projectSaveCopy: ({ path }) => one(path, 'write'),
  exportToFile: ({ path }) => one(path, 'write'),
  mergePreview: ({ path }) => one(path, 'read'),
  mergeCopy: ({ path }) => one(path, 'read'),
  agreementReport: ({ path }) => one(path, 'read'),
  importPreview: ({ source }) => (source.kind === 'path' ? one(source.path, 'read') : []),
  importCommit: ({ source }) => (source.kind === 'path' ? one(source.path, 'read') : []),
  syncJoin: ({ path }) => one(path, 'write'),
  // Only forgets an entry of 最近打开; the file is never touched.
  removeRecent: () => [],
};

/** The handlers with every path checked by `rule` (in the user's language now) before the call runs. */
export function guardPaths(handlers: ApiHandlers, rule: PathRule, lang: () => Language): ApiHandlers {
  const guarded: Record<string, unknown> = { ...handlers };
  for (const [name, usesOf] of Object.entries(PATH_USES) as [MethodName, (arg: unknown) => PathUse[]][]) {
    const handler = handlers[name] as (arg: unknown) => unknown;
    guarded[name] = (arg: unknown) => {
      for (const use of usesOf(arg)) rule.check(use.path, use.access, lang());
      return handler(arg);
    };
  }
  return guarded as ApiHandlers;
}
