// The `pizhu` help and command-line errors in the reader's language. Commander words its own
// headings and errors in English; here they come from the catalogs (cli.*), and each command's
// description, arguments and common options get the catalog's wording where it has one, so
// the command modules keep plain English and need no change when a language is added.
import { Command, Help } from 'commander';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';

const has = (lang: Language, key: string): string | null => {
  const text = translate(lang, key);
  return text === key ? null : text;
};

/** Commander's error messages, matched by code and reworded; an unmatched one stays as it is. */
const ERRORS: Record<string, { pattern: RegExp; key: string; names: string[] }> = {
  'commander.unknownCommand': { pattern: /unknown command '(.*?)'/, key: 'unknownCommand', names: ['name'] },
  'commander.unknownOption': { pattern: /unknown option '(.*?)'/, key: 'unknownOption', names: ['name'] },
  'commander.missingArgument': { pattern: /missing required argument '(.*?)'/, key: 'missingArgument', names: ['name'] },
  'commander.optionMissingArgument': { pattern: /option '(.*?)' argument missing/, key: 'optionMissingArgument', names: ['option'] },
  'commander.missingMandatoryOptionValue': { pattern: /required option '(.*?)' not specified/, key: 'missingOption', names: ['option'] },
  'commander.excessArguments': { pattern: /Expected (\d+) arguments? but got (\d+): (.*)\.$/, key: 'excessArguments', names: ['expected', 'received', 'extra'] },
  'commander.invalidArgument': { pattern: /'(.*?)' argument '(.*?)' is invalid\. Allowed choices are (.*)\.$/, key: 'invalidChoice', names: ['option', 'value', 'choices'] },
};

/** A commander message in `lang`: `error: …` becomes the catalog's sentence, with commander's suggestion kept. */
export function commanderMessage(message: string, code: string | undefined, lang: Language): string {
  const known = code ? ERRORS[code] : undefined;
  const [first, ...rest] = message.replace(/^error: /, '').split('\n');
  const match = known?.pattern.exec(first!);
  if (!known || !match) return message;
  const vars = Object.fromEntries(known.names.map((n, i) => [n, match[i + 1]!]));
  const suggestion = /Did you mean (?:one of )?(.+)\?/.exec(rest.join('\n'));
  const hint = suggestion ? translate(lang, 'cli.error.didYouMean', { names: suggestion[1]! }) : '';
  return translate(lang, 'cli.error.line', { message: translate(lang, `cli.error.${known.key}`, vars) + hint });
}

/** Commander's `(choices: …, default: …)` after a description, worded in `lang`. */
function extras(description: string, lang: Language): string {
  const match = / ?\(((?:choices|default): .*)\)$/.exec(description);
  if (!match) return description;
  const text = match[1]!
    .replace(/^choices: /, translate(lang, 'cli.heading.choices'))
    .replace(/(^|, )default: /, (_m, sep: string) => (sep ? translate(lang, 'cli.heading.then') : '') + translate(lang, 'cli.heading.default'));
  return description.slice(0, match.index) + translate(lang, 'cli.heading.extra', { text });
}

/** A commander Command whose own errors are worded in the run's language. */
export class PizhuCommand extends Command {
  static lang: Language = 'zh-CN';

  override createCommand(name?: string): Command {
    return new PizhuCommand(name);
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    return super.error(commanderMessage(message, errorOptions?.code, PizhuCommand.lang), errorOptions);
  }
}

/**
 * Headings and the built-in help texts of `program` (and the commands made from it) in `lang`.
 * `terms` holds what the help prints after the name of each command not loaded this run.
 */
export function localiseProgram(program: Command, lang: Language, terms: ReadonlyMap<string, string>): void {
  PizhuCommand.lang = lang;
  const titles: Record<string, string> = {
    'Usage:': translate(lang, 'cli.heading.usage'),
    'Arguments:': translate(lang, 'cli.heading.arguments'),
    'Options:': translate(lang, 'cli.heading.options'),
    'Global Options:': translate(lang, 'cli.heading.globalOptions'),
    'Commands:': translate(lang, 'cli.heading.commands'),
  };
  program.configureHelp({
    styleTitle: (title: string) => titles[title] ?? title,
    // Commander puts a space after "Usage:"; a full-width colon already holds one.
    formatHelp(this: Help, cmd, helper) {
      const text = Help.prototype.formatHelp.call(this, cmd, helper);
      const usage = titles['Usage:']!;
      return usage.endsWith('：') && text.startsWith(`${usage} `) ? usage + text.slice(usage.length + 1) : text;
    },
    optionDescription(this: Help, option) {
      return extras(Help.prototype.optionDescription.call(this, option), lang);
    },
    argumentDescription(this: Help, argument) {
      return extras(Help.prototype.argumentDescription.call(this, argument), lang);
    },
    subcommandTerm(this: Help, cmd: Command) {
      const term = cmd.parent === program ? terms.get(cmd.name()) : undefined;
      return term === undefined ? Help.prototype.subcommandTerm.call(this, cmd) : `${cmd.name()} ${term}`.trim();
    },
  });
  program.helpOption('-h, --help', translate(lang, 'cli.program.help'));
  program.helpCommand('help [command]', translate(lang, 'cli.program.helpCommand'));
}

/**
 * Rewords a registered command and its subcommands where the catalog has the words: the
 * description from cli.command.<path> (path: the names below `pizhu` joined by '-'), arguments
 * from cli.argument.<path>.<name> or cli.argument.<name>, options from cli.option.<path>.<name>
 * (or cli.option.json): the same flag means different things in different commands.
 */
export function localiseCommand(cmd: Command, lang: Language, path = cmd.name()): void {
  const description = has(lang, `cli.command.${path}`);
  if (description) cmd.description(description);
  for (const arg of cmd.registeredArguments) {
    const text = has(lang, `cli.argument.${path}.${arg.name()}`) ?? has(lang, `cli.argument.${arg.name()}`);
    if (text) arg.description = text;
  }
  for (const option of cmd.options) {
    const name = option.attributeName();
    const text = has(lang, `cli.option.${path}.${name}`) ?? (name === 'json' ? has(lang, 'cli.option.json') : null);
    if (text) option.description = text;
  }
  for (const sub of cmd.commands) localiseCommand(sub, lang, `${path}-${sub.name()}`);
}
