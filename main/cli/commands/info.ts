// `pizhu info FILE`: what a project holds, read without changing the file.
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { makeOut } from '../output';
import { cliSession } from './new';

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('show a project’s title, id, schema version and what it holds')
    .argument('<file>', 'the .pizhu file')
    .option('--json', 'print the result as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const store = ProjectStore.open(file, { ...cliSession(), readOnly: true });
      try {
        const info = store.info();
        const stats = store.stats();
        makeOut(Boolean(opts.json)).result({ file, ...info, ...stats }, () =>
          [
            `file:            ${file}`,
            `title:           ${info.title}`,
            `project id:      ${info.id}`,
            `schema version:  ${stats.schemaVersion}`,
            `modified:        ${info.modifiedAt}`,
            `articles:        ${stats.articles}`,
            `claims:          ${stats.claims}`,
            `assets:          ${stats.assets} (${stats.assetBytes} bytes)`,
            `file size:       ${stats.fileBytes} bytes`,
          ].join('\n'),
        );
      } finally {
        store.close();
      }
    });
}
