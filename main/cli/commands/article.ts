// `pizhu article FILE.pizhu [ID]`: an article's normalised text (the text every position in
// Pizhu counts code points in); with --json also its metadata and blocks.
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import { CliExit, makeOut } from '../output';
import { cliSession } from './new';
import { articleSummary } from './import';

/** The article named by `id`, or the only one when the project has one. */
export function pickArticleId(store: ProjectStore, id: string | undefined): string {
  const articles = store.listArticles();
  if (id) {
    const hit = articles.find((a) => a.id === id || a.id.startsWith(id));
    if (!hit) throw new CliExit(1, `no article '${id}' in ${store.path}`);
    return hit.id;
  }
  if (articles.length === 1) return articles[0]!.id;
  if (articles.length === 0) throw new CliExit(1, `${store.path} has no articles yet; add one with \`pizhu import\``);
  throw new CliExit(2, `${store.path} has ${articles.length} articles; name one:\n${articles.map((a) => `  ${a.id}  ${a.title}`).join('\n')}`);
}

export function registerArticle(program: Command): void {
  program
    .command('article')
    .description('print an article’s normalised text (with --json, its metadata and blocks too)')
    .argument('<project>', 'the .pizhu file')
    .argument('[id]', 'the article id (may be left out when the project has one article)')
    .option('--json', 'print metadata, blocks and text as JSON')
    .action((project: string, id: string | undefined, opts: { json?: boolean }) => {
      const store = ProjectStore.open(project, { ...cliSession(), readOnly: true });
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
}
