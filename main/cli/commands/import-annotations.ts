// `pizhu import-annotations FILE ANNOTATIONS.json`: W3C Web Annotations (Pizhu's own export
// included), a Hypothesis client export or API search response become claims, re-anchored; what
// cannot be placed surely is kept as an orphan, what is not a passage of text is skipped with the
// reason. Importing the same file again updates the claims it made. `--json` prints the report.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { PizhuError } from '../../../shared/api/result';
import { translate } from '../../../shared/i18n';
import { importAnnotations } from '../../merge/import-annotations';
import { makeOut } from '../output';
import { cliSession } from '../session';

export function registerImportAnnotations(program: Command): void {
  program
    .command('import-annotations')
    .description('import W3C Web Annotations or Hypothesis JSON into an article as claims, with a report')
    .argument('<file>', 'the .pizhu file')
    .argument('<annotations>', 'a JSON or JSON-LD file of annotations')
    .option('--article <id>', 'the article for annotations that do not name one of the project\'s (default: the only one)')
    .option('--json', 'print the report as JSON')
    .action((file: string, annotations: string, opts: { article?: string; json?: boolean }) => {
      const { author, lang } = cliSession();
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(annotations, 'utf8'));
      } catch (err) {
        throw PizhuError.keyed('invalid-argument', 'merge.badAnnotations', { detail: `${annotations}: ${(err as Error).message}` }, lang);
      }
      const report = importAnnotations(file, json, { articleId: opts.article, author, lang });
      const t = (key: string, vars: Record<string, string | number> = {}) => translate(lang, `annotations.${key}`, vars);
      makeOut(Boolean(opts.json)).result({ ok: true, ...report }, () =>
        [
          t('summary', { anchored: report.anchored, orphaned: report.orphaned, updated: report.updated, skipped: report.skipped, total: report.items.length }),
          ...report.items
            .filter((i) => i.outcome !== 'anchored')
            .map((i) => `  ${i.n}. ${t(`outcome.${i.outcome}`)}  ${i.quote}  ${i.reason}`),
        ].join('\n'),
      );
    });
}
