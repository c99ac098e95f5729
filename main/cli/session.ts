// Who runs a `pizhu` command and how: the author recorded with its edits (from the app's
// preferences file), the run's language and --take-over (run.ts). Only the preferences service
// is loaded, not the app's services, so a command pays for what it uses.
import { userInfo } from 'node:os';
import { randomUUID } from 'node:crypto';
import { ProjectStore } from '../project/store';
import { PreferencesService, jsonFileBackend, preferencesFile, readPreferences } from '../services/preferences';
import { userConfigDir } from '../services/paths';
import type { Author } from '../../shared/domain/project';
import type { Language } from '../../shared/preferences';
import { runLanguage, runTakeOver } from './run';

/** The preferences of this installation, made (with its id) when there are none yet. */
export const cliPreferences = (): PreferencesService => new PreferencesService(jsonFileBackend(preferencesFile(userConfigDir())));

/** The author of this installation as the app would record it, the run's language and --take-over. */
export function cliSession(): { author: Author; lang: Language; takeOver: boolean } {
  const prefs = cliPreferences().get();
  return { author: { id: prefs.installationId, name: prefs.authorName || userInfo().username }, lang: runLanguage(), takeOver: runTakeOver() };
}

/**
 * The same for commands that only read a project (info, check, listings): the preferences are
 * read but never written, so these work even when the config folder cannot be created.
 */
export function cliReader(): { author: Author; lang: Language } {
  const prefs = readPreferences(userConfigDir());
  return { author: { id: prefs.installationId || randomUUID(), name: prefs.authorName || userInfo().username }, lang: runLanguage() };
}

/** Opens `file` for editing as this installation's user, runs `fn` and closes it again. */
export function withProject<T>(file: string, fn: (store: ProjectStore) => T): T {
  const store = ProjectStore.open(file, cliSession());
  try {
    return fn(store);
  } finally {
    store.close();
  }
}
