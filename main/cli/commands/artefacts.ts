// `pizhu artefacts FILE [--article ID] [--json]`: the artefact report of an article (traces of
// conversion and reposting, shared/artefacts), one line each or as JSON. Read-only.
import type { Command } from 'commander';
import { artefactReport, type ArtefactFinding } from '../../../shared/artefacts/report';
import { translate } from '../../../shared/i18n';
import { makeOut } from '../output';
import { cliReader } from './new';
import { articleText } from './suggest';

/** A finding as the CLI prints it: the explanation in the user's language as `reason`. */
export interface ArtefactView {
  exact: string;
  start: number;
  end: number;
  kind: string;
  reason: string;
  suggestion?: string;
  count?: number;
  places?: { start: number; end: number }[];
}

function view(f: ArtefactFinding, lang: string): ArtefactView {
  const v: ArtefactView = { exact: f.exact, start: f.start, end: f.end, kind: f.kind, reason: lang === 'en' ? f.explanation.en : f.explanation.zh };
  if (f.suggestion !== undefined) v.suggestion = f.suggestion;
  if (f.count !== undefined) v.count = f.count;
  if (f.places) v.places = f.places;
  return v;
}

function line(f: ArtefactView): string {
  const reading = f.suggestion === undefined ? '' : `  → ${f.suggestion}`;
  const count = f.count === undefined ? '' : `  ×${f.count}`;
  return `[${f.start}, ${f.end})  ${f.kind}  “${f.exact}”${reading}${count}  ${f.reason}`;
}

export function registerArtefacts(program: Command): void {
  program
    .command('artefacts')
    .description('report traces of conversion and reposting in an article (changes nothing)')
    .argument('<file>', 'the .pizhu file')
    .option('--article <id>', 'the article (may be left out when the project has one)')
    .option('--json', 'print the findings as JSON')
    .action((file: string, opts: { article?: string; json?: boolean }) => {
      const lang = cliReader().lang;
      const views = artefactReport(articleText(file, opts.article)).map((f) => view(f, lang));
      makeOut(Boolean(opts.json)).result(views, () => (views.length ? views.map(line).join('\n') : translate(lang, 'cli.artefacts.none')));
    });
}
