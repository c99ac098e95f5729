// `pizhu check FILE`: the full health check; exits 0 only when every check holds.
import type { Command } from 'commander';
import { checkProject } from '../../project/check';
import { translate } from '../../../shared/i18n';
import { CliExit, makeOut } from '../output';
import { cliReader } from '../session';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check a project file: SQLite integrity, references, asset hashes, claim anchors')
    .argument('<file>', 'the .pizhu file')
    .option('--json', 'print the report as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const { lang } = cliReader();
      const report = checkProject(file, { lang });
      makeOut(Boolean(opts.json)).result(report, () =>
        report.ok
          ? translate(lang, 'cli.check.ok', { file, assets: report.checked.assets, claims: report.checked.claims })
          : [translate(lang, 'cli.check.problems', { file, count: report.failures.length }), ...report.failures.map((f) => `  - [${f.kind}] ${f.message}`)].join('\n'),
      );
      if (!report.ok) throw new CliExit(1, translate(lang, 'cli.check.failed', { file }), true);
    });
}
