// `pizhu agreement A B`: how far two checkers who annotated the same article independently agree
// (per tag and overall, on verdicts and evidence strength), and where they differ.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { agreementCsv, agreementHtml } from '../../../shared/agreement/export';
import type { Agreement } from '../../../shared/agreement/kappa';
import { agreementOfFiles } from '../../merge/agreement-files';
import { makeOut } from '../output';
import { cliSession } from '../session';

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const kap = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
const line = (label: string, a: Agreement): string => `  ${label.padEnd(16)} n=${String(a.n).padEnd(4)} ${pct(a.percent).padStart(7)}  kappa ${kap(a.kappa)}`;

export function registerAgreement(program: Command): void {
  program
    .command('agreement')
    .description('inter-coder agreement between two checkers’ copies of one article')
    .argument('<a>', 'the first checker’s .pizhu file')
    .argument('<b>', 'the second checker’s .pizhu file')
    .option('--article <id>', 'the article to compare (default: the first both hold)')
    .option('--csv <file>', 'also write the report as CSV')
    .option('--html <file>', 'also write the report as an HTML page')
    .option('--json', 'print the report as JSON')
    .action((a: string, b: string, opts: { article?: string; csv?: string; html?: string; json?: boolean }) => {
      const { author, lang } = cliSession();
      const { articleId, title, report } = agreementOfFiles(a, b, { articleId: opts.article, author, lang });
      if (opts.csv) writeFileSync(opts.csv, agreementCsv(report, lang));
      if (opts.html) writeFileSync(opts.html, agreementHtml(report, lang, title));
      makeOut(Boolean(opts.json)).result({ articleId, title, ...report }, () =>
        [
          `${title}: ${report.matched} claims paired, ${report.onlyA.length} only in A, ${report.onlyB.length} only in B`,
          'tags:',
          ...report.tags.map((t) => line(t.name, t)),
          line('overall', report.overallTags),
          'verdicts:',
          line('overall', report.verdicts),
          `evidence strength: mean absolute difference ${report.strength.meanAbsoluteDifference?.toFixed(2) ?? '—'} over ${report.strength.n} pairs`,
          `disagreements (${report.disagreements.length}):`,
          ...report.disagreements.map((d) => `  [${d.kind}] “${d.exact}”${d.tag ? ` ${d.tag}` : ''}: A ${d.a ?? '—'} / B ${d.b ?? '—'}`),
        ].join('\n'),
      );
    });
}
