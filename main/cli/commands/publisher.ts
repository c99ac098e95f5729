// `pizhu publisher FILE [--organization NAME] [--organization-url URL] [--logo URL] [--reviewer NAME]
// [--review-url-base URL]`: shows or sets a project's publisher settings (who publishes its
// fact-checks as ClaimReview, and where), kept in the project file (schema v6) so a colleague
// who opens it has them too. The same flags on `pizhu export` apply to one export.
import type { Command } from 'commander';
import { PizhuError } from '../../../shared/api/result';
import { PublisherSchema, type Publisher } from '../../../shared/export/publisher';
import type { Language } from '../../../shared/preferences';
import { ProjectStore } from '../../project/store';
import { createNodeServices } from '../../services/node-services';
import { handOverPublisher, projectPublisher } from '../../services/publisher-settings';
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

/** The project's settings, or what this computer kept for it before v6 (a file opened read-only). */
export const storedPublisher = (store: ProjectStore): Publisher | undefined => projectPublisher(store, createNodeServices({ mode: 'browser' }).prefs);

export function registerPublisher(program: Command): void {
  publisherOptions(program.command('publisher').description('show or set who publishes this project\'s fact-checks (ClaimReview)').argument('<file>', 'the .pizhu file'))
    .option('--json', 'print the settings as JSON')
    .action((file: string, opts: PublisherFlags & { json?: boolean }) => {
      const session = cliSession();
      const given = Object.keys(opts).some((k) => k !== 'json');
      const prefs = createNodeServices({ mode: 'browser' }).prefs;
      // Only showing them reads the file; setting them opens it for writing, like any edit.
      const store = ProjectStore.open(file, { ...session, readOnly: !given });
      let publisher: Publisher;
      try {
        handOverPublisher(store, prefs);
        publisher = publisherWith(projectPublisher(store, prefs), opts, session.lang);
        if (given) store.setSetting('publisher', publisher);
      } finally {
        store.close();
      }
      makeOut(Boolean(opts.json)).result(publisher, () =>
        Object.entries(publisher)
          .map(([k, v]) => `${k}: ${v || '—'}`)
          .join('\n'),
      );
    });
}
