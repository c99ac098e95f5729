// `pizhu claims FILE [--article ID]`: the claims of an article, one line or one JSON object each.
// Also holds what the claim commands share: choosing the article and how a claim is printed.
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import type { Claim } from '../../../shared/domain/claim';
import type { Tag } from '../../../shared/domain/codebook';
import { STATUSES, VERDICTS, scaleLabel } from '../../../shared/domain/scales';
import { translate } from '../../../shared/i18n';
import type { Language } from '../../../shared/preferences';
import { CliExit, makeOut } from '../output';
import { runLanguage } from '../run';
import { cliReader } from '../session';

/** A claim as the CLI prints it: positions in code points, tags by name in codebook order. */
export interface ClaimView {
  id: string;
  articleId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  tags: string[];
  strength: number | null;
  verdict: string | null;
  status: string;
  note: string;
  orphan: boolean;
}

export function claimView(claim: Claim, tags: readonly Tag[]): ClaimView {
  const { exact, prefix, suffix, start, end } = claim.anchor;
  return {
    id: claim.id,
    articleId: claim.articleId,
    exact,
    prefix,
    suffix,
    start,
    end,
    // Codebook order: the store does not keep the order tags were given in.
    tags: tags.filter((t) => claim.tagIds.includes(t.id)).map((t) => t.name),
    strength: claim.strength,
    verdict: claim.verdict,
    status: claim.status,
    note: claim.note.text,
    orphan: claim.orphan,
  };
}

/** One claim on one line, verdict and status worded in `lang` (the JSON keeps their codes). */
export function claimLine(c: ClaimView, lang: Language = runLanguage()): string {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, `cli.claims.${key}`, vars);
  const verdict = c.verdict === null ? '-' : (scaleLabel(VERDICTS, c.verdict as (typeof VERDICTS)[number]['value'], lang) ?? c.verdict);
  const status = scaleLabel(STATUSES, c.status as (typeof STATUSES)[number]['value'], lang) ?? c.status;
  const facts = [c.tags.join(',') || '-', verdict, status, c.strength === null ? '-' : t('strength', { strength: c.strength })];
  return `${c.id}  [${c.start}, ${c.end})  “${c.exact}”  ${facts.join('  ')}${c.orphan ? `  ${t('orphan')}` : ''}`;
}

/** The article a command works on: the one named, or the only one in the project. */
export function chooseArticle(store: ProjectStore, articleId: string | undefined): string {
  const articles = store.listArticles();
  const lang = runLanguage();
  if (articleId) {
    if (!articles.some((a) => a.id === articleId)) throw new CliExit(1, translate(lang, 'cli.error.noSuchArticle', { id: articleId, file: store.path }));
    return articleId;
  }
  if (articles.length === 1) return articles[0]!.id;
  if (articles.length === 0) throw new CliExit(1, translate(lang, 'cli.error.noArticles', { file: store.path }));
  throw new CliExit(1, translate(lang, 'cli.error.chooseArticle', { file: store.path, count: articles.length, ids: articles.map((a) => a.id).join(', ') }));
}

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('list the claims of an article')
    .argument('<file>', 'the .pizhu file')
    .option('--article <id>', 'the article (may be left out when the project has one)')
    .option('--json', 'print the claims as JSON')
    .action((file: string, opts: { article?: string; json?: boolean }) => {
      const store = ProjectStore.open(file, { ...cliReader(), readOnly: true });
      try {
        const articleId = chooseArticle(store, opts.article);
        const tags = store.listTags();
        const views = store
          .listClaims(articleId)
          .map((c) => claimView(c, tags))
          .sort((a, b) => a.start - b.start);
        const { lang } = cliReader();
        makeOut(Boolean(opts.json)).result(views, () => (views.length ? views.map((v) => claimLine(v, lang)).join('\n') : translate(lang, 'cli.claims.none')));
      } finally {
        store.close();
      }
    });
}
