// `pizhu agreement A B`: how far two checkers who annotated the same article independently agree
// (per tag and overall, on verdicts and evidence strength), and where they differ.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { agreementCsv, agreementHtml } from '../../../shared/agreement/export';
import type { Agreement } from '../../../shared/agreement/kappa';
import type { AgreementReport } from '../../../shared/agreement/report';
import { agreementOfFiles } from '../../merge/agreement-files';
import { translate } from '../../../shared/i18n';
import type { Language } from '../../../shared/preferences';
import { displayWidth, makeOut } from '../output';
import { cliSession } from '../session';

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const kap = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
/** `label` padded to 16 columns, however wide its characters. */
const pad = (label: string): string => label + ' '.repeat(Math.max(0, 16 - displayWidth(label)));
const line = (label: string, a: Agreement): string => `  ${pad(label)} n=${String(a.n).padEnd(4)} ${pct(a.percent).padStart(7)}  kappa ${kap(a.kappa)}`;

/** The report as text in `lang` (tag names and passages as the checkers wrote them). */
function describe(title: string, report: AgreementReport, lang: Language): string {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const overall = t('agreement.overall');
  return [
    `${title}${t('cli.agreement.after')}${t('agreement.matchedSummary', { matched: report.matched, onlyA: report.onlyA.length, onlyB: report.onlyB.length })}`,
    t('cli.agreement.tags'),
    ...report.tags.map((x) => line(x.name, x)),
    line(overall, report.overallTags),
    t('cli.agreement.verdicts'),
    line(overall, report.verdicts),
    t('cli.agreement.strength', { mean: report.strength.meanAbsoluteDifference?.toFixed(2) ?? '—', n: report.strength.n }),
    t('cli.agreement.disagreements', { count: report.disagreements.length }),
    ...report.disagreements.map((d) => `  [${t(`agreement.kinds.${d.kind}`)}] “${d.exact}”${d.tag ? ` ${d.tag}` : ''}${t('cli.agreement.after')}A ${d.a ?? '—'} / B ${d.b ?? '—'}`),
  ].join('\n');
}

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
      makeOut(Boolean(opts.json)).result({ articleId, title, ...report }, () => describe(title, report, lang));
    });
}
