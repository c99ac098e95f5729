// `pizhu import-annotations FILE ANNOTATIONS.json`: W3C Web Annotations or a Hypothesis export
// become claims on an article, re-anchored; what cannot be placed surely is kept as an orphan.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { PizhuError } from '../../../shared/api/result';
import { importAnnotations } from '../../merge/import-annotations';
import { makeOut } from '../output';
import { cliSession } from './new';

export function registerImportAnnotations(program: Command): void {
  program
    .command('import-annotations')
    .description('import W3C Web Annotations or Hypothesis JSON into an article as claims')
    .argument('<file>', 'the .pizhu file')
    .argument('<annotations>', 'a JSON or JSON-LD file of annotations')
    .option('--article <id>', 'the article the annotations belong to (default: the only one)')
    .option('--json', 'print the counts as JSON')
    .action((file: string, annotations: string, opts: { article?: string; json?: boolean }) => {
      const { author, lang } = cliSession();
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(annotations, 'utf8'));
      } catch (err) {
        throw PizhuError.keyed('invalid-argument', 'merge.badAnnotations', { detail: `${annotations}: ${(err as Error).message}` }, lang);
      }
      const counts = importAnnotations(file, json, { articleId: opts.article, author, lang });
      makeOut(Boolean(opts.json)).result({ ok: true, ...counts }, () =>
        `imported ${counts.imported} annotations: ${counts.anchored} anchored, ${counts.orphaned} orphaned (kept), ${counts.tagsCreated} new tags`,
      );
    });
}
