// Where the API may read and write files. Whoever can call the API (a compromised renderer over
// IPC, a page holding the browser-mode token) must not be able to name any path it likes, so
// every path an API call carries is checked here before a service touches it:
// - the desktop app accepts only paths the user chose in a native dialog in this session (or
//   handed to the app by the system: a double-clicked file), recent projects, and the open one;
// - browser mode has no native dialog, so it writes only under the user's home, temp and
//   documents folders, and reads only there, on mounted drives or in the folder `pizhu web` was
//   started in, never into or through a dot-folder or dot-file (~/.ssh, ~/.bashrc, ~/.config) or
//   the platform's private folder (~/Library on macOS, AppData on Windows), symlinks resolved.
// Plain Node: the Electron layer records dialog results into a PathGrants it passes in.
import { lstatSync, realpathSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { PizhuError } from '../../shared/api/result';
import type { ApiHandlers } from '../../shared/api/contract';
import type { Language } from '../../shared/preferences';

/**
 * What a call does with a path: `read` it (import, merge, agreement), `open` it as the project
 * (which also writes it and its lock), or `write` it (new project, save as, copy, export).
 */
export type PathAccess = 'read' | 'open' | 'write';

export interface PathRule {
  /** Throws a keyed PizhuError naming the path and the rule when `path` may not be used so. */
  check(path: string, access: PathAccess, lang: Language): void;
}

const onWindows = process.platform === 'win32';
/** Paths compared as the file system does: absolute, normalised, case-blind on Windows. */
const key = (path: string): string => (onWindows ? resolve(path).toLowerCase() : resolve(path));

/** Paths the user chose in a native dialog this session: opened ones may be read, saved ones written. */
export class PathGrants {
  private readonly readable = new Set<string>();
  private readonly writable = new Set<string>();

  /** Records a dialog's result: an open dialog grants reading, a save dialog writing. */
  grant(path: string, kind: 'read' | 'write'): void {
    (kind === 'read' ? this.readable : this.writable).add(key(path));
  }

  mayRead(path: string): boolean {
    return this.readable.has(key(path)) || this.writable.has(key(path));
  }

  mayWrite(path: string): boolean {
    return this.writable.has(key(path));
  }
}

/**
 * A native picker whose every answer is recorded in `grants`: a file chosen to open may then be
 * read and opened, one chosen to save to may be written. A cancelled dialog grants nothing.
 */
export function recordingPicker(pick: ApiHandlers['pickPath'], grants: PathGrants): ApiHandlers['pickPath'] {
  return async (arg) => {
    const path = await pick(arg);
    if (path) grants.grant(path, arg.purpose === 'openProject' ? 'read' : 'write');
    return path;
  };
}

const refuse = (rule: string, path: string, access: PathAccess, lang: Language, vars: Record<string, string> = {}): PizhuError =>
  PizhuError.keyed('path-refused', `pathRule.${rule}`, { file: path, action: { key: `pathRule.action.${access}` }, ...vars }, lang);

/**
 * The desktop app's rule. `recent` and `openProject` are read when a call is checked, so a
 * project listed in 最近打开 may be opened and the open project read (merged with, compared).
 */
export function chosenPathsRule(grants: PathGrants, known: { recent(): string[]; openProject(): string | undefined }): PathRule {
  return {
    check(path, access, lang) {
      if (access === 'write' ? grants.mayWrite(path) : grants.mayRead(path)) return;
      if (access !== 'write') {
        const ok = [...known.recent(), known.openProject()].some((p) => p !== undefined && key(p) === key(path));
        if (ok) return;
      }
      throw refuse('notChosen', path, access, lang);
    },
  };
}

export interface PlacesOptions {
  /** Folders writes may go under; by default home, temp and documents (read when a call is checked). */
  writeRoots?: () => string[];
  /** Further folders reads may come from: by default where drives are mounted and the working folder. */
  readRoots?: () => string[];
  /** The open project, which may always be read and opened again. */
  openProject?: () => string | undefined;
  /** The documents folder, a write root beside home and temp when `writeRoots` is not given. */
  documents?: () => string;
  /** Whose private folder to keep out of (tests judge macOS's on any system). */
  platform?: NodeJS.Platform;
}

const MOUNT_ROOTS = ['/media', '/mnt', '/run/media', '/Volumes'];

/** Where settings, keys and autostart entries live without a dot: ~/Library, %USERPROFILE%\AppData. */
const PRIVATE_FOLDERS: Record<string, string> = { darwin: 'library', win32: 'appdata' };

/** The folder the host was started in (the user's own choice), unless that is a drive's root. */
const workingFolder = (): string[] => {
  const cwd = process.cwd();
  return parse(cwd).root === cwd ? [] : [cwd];
};

/** The part of `rel` that hides it: a dot-name anywhere, or the platform's private folder first. */
function hiddenPart(rel: string, platform: NodeJS.Platform): string | undefined {
  const parts = rel.split(sep);
  const dotted = parts.find((part) => part.startsWith('.'));
  if (dotted) return dotted;
  const privateFolder = PRIVATE_FOLDERS[platform];
  return privateFolder && parts[0]?.toLowerCase() === privateFolder ? parts[0] : undefined;
}

/** Browser mode's rule: a local user's home and temp folders, never through a dot-name. */
export function userPlacesRule(opts: PlacesOptions = {}): PathRule {
  const writeRoots = opts.writeRoots ?? (() => [homedir(), tmpdir(), ...(opts.documents ? [opts.documents()] : [])]);
  const readRoots = opts.readRoots ?? (() => [...MOUNT_ROOTS, ...workingFolder()]);
  return {
    check(path, access, lang) {
      const open = opts.openProject?.();
      if (access !== 'write' && open !== undefined && key(open) === key(path)) return;
      const real = realTarget(path);
      if (real === null) throw refuse('danglingLink', path, access, lang);
      const roots = [...new Set(access === 'read' ? [...writeRoots(), ...readRoots()] : writeRoots())]
        .map((root) => ({ root, real: realRoot(root) }))
        .filter((r): r is { root: string; real: string } => r.real !== null);
      const under = roots.map((r) => insideOf(r.real, real)).filter((rel): rel is string => rel !== null);
      if (!under.length) {
        const rule = access === 'read' ? 'outsideReadRoots' : 'outsideWriteRoots';
        throw refuse(rule, path, access, lang, { roots: roots.map((r) => r.root).join(', ') });
      }
      // Inside some root without a dot-name below it: ~/.tmp/x is fine when ~/.tmp is the temp folder.
      const hidden = under.map((rel) => hiddenPart(rel, opts.platform ?? process.platform));
      if (hidden.every((part) => part !== undefined)) throw refuse('hidden', path, access, lang, { part: hidden[0]! });
    },
  };
}

/** `real` relative to `root` when it lies inside it (or is it), else null. */
function insideOf(root: string, real: string): string | null {
  const rel = relative(root, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return rel;
}

function realRoot(root: string): string | null {
  try {
    return realpathSync.native(root);
  } catch {
    return null;
  }
}

/**
 * Where `path` really leads: the real path of its nearest existing ancestor (symlinks resolved)
 * with the missing rest appended, so a link anywhere on the way cannot lead elsewhere unseen.
 * Null for a dangling link, which a write would follow to a place this cannot judge.
 */
export function realTarget(path: string): string | null {
  const rest: string[] = [];
  let current = resolve(path);
  for (;;) {
    let exists = true;
    try {
      lstatSync(current);
    } catch {
      exists = false;
    }
    if (exists) {
      try {
        return join(realpathSync.native(current), ...rest);
      } catch {
        return null;
      }
    }
    const parent = dirname(current);
    if (parent === current) return join(current, ...rest);
    rest.unshift(basename(current));
    current = parent;
  }
}
