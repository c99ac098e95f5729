// `pizhu suggest FILE [--article ID] [--all] [--json]`: the statements of an article likely worth
// checking (shared/suggest), one line each or as JSON, positions in code points. Those dismissed
// in the project (kept in the file) are left out, as in the app, unless --all asks for them.
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { suggestClaims, type Suggestion } from '../../../shared/suggest/suggest';
import { translate } from '../../../shared/i18n';
import { suggestionKey } from '../../../shared/suggest/key';
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

/** The chosen article's id, text and dismissed suggestions' keys, from the project opened read-only. */
function articleWithDismissals(file: string, articleId: string | undefined): { id: string; text: string; dismissed: Set<string> } {
  const store = ProjectStore.open(file, { ...cliReader(), readOnly: true });
  try {
    const id = chooseArticle(store, articleId);
    return { id, text: store.getArticle(id).content.text, dismissed: new Set(store.dismissedSuggestions(id)) };
  } finally {
    store.close();
  }
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
    .option('--all', 'also list the suggestions dismissed in the project')
    .option('--json', 'print the suggestions as JSON')
    .action((file: string, opts: { article?: string; all?: boolean; json?: boolean }) => {
      const lang = cliReader().lang;
      const { id, text, dismissed } = articleWithDismissals(file, opts.article);
      const views = suggestClaims(text)
        .filter((s) => opts.all || !dismissed.has(suggestionKey(id, s)))
        .map((s) => view(s, lang));
      makeOut(Boolean(opts.json)).result(views, () => (views.length ? views.map(line).join('\n') : translate(lang, 'cli.suggest.none')));
    });
}
