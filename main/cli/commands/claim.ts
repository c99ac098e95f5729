// `pizhu claim add FILE --article ID --quote TEXT …` and `pizhu claim set FILE CLAIM_ID …`:
// make a claim from a quotation of the article (its Nth occurrence, counted in code points) or
// change one, with tags by name and verdict/status by id or by their Chinese or English label.
import type { Command } from 'commander';
import { ProjectStore } from '../../project/store';
import type { ClaimPatch } from '../../../shared/domain/claim';
import { plainNote } from '../../../shared/domain/json-columns';
import type { Tag } from '../../../shared/domain/codebook';
import { STATUSES, VERDICTS, type ClaimStatus, type Verdict } from '../../../shared/domain/scales';
import { describeSpan } from '../../../shared/anchoring/selectors';
import { CodePointIndex } from '../../../shared/text/codepoints';
import { translate } from '../../../shared/i18n';
import { CliExit, makeOut } from '../output';
import { runLanguage } from '../run';
import { chooseArticle, claimLine, claimView } from './claims';
import { cliSession } from '../session';
import { registerClaimDelete } from './claim-delete';

interface FieldOptions {
  tag?: string[];
  strength?: string;
  verdict?: string;
  status?: string;
  note?: string;
  json?: boolean;
}

/** A message of the claim commands in the run's language. */
const t = (key: string, vars?: Record<string, string | number>) => translate(runLanguage(), `cli.claim.${key}`, vars);

const collect = (value: string, previous: string[] = []) => [...previous, value];

function withFieldOptions(command: Command): Command {
  return command
    .option('--tag <name>', 'a tag by name (repeat for several; replaces the claim’s tags)', collect)
    .option('--strength <0-4>', 'evidence strength 0-4')
    .option('--verdict <verdict>', t('verdictOption', { choices: VERDICTS.map((v) => `${v.value}/${v.zh}`).join(', ') }))
    .option('--status <status>', t('statusOption', { choices: STATUSES.map((s) => `${s.value}/${s.zh}`).join(', ') }))
    .option('--note <text>', 'the note, as plain text')
    .option('--json', 'print the claim as JSON');
}

function fromScale<V extends string>(scale: readonly { value: V; zh: string; en: string }[], input: string, what: 'verdict' | 'status'): V {
  const entry = scale.find((e) => e.value === input || e.zh === input || e.en === input);
  const choices = scale.map((e) => `${e.value} (${runLanguage() === 'en' ? e.en : e.zh})`).join(translate(runLanguage(), 'cli.listSeparator'));
  if (!entry) throw new CliExit(1, t(`${what}Unknown`, { input, choices }));
  return entry.value;
}

function fieldPatch(opts: FieldOptions, tags: readonly Tag[]): ClaimPatch {
  const patch: ClaimPatch = {};
  if (opts.tag) {
    patch.tagIds = opts.tag.map((name) => {
      const tag = tags.find((t) => t.name === name);
      if (!tag) throw new CliExit(1, t('noTag', { name, tags: tags.map((x) => x.name).join(translate(runLanguage(), 'cli.listSeparator')) }));
      return tag.id;
    });
  }
  if (opts.strength !== undefined) {
    const n = Number(opts.strength);
    if (!Number.isInteger(n) || n < 0 || n > 4) throw new CliExit(1, t('badStrength', { input: opts.strength }));
    patch.strength = n;
  }
  if (opts.verdict !== undefined) patch.verdict = fromScale<Verdict>(VERDICTS, opts.verdict, 'verdict');
  if (opts.status !== undefined) patch.status = fromScale<ClaimStatus>(STATUSES, opts.status, 'status');
  if (opts.note !== undefined) patch.note = plainNote(opts.note);
  return patch;
}

/** The Nth (1-based) occurrence of `quote` in `text`, in code points, or null. */
export function findOccurrence(text: string, quote: string, occurrence: number): { start: number; end: number } | null {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return null;
  }
  const index = new CodePointIndex(text);
  return { start: index.toCodePoint(at), end: index.toCodePoint(at + quote.length) };
}

export function registerClaim(program: Command): void {
  const claim = program.command('claim').description('make or change a claim');

  withFieldOptions(
    claim
      .command('add')
      .description('make a claim from a quotation of the article')
      .argument('<file>', 'the .pizhu file')
      .option('--article <id>', 'the article (may be left out when the project has one)')
      .requiredOption('--quote <text>', 'the text of the claim, exactly as in the article')
      .option('--occurrence <n>', 'which occurrence of the quote, counting from 1', '1'),
  ).action((file: string, opts: FieldOptions & { article?: string; quote: string; occurrence: string }) => {
    const store = ProjectStore.open(file, cliSession());
    try {
      const articleId = chooseArticle(store, opts.article);
      const occurrence = Number(opts.occurrence);
      if (!Number.isInteger(occurrence) || occurrence < 1) throw new CliExit(1, t('badOccurrence', { input: opts.occurrence }));
      const { text } = store.getArticle(articleId).content;
      const span = opts.quote ? findOccurrence(text, opts.quote, occurrence) : null;
      if (!span) throw new CliExit(1, occurrence === 1 ? t('quoteMissing', { quote: opts.quote }) : t('quoteTooFew', { quote: opts.quote, count: occurrence }));
      const tags = store.listTags();
      const patch = fieldPatch(opts, tags);
      const { quote, position } = describeSpan(text, span.start, span.end);
      const made = store.addClaim({
        articleId,
        anchor: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end },
        ...patch,
      });
      const view = claimView(made, tags);
      makeOut(Boolean(opts.json)).result(view, () => t('added', { line: claimLine(view) }));
    } finally {
      store.close();
    }
  });

  withFieldOptions(claim.command('set').description('change a claim').argument('<file>', 'the .pizhu file').argument('<claim-id>', 'the claim')).action(
    (file: string, claimId: string, opts: FieldOptions) => {
      const store = ProjectStore.open(file, cliSession());
      try {
        const tags = store.listTags();
        const patch = fieldPatch(opts, tags);
        if (Object.keys(patch).length === 0) throw new CliExit(1, t('nothingToChange'));
        const view = claimView(store.updateClaim(claimId, patch), tags);
        makeOut(Boolean(opts.json)).result(view, () => t('changed', { line: claimLine(view) }));
      } finally {
        store.close();
      }
    },
  );
  registerClaimDelete(claim);
}
