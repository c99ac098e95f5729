// `pizhu new FILE`: creates an empty project with the default codebook. Also holds what the
// project commands share: who the user is and which language they read, from the preferences.
import { basename, extname } from 'node:path';
import { userInfo } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { createNodeServices } from '../../services/node-services';
import { readPreferences } from '../../services/preferences';
import { userConfigDir } from '../../services/paths';
import type { Author } from '../../../shared/domain/project';
import type { Language } from '../../../shared/preferences';
import { makeOut } from '../output';

let takeOver = false;

/** `pizhu --take-over …`: the user says the computer holding a project's lock no longer has it open. */
export function setTakeOver(value: boolean): void {
  takeOver = value;
}

/** The author and language of this installation, as the app would use them, and --take-over. */
export function cliSession(): { author: Author; lang: Language; takeOver: boolean } {
  const prefs = createNodeServices({ mode: 'browser' }).prefs.get();
  return { author: { id: prefs.installationId, name: prefs.authorName || userInfo().username }, lang: prefs.language, takeOver };
}

/**
 * The same for commands that only read a project (info, check, listings): the preferences are
 * read but never written, so these work even when the config folder cannot be created.
 */
export function cliReader(): { author: Author; lang: Language } {
  const prefs = readPreferences(userConfigDir());
  return { author: { id: prefs.installationId || randomUUID(), name: prefs.authorName || userInfo().username }, lang: prefs.language };
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

export function registerNew(program: Command): void {
  program
    .command('new')
    .description('create a new project file with the default codebook')
    .argument('<file>', 'the .pizhu file to create')
    .option('-t, --title <title>', 'the project title (default: the file name)')
    .option('--json', 'print the result as JSON')
    .action((file: string, opts: { title?: string; json?: boolean }) => {
      const title = opts.title ?? basename(file, extname(file));
      const store = ProjectStore.create(file, { title, ...cliSession() });
      try {
        const info = store.info();
        makeOut(Boolean(opts.json)).result({ ok: true, file, ...info }, () => `Created ${file}: “${info.title}” (${info.id})`);
      } finally {
        store.close();
      }
    });
}
