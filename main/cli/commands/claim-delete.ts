// `pizhu claim delete FILE CLAIM_ID`: deletes a claim by the same store operation as the app:
// its tags and evidence go with it; comparisons and region notes that cited it stay, unlinked.
import type { Command } from 'commander';
import { translate } from '../../../shared/i18n';
import type { ProjectStore } from '../../project/store';
import { CliExit, makeOut } from '../output';
import { runLanguage } from '../run';
import { cliSession, withProject } from '../session';

/** The claim named by `id` or an unambiguous start of it. */
function pickClaimId(store: ProjectStore, id: string): string {
  const hits = store
    .listArticles()
    .flatMap((a) => store.listClaims(a.id))
    .filter((c) => c.id.startsWith(id));
  const exact = hits.find((c) => c.id === id);
  if (exact) return exact.id;
  if (hits.length === 1) return hits[0]!.id;
  if (hits.length === 0) throw new CliExit(1, translate(runLanguage(), 'cli.error.noSuchClaim', { id, file: store.path }));
  throw new CliExit(2, translate(runLanguage(), 'cli.error.ambiguousClaim', { id, count: hits.length, file: store.path }));
}

export function registerClaimDelete(claim: Command): void {
  claim
    .command('delete')
    .description('delete a claim with its tags and evidence; comparisons that backed it stay, unlinked')
    .argument('<file>', 'the .pizhu file')
    .argument('<claim-id>', 'the claim (or the start of its id)')
    .option('--json', 'print what was deleted as JSON')
    .action((file: string, claimId: string, opts: { json?: boolean }) => {
      const { lang } = cliSession();
      withProject(file, (store) => {
        const id = pickClaimId(store, claimId);
        const gone = store.getClaim(id);
        const evidence = store.listEvidence(id).length;
        const comparisons = store.listComparisons(id).map((c) => c.id);
        store.deleteClaim(id);
        const data = { ok: true, deleted: { claim: id, exact: gone.anchor.exact, evidence }, unlinkedComparisons: comparisons };
        makeOut(Boolean(opts.json)).result(data, () =>
          translate(lang, 'project.done.claimDeleted', { id, exact: gone.anchor.exact, evidence, comparisons: comparisons.length }),
        );
      });
    });
}
