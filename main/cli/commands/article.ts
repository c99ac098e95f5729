// `pizhu article FILE.pizhu [ID]`: an article's normalised text (the text every position in
// Pizhu counts code points in); with --json also its metadata and blocks. `pizhu article rename`
// and `pizhu article delete` change it by the same store operations as the app.
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { CliExit, makeOut } from '../output';
import { cliReader, cliSession, withProject } from '../session';
import { articleSummary } from './import';
import { translate } from '../../../shared/i18n';
import { runLanguage } from '../run';

/** The article named by `id`, or the only one when the project has one. */
export function pickArticleId(store: ProjectStore, id: string | undefined): string {
  const articles = store.listArticles();
  const lang = runLanguage();
  if (id) {
    const hit = articles.find((a) => a.id === id || a.id.startsWith(id));
    if (!hit) throw new CliExit(1, translate(lang, 'cli.error.noSuchArticle', { id, file: store.path }));
    return hit.id;
  }
  if (articles.length === 1) return articles[0]!.id;
  if (articles.length === 0) throw new CliExit(1, translate(lang, 'cli.error.noArticles', { file: store.path }));
  throw new CliExit(2, `${translate(lang, 'cli.error.nameArticle', { file: store.path, count: articles.length })}\n${articles.map((a) => `  ${a.id}  ${a.title}`).join('\n')}`);
}

export function registerArticle(program: Command): void {
  const article = program
    .command('article')
    .description('print an article’s normalised text (with --json, its metadata and blocks too); rename or delete one')
    .argument('<project>', 'the .pizhu file')
    .argument('[id]', 'the article id (may be left out when the project has one article)')
    .option('--json', 'print metadata, blocks and text as JSON')
    .action((project: string, id: string | undefined, opts: { json?: boolean }) => {
      const store = ProjectStore.open(project, { ...cliReader(), readOnly: true });
      try {
        const article = store.getArticle(pickArticleId(store, id));
        const { content } = article;
        makeOut(Boolean(opts.json)).result(
          { ...articleSummary(article), revision: article.revisionNumber, text: content.text, blocks: content.blocks, links: content.links },
          () => content.text,
        );
      } finally {
        store.close();
      }
    });
  registerArticleEdits(article);
}

// The text command's own --json takes the flag wherever it stands, so the subcommands read it from there too.
const wantsJson = (cmd: Command): boolean => Boolean(cmd.optsWithGlobals().json);

function registerArticleEdits(article: Command): void {
  article
    .command('rename')
    .description('rename an article (navigator, reader and exports show the new title)')
    .argument('<file>', 'the .pizhu file')
    .argument('<id>', 'the article (or the start of its id)')
    .argument('<title>', 'the new title')
    .option('--json', 'print the article as JSON')
    .action((file: string, articleId: string, title: string, _opts: unknown, cmd: Command) => {
      const { lang } = cliSession();
      withProject(file, (store) => {
        const renamed = store.renameArticle(pickArticleId(store, articleId), title);
        const data = { ok: true, id: renamed.id, title: renamed.content.title, revision: renamed.revisionNumber };
        makeOut(wantsJson(cmd)).result(data, () => translate(lang, 'project.done.articleRenamed', { id: renamed.id, title: data.title }));
      });
    });

  article
    .command('delete')
    .description('delete an article with its revisions and claims; its comparisons stay')
    .argument('<file>', 'the .pizhu file')
    .argument('<id>', 'the article (or the start of its id)')
    .option('--json', 'print what was deleted as JSON')
    .action((file: string, articleId: string, _opts: unknown, cmd: Command) => {
      const { lang } = cliSession();
      withProject(file, (store) => {
        const id = pickArticleId(store, articleId);
        const title = store.getArticle(id).content.title;
        const { claims } = store.deleteArticle(id);
        makeOut(wantsJson(cmd)).result({ ok: true, deleted: { article: id, title, claims } }, () =>
          translate(lang, 'project.done.articleDeleted', { id, title, claims }),
        );
      });
    });
}
