// `pizhu info FILE`: what a project holds, read without changing the file.
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { makeOut } from '../output';
import { word } from '../../../shared/api/result';
import { cliReader } from './new';

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('show a project’s title, id, schema version and what it holds')
    .argument('<file>', 'the .pizhu file')
    .option('--json', 'print the result as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const store = ProjectStore.open(file, { ...cliReader(), readOnly: true });
      try {
        const info = store.info();
        const stats = store.stats();
        // Only a reason beyond "opened for reading" is news: damaged, newer, or an interrupted save.
        const phrase = store.readOnlyPhrase?.key === 'project.openedReadOnly' ? null : store.readOnlyPhrase;
        const note = phrase && word(cliReader().lang, phrase);
        makeOut(Boolean(opts.json)).result({ file, ...info, ...stats, ...(note ? { note } : {}) }, () =>
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
            ...(note ? [`note:            ${note}`] : []),
          ].join('\n'),
        );
      } finally {
        store.close();
      }
    });
}
