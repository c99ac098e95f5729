// `pizhu comparison add` and `pizhu comparisons`: screenshot comparisons from a terminal. Every
// image is checked before any is stored: a corrupt image or an SVG leaves the project unchanged.
import type { Command } from 'commander';
import { parseImageArg } from '../../../shared/comparison/image-arg';
import { regionFragment, type Comparison } from '../../../shared/domain/comparison';
import { ProjectStore } from '../../project/store';
import { createComparison } from '../../services/comparison-service';
import { readArticleFile } from '../../import';
import { translate } from '../../../shared/i18n';
import { CliExit, makeOut } from '../output';
import { runLanguage } from '../run';
import { cliReader, cliSession } from '../session';

const describe = (c: Comparison) =>
  [
    `${c.id}  ${c.title}  ${translate(runLanguage(), 'cli.comparison.claims', { count: c.claimIds.length })}`,
    ...c.items.map(
      (i) =>
        `  ${i.label}: ${i.width}×${i.height} ${i.mime}${i.caption ? ` — ${i.caption}` : ''}` +
        i.regions.map((r) => `\n    ${regionFragment(r)} ${r.note.text}`).join(''),
    ),
  ].join('\n');

export function registerComparison(program: Command): void {
  const comparison = program.command('comparison').description('screenshot comparisons');
  comparison
    .command('add')
    .description('add a comparison of 2-6 labelled screenshots backing a claim')
    .argument('<project>', 'the .pizhu file')
    .requiredOption('--claim <id>', 'the claim the comparison backs')
    .option('-t, --title <title>', 'the comparison title')
    .option('--image <label=path>', 'a screenshot, labelled (repeat 2-6 times)', (v: string, acc: string[]) => [...acc, v], [])
    .option('--json', 'print the comparison as JSON')
    .action(async (project: string, opts: { claim: string; title?: string; image: string[]; json?: boolean }) => {
      const session = cliSession();
      const args = opts.image.map((a) => parseImageArg(a, session.lang));
      if (args.length === 0) throw new CliExit(2, translate(session.lang, 'cli.comparison.noImages'));
      const store = ProjectStore.open(project, session);
      try {
        const claim = store.listArticles().flatMap((a) => store.listClaims(a.id)).find((c) => c.id === opts.claim || c.id.startsWith(opts.claim));
        if (!claim) throw new CliExit(1, translate(session.lang, 'cli.error.noSuchClaim', { id: opts.claim, file: project }));
        const images = [];
        // The same reader as for articles: clear messages for missing or unreadable files.
        for (const a of args) images.push({ label: a.label, ...(await readArticleFile(a.path, session.lang)) });
        const created = await createComparison(
          store,
          { title: opts.title ?? args.map((a) => a.label).join(' / '), claimIds: [claim.id], articleId: claim.articleId, images },
          session.lang,
        );
        makeOut(Boolean(opts.json)).result(created, () => describe(created));
      } finally {
        store.close();
      }
    });

  program
    .command('comparisons')
    .description('list the screenshot comparisons of a project')
    .argument('<project>', 'the .pizhu file')
    .option('--claim <id>', 'only those backing this claim')
    .option('--json', 'print them as JSON')
    .action((project: string, opts: { claim?: string; json?: boolean }) => {
      const store = ProjectStore.open(project, { ...cliReader(), readOnly: true });
      try {
        const list = store.listComparisons(opts.claim);
        makeOut(Boolean(opts.json)).result(list, () => (list.length ? list.map(describe).join('\n') : translate(runLanguage(), 'cli.comparison.none')));
      } finally {
        store.close();
      }
    });
}
