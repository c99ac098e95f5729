// `pizhu export FILE --format pdf|html|md|csv|w3c|claimreview -o OUT`: the annotated PDF, the
// HTML report and the data formats, written atomically; the project is only read.
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, type ExportRequest } from '../../../shared/export/options';
import { exportToFile } from '../../export';
import { ProjectStore } from '../../project/store';
import { makeOut } from '../output';
import { publisherOptions, publisherWith, storedPublisher, type PublisherFlags } from './publisher';
import { cliSession } from './new';

interface ExportFlags extends PublisherFlags {
  format: ExportRequest['format'];
  output: string;
  article?: string[];
  verdict?: string[];
  lang?: 'zh' | 'en';
  paper?: 'a4' | 'letter';
  json?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerExport(program: Command): void {
  publisherOptions(program.command('export'))
    .description('export a project: annotated PDF, HTML report, Markdown, CSV, W3C annotations or ClaimReview')
    .argument('<file>', 'the .pizhu file')
    .addOption(new Option('-f, --format <format>', 'what to write').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('-o, --output <path>', 'the file to write (replaced only when the export succeeds)')
    .option('--article <id>', 'export this article (repeatable; default: all)', collect)
    .option('--verdict <verdict>', 'only claims with this verdict, or "none" (repeatable)', collect)
    .addOption(new Option('--lang <lang>', 'the language of the export').choices(['zh', 'en']))
    .addOption(new Option('--paper <paper>', 'paper size for PDF').choices(['a4', 'letter']).default('a4'))
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: ExportFlags) => {
      const session = cliSession();
      const request: ExportRequest = {
        format: opts.format,
        articleIds: opts.article,
        verdicts: opts.verdict as ExportRequest['verdicts'],
        lang: opts.lang ? (opts.lang === 'en' ? 'en' : 'zh-CN') : session.lang,
        paper: opts.paper,
      };
      const store = ProjectStore.open(file, { ...session, readOnly: true });
      try {
        if (opts.format === 'claimreview') request.publisher = publisherWith(storedPublisher(store.info().id), opts, request.lang ?? session.lang);
        const written = await exportToFile(store, request, opts.output);
        makeOut(Boolean(opts.json)).result(written, () =>
          `Exported ${written.claims} claim(s) to ${written.output} (${written.format}${written.pages ? `, ${written.pages} pages` : ''}, ${written.bytes} bytes)`,
        );
      } finally {
        store.close();
      }
    });
}
