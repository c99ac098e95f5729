// `pizhu suggest FILE [--article ID] [--json]`: the statements of an article likely worth
// checking (shared/suggest), one line each or as JSON, positions in code points.
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { suggestClaims, type Suggestion } from '../../../shared/suggest/suggest';
import { translate } from '../../../shared/i18n';
import { makeOut } from '../output';
import { cliReader } from './new';
import { chooseArticle } from './claims';

/** A suggestion as the CLI prints it. */
export interface SuggestionView {
  exact: string;
  start: number;
  end: number;
  kind: string;
  tag: string;
  reason: string;
  score: number;
}

function view(s: Suggestion, lang: string): SuggestionView {
  return { exact: s.exact, start: s.start, end: s.end, kind: s.kind, tag: s.tag, reason: lang === 'en' ? s.reasonEn : s.reason, score: s.score };
}

function line(s: SuggestionView): string {
  return `[${s.start}, ${s.end})  ${s.tag}  ${s.score.toFixed(2)}  “${s.exact}”  ${s.reason}`;
}

/** Reads the article text of a project opened read-only. */
export function articleText(file: string, articleId: string | undefined): string {
  const store = ProjectStore.open(file, { ...cliReader(), readOnly: true });
  try {
    return store.getArticle(chooseArticle(store, articleId)).content.text;
  } finally {
    store.close();
  }
}

export function registerSuggest(program: Command): void {
  program
    .command('suggest')
    .description('suggest the statements of an article worth checking')
    .argument('<file>', 'the .pizhu file')
    .option('--article <id>', 'the article (may be left out when the project has one)')
    .option('--json', 'print the suggestions as JSON')
    .action((file: string, opts: { article?: string; json?: boolean }) => {
      const lang = cliReader().lang;
      const views = suggestClaims(articleText(file, opts.article)).map((s) => view(s, lang));
      makeOut(Boolean(opts.json)).result(views, () => (views.length ? views.map(line).join('\n') : translate(lang, 'cli.suggest.none')));
    });
}
