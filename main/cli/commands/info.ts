// `pizhu info FILE`: what a project holds, read without changing the file.
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { labelled, makeOut } from '../output';
import { word } from '../../../shared/api/result';
import { translate } from '../../../shared/i18n';
import { cliReader } from '../session';

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('show a project’s title, id, schema version and what it holds')
    .argument('<file>', 'the .pizhu file')
    .option('--json', 'print the result as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const reader = cliReader();
      const store = ProjectStore.open(file, { ...reader, readOnly: true });
      try {
        const info = store.info();
        const stats = store.stats();
        // Only a reason beyond "opened for reading" is news: damaged, newer, or an interrupted save.
        const phrase = store.readOnlyPhrase?.key === 'project.openedReadOnly' ? null : store.readOnlyPhrase;
        const note = phrase && word(reader.lang, phrase);
        const t = (key: string, vars?: Record<string, string | number>) => translate(reader.lang, `cli.info.${key}`, vars);
        makeOut(Boolean(opts.json)).result({ file, ...info, ...stats, ...(note ? { note } : {}) }, () =>
          labelled([
            [t('file'), file],
            [t('title'), info.title],
            [t('projectId'), info.id],
            [t('schemaVersion'), stats.schemaVersion],
            [t('modified'), info.modifiedAt],
            [t('articles'), stats.articles],
            [t('claims'), stats.claims],
            [t('assets'), t('assetCount', { count: stats.assets, bytes: stats.assetBytes })],
            [t('fileSize'), t('bytes', { bytes: stats.fileBytes })],
            ...(note ? [[t('note'), note] as const] : []),
          ]),
        );
      } finally {
        store.close();
      }
    });
}
