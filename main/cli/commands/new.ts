// `pizhu new FILE`: creates an empty project with the default codebook. What the project
// commands share (who the user is, which language they read) is in ../session.ts, re-exported
// here for the commands that import it from this module.
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { translate } from '../../../shared/i18n';
import { makeOut } from '../output';
import { cliSession } from '../session';

export { cliReader, cliSession, withProject } from '../session';

export function registerNew(program: Command): void {
  program
    .command('new')
    .description('create a new project file with the default codebook')
    .argument('<file>', 'the .pizhu file to create')
    .option('-t, --title <title>', 'the project title (default: the file name)')
    .option('--json', 'print the result as JSON')
    .action((file: string, opts: { title?: string; json?: boolean }) => {
      const title = opts.title ?? basename(file, extname(file));
      const session = cliSession();
      const store = ProjectStore.create(file, { title, ...session });
      try {
        const info = store.info();
        makeOut(Boolean(opts.json)).result({ ok: true, file, ...info }, () => translate(session.lang, 'cli.done.created', { file, title: info.title, id: info.id }));
      } finally {
        store.close();
      }
    });
}
