// Preferences as a small service over a key-value backend: electron-store in the app, a JSON
// file in browser mode and the CLI. Whatever the backend holds is repaired through the schema
// on the way in, so a hand-edited or older file never breaks the app.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  PreferencesSchema,
  defaultPreferences,
  type Preferences,
  type PreferencesPatch,
  type RecentProject,
  type WindowState,
} from '../../shared/preferences';
import { writeFileAtomic } from './atomic-write';
import { PizhuError } from '../../shared/api/result';

/** The storage a preferences service needs: read everything, replace everything. */
export interface PreferencesBackend {
  read(): unknown;
  write(value: Preferences): void;
}

const MAX_RECENT = 10;

export class PreferencesService {
  private current: Preferences;

  constructor(private readonly backend: PreferencesBackend) {
    this.current = repair(backend.read());
    if (!this.current.installationId) {
      this.current = { ...this.current, installationId: randomUUID() };
      this.backend.write(this.current);
    }
  }

  get(): Preferences {
    return structuredClone(this.current);
  }

  update(patch: PreferencesPatch): Preferences {
    return this.replace({ ...this.current, ...patch });
  }

  rememberRecent(entry: Omit<RecentProject, 'openedAt'>, now = new Date()): Preferences {
    const rest = this.current.recentProjects.filter((r) => r.path !== entry.path);
    const recentProjects = [{ ...entry, openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT);
    return this.replace({ ...this.current, recentProjects });
  }

  forgetRecent(path: string): Preferences {
    return this.replace({
      ...this.current,
      recentProjects: this.current.recentProjects.filter((r) => r.path !== path),
    });
  }

  setWindowState(windowState: WindowState): Preferences {
    return this.replace({ ...this.current, windowState });
  }

  private replace(next: Preferences): Preferences {
    this.current = PreferencesSchema.parse(next);
    this.backend.write(this.current);
    return this.get();
  }
}

function repair(raw: unknown): Preferences {
  const parsed = PreferencesSchema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  // Keep each field that is still valid on its own; drop the rest to its default.
  const base = defaultPreferences();
  if (typeof raw !== 'object' || raw === null) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(raw)) {
    const field = PreferencesSchema.shape[key as keyof Preferences];
    if (field && field.safeParse(value).success) out[key] = value;
  }
  return PreferencesSchema.parse(out);
}

/**
 * A JSON file backend, written atomically. An unreadable file is treated as empty; a folder that
 * cannot be created or written is named in a keyed error, never as a raw EACCES or ENOTDIR.
 */
export function jsonFileBackend(path: string): PreferencesBackend {
  return {
    read() {
      if (!existsSync(path)) return {};
      try {
        return JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        return {};
      }
    },
    write(value) {
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
        throw PizhuError.keyed('io', 'config.cannotSave', { folder: dirname(path), code });
      }
    },
  };
}

/** The preferences stored in `configDir`, repaired, without writing anything (for commands that only read). */
export const readPreferences = (configDir: string): Preferences => repair(jsonFileBackend(preferencesFile(configDir)).read());

export const preferencesFile = (configDir: string): string => join(configDir, 'preferences.json');
