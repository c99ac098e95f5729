// `pizhu check FILE`: the full health check; exits 0 only when every check holds.
import type { Command } from 'commander';
import { checkProject } from '../../project/check';
import { CliExit, makeOut } from '../output';
import { cliReader } from './new';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check a project file: SQLite integrity, references, asset hashes, claim anchors')
    .argument('<file>', 'the .pizhu file')
    .option('--json', 'print the report as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const report = checkProject(file, { lang: cliReader().lang });
      makeOut(Boolean(opts.json)).result(report, () =>
        report.ok
          ? `${file}: ok (${report.checked.assets} assets, ${report.checked.claims} claims checked)`
          : [`${file}: ${report.failures.length} problem(s)`, ...report.failures.map((f) => `  - [${f.kind}] ${f.message}`)].join('\n'),
      );
      if (!report.ok) throw new CliExit(1, `${file} failed the check`, true);
    });
}
