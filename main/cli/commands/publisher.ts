// `pizhu publisher FILE [--organization NAME] [--organization-url URL] [--logo URL] [--reviewer NAME]
// [--review-url-base URL]`: shows or sets a project's publisher settings (who publishes its
// fact-checks as ClaimReview, and where). The same flags on `pizhu export` apply to one export.
import type { Command } from 'commander';
import { PizhuError } from '../../../shared/api/result';
import { PublisherSchema, type Publisher } from '../../../shared/export/publisher';
import type { Language } from '../../../shared/preferences';
import { ProjectStore } from '../../project/store';
import { createNodeServices } from '../../services/node-services';
import { makeOut } from '../output';
import { cliSession } from './new';

export interface PublisherFlags {
  organization?: string;
  organizationUrl?: string;
  logo?: string;
  reviewer?: string;
  reviewUrlBase?: string;
}

/** Adds the publisher flags to a command. */
export function publisherOptions(command: Command): Command {
  return command
    .option('--organization <name>', 'the fact-checking organisation named in ClaimReview')
    .option('--organization-url <url>', 'the organisation\'s website')
    .option('--logo <url>', 'the address of the organisation\'s logo')
    .option('--reviewer <name>', 'the reviewer\'s byline (a Person in ClaimReview)')
    .option('--review-url-base <url>', 'where the report is published: each review\'s url is this plus #claim-N');
}

/** The project's stored settings with the flags given on top; a malformed address is refused in `lang`. */
export function publisherWith(stored: Publisher | undefined, flags: PublisherFlags, lang: Language): Publisher {
  const given = Object.fromEntries(
    Object.entries({ organization: flags.organization, organizationUrl: flags.organizationUrl, logoUrl: flags.logo, reviewer: flags.reviewer, reviewUrlBase: flags.reviewUrlBase }).filter(([, v]) => v !== undefined),
  );
  const parsed = PublisherSchema.safeParse({ ...stored, ...given });
  if (!parsed.success) {
    throw PizhuError.keyed('invalid-argument', 'publisher.badUrl', {}, lang);
  }
  return parsed.data;
}

export const storedPublisher = (projectId: string): Publisher | undefined => createNodeServices({ mode: 'browser' }).prefs.get().publishers[projectId];

export function registerPublisher(program: Command): void {
  publisherOptions(program.command('publisher').description('show or set who publishes this project\'s fact-checks (ClaimReview)').argument('<file>', 'the .pizhu file'))
    .option('--json', 'print the settings as JSON')
    .action((file: string, opts: PublisherFlags & { json?: boolean }) => {
      const session = cliSession();
      const store = ProjectStore.open(file, { ...session, readOnly: true });
      let id: string;
      try {
        id = store.info().id;
      } finally {
        store.close();
      }
      const prefs = createNodeServices({ mode: 'browser' }).prefs;
      const publisher = publisherWith(prefs.get().publishers[id], opts, session.lang);
      prefs.update({ publishers: { ...prefs.get().publishers, [id]: publisher } });
      makeOut(Boolean(opts.json)).result(publisher, () =>
        Object.entries(publisher)
          .map(([k, v]) => `${k}: ${v || '—'}`)
          .join('\n'),
      );
    });
}
