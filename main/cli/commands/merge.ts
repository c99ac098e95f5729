// `pizhu merge MINE THEIRS`: brings a colleague's copy into mine. Exit 3 means conflicts remain
// unresolved. Without --prefer or -o, a merge that would leave conflicts does not touch MINE;
// with -o the result, conflicts recorded, goes to OUT (and the message says so); with --prefer
// every conflict is resolved to that side.
import type { Command } from 'commander';
import { translate } from '../../../shared/i18n';
import type { PlannedConflict } from '../../../shared/merge/plan';
import { mergeProjects, type MergeReport } from '../../merge/merge-projects';
import type { Language } from '../../../shared/preferences';
import { CliExit, labelled, makeOut } from '../output';
import { cliSession } from '../session';

/** Exit code of a merge that leaves conflicts for someone to resolve. */
export const EXIT_CONFLICTS = 3;

/** How the merge report speaks: in the run's language, table and field names kept as they are stored. */
function describe(report: MergeReport, lang: Language): string {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, `cli.merge.${key}`, vars);
  const show = (v: unknown): string => (v === null ? t('deleted') : typeof v === 'object' ? t('record') : JSON.stringify(v));
  const counts = (r: Record<string, number>): string =>
    Object.entries(r).map(([table, n]) => `${table} ${n}`).join(translate(lang, 'cli.listSeparator')) || t('none');
  const conflict = (c: PlannedConflict): string =>
    t('conflictLine', { where: `${c.table}/${c.recordId}${c.field ? ` ${c.field}` : ''}`, mine: show(c.mine), theirs: show(c.theirs) });
  return [
    report.written ? t('mergedInto', { file: report.written }) : t('preview'),
    labelled([
      [t('theirChanges'), report.summary.theirChanges],
      [t('added'), t('addedValue', { counts: counts(report.summary.added), assets: report.summary.assets })],
      [t('changed'), counts(report.summary.changed)],
      [t('deletedRows'), counts(report.summary.deleted)],
      [t('conflicts'), report.conflicts.length],
    ]),
    ...report.conflicts.map(conflict),
  ].join('\n');
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('merge a colleague’s copy of a project into yours, keeping every conflict')
    .argument('<mine>', 'your .pizhu file')
    .argument('<theirs>', 'the copy to bring in')
    .option('-o, --out <file>', 'write the merged project here instead of replacing MINE')
    .option('--prefer <side>', 'resolve every conflict to mine or theirs')
    .option('--json', 'print the result as JSON')
    .action((mine: string, theirs: string, opts: { out?: string; prefer?: string; json?: boolean }) => {
      const { author, lang } = cliSession();
      if (opts.prefer !== undefined && opts.prefer !== 'mine' && opts.prefer !== 'theirs') {
        throw new CliExit(2, translate(lang, 'cli.merge.badPrefer', { prefer: opts.prefer }));
      }
      const prefer = opts.prefer as 'mine' | 'theirs' | undefined;
      const out = makeOut(Boolean(opts.json));
      if (!prefer && !opts.out) {
        const preview = mergeProjects(mine, theirs, { author, lang, dryRun: true });
        if (preview.conflicts.length > 0) {
          out.result({ ok: false, ...preview }, () => describe(preview, lang));
          throw new CliExit(EXIT_CONFLICTS, translate(lang, 'merge.conflictsRemain', { count: preview.conflicts.length, file: mine }), true);
        }
      }
      const report = mergeProjects(mine, theirs, { author, lang, outPath: opts.out, prefer });
      out.result({ ok: report.unresolved.length === 0, ...report }, () => describe(report, lang));
      if (report.unresolved.length > 0) {
        throw new CliExit(EXIT_CONFLICTS, translate(lang, 'merge.conflictsWritten', { count: report.unresolved.length, file: report.written! }), true);
      }
    });
}
