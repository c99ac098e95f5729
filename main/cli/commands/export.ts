// `pizhu export FILE --format pdf|html|md|csv|w3c|claimreview -o OUT`: the annotated PDF, the
// HTML report and the data formats, written atomically; the project is only read. On a terminal
// a progress bar runs on stderr (none with --json or when stderr is not a terminal); Ctrl+C
// cancels the export and leaves no file.
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, type ExportRequest } from '../../../shared/export/options';
import { progressFraction, type ExportProgress } from '../../../shared/export/progress';
import { translate } from '../../../shared/i18n';
import type { Language } from '../../../shared/preferences';
import { ExportJob, exportToFile } from '../../export';
import { ProjectStore } from '../../project/store';
import { makeOut } from '../output';
import { publisherOptions, publisherWith, storedPublisher, type PublisherFlags } from './publisher';
import { cliSession } from './new';

interface ExportFlags extends PublisherFlags {
  format: ExportRequest['format'];
  output: string;
  article?: string[];
  verdict?: string[];
  status?: string[];
  strength?: string[];
  tag?: string[];
  lang?: 'zh' | 'en';
  paper?: 'a4' | 'letter';
  appendix?: boolean;
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
    .option('--status <status>', 'only claims with this status (repeatable)', collect)
    .option('--strength <n>', 'only claims with this evidence strength 0-4, or "none" (repeatable)', collect)
    .option('--tag <id>', 'only claims with this tag (repeatable)', collect)
    .addOption(new Option('--lang <lang>', 'the language of the export').choices(['zh', 'en']))
    .addOption(new Option('--paper <paper>', 'paper size for PDF').choices(['a4', 'letter']).default('a4'))
    .option('--appendix', 'PDF and HTML: add an appendix of open claim suggestions and repost traces')
    .option('--json', 'print the result as JSON (and no progress bar)')
    .action(async (file: string, opts: ExportFlags) => {
      const session = cliSession();
      const lang: Language = opts.lang ? (opts.lang === 'en' ? 'en' : 'zh-CN') : session.lang;
      const request: ExportRequest = {
        format: opts.format,
        articleIds: opts.article,
        verdicts: opts.verdict as ExportRequest['verdicts'],
        statuses: opts.status as ExportRequest['statuses'],
        strengths: opts.strength?.map((s) => (s === 'none' ? 'none' : Number(s))),
        tagIds: opts.tag,
        lang,
        paper: opts.paper,
        ...(opts.appendix ? { include: { appendix: true } } : {}),
      };
      const bar = !opts.json && process.stderr.isTTY ? progressBar(lang) : null;
      const job = new ExportJob(lang, bar?.draw);
      const cancel = () => job.cancel();
      process.once('SIGINT', cancel);
      const store = ProjectStore.open(file, { ...session, readOnly: true });
      try {
        if (opts.format === 'claimreview') request.publisher = publisherWith(storedPublisher(store), opts, request.lang ?? session.lang);
        const written = await exportToFile(store, request, opts.output, { job });
        bar?.clear();
        makeOut(Boolean(opts.json)).result(written, () =>
          translate(lang, written.pages ? 'cli.export.donePages' : 'cli.export.done', { claims: written.claims, output: written.output, format: written.format, pages: written.pages ?? 0, bytes: written.bytes }),
        );
      } finally {
        bar?.clear();
        process.removeListener('SIGINT', cancel);
        store.close();
      }
    });
}

/** One line on stderr, redrawn in place: a bar, the share done and the step in words. */
function progressBar(lang: Language): { draw(p: ExportProgress): void; clear(): void } {
  const WIDTH = 24;
  let drawn = false;
  return {
    draw(p) {
      const filled = Math.round(progressFraction(p) * WIDTH);
      const words =
        p.stage === 'images'
          ? translate(lang, 'exportProgress.images', p.images)
          : p.stage === 'annotate'
            ? translate(lang, 'exportProgress.annotate', { pages: p.pages, ...p.annotations })
            : translate(lang, `exportProgress.${p.stage}`);
      process.stderr.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.round(progressFraction(p) * 100)}% ${words}`);
      drawn = true;
    },
    clear() {
      if (drawn) process.stderr.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
