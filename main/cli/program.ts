// One run of the `pizhu` program (main.ts loads this after its --version shortcut): the language
// chosen, the one command run registered for real (registry.ts) and the others listed for the
// help, errors reported in that language. --json output keeps its codes.
import { CommanderError, type Command } from 'commander';
import { catalogs, translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { APP_VERSION } from '../services/version';
import { chooseLanguage, parseLanguage } from './language';
import { setRunLanguage, setTakeOver } from './run';
import { localiseCommand, localiseProgram, PizhuCommand } from './help';
import { COMMAND_MODULES, moduleOf } from './registry';

/** The languages --lang takes, as a list in `lang`. */
const languages = (lang: Language): string => Object.keys(catalogs).join(translate(lang, 'cli.listSeparator'));

/** Program options that take a value: their value is not the command's name. */
const VALUE_OPTIONS = new Set(['--lang']);

/** The command `argv` runs (for `help X`, X), found before commander parses, to load only that one. */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return argv[i + 1];
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg === 'help' && argv[i + 1] && !argv[i + 1]!.startsWith('-') ? argv[i + 1] : arg;
  }
  return undefined;
}

/** The `--lang` value in `argv`, if any (commander checks the rest). */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/**
 * The program for one run in `lang`: every command is listed, and `load` (a command name) is
 * registered for real, its module imported; the others are placeholders for the help.
 */
export async function buildProgram(lang: Language, load?: string): Promise<Command> {
  const t = (key: string) => translate(lang, key);
  const program = new PizhuCommand('pizhu');
  const terms = new Map<string, string>();
  localiseProgram(program, lang, terms);
  program
    .description(t('cli.description'))
    .version(APP_VERSION, '-v, --version', t('cli.program.version'))
    .showHelpAfterError()
    .exitOverride()
    .option('--lang <lang>', translate(lang, 'cli.program.lang', { languages: languages(lang) }))
    .option('--take-over', t('cli.program.takeOver'))
    .hook('preAction', (root) => setTakeOver(root.opts<{ takeOver?: boolean }>().takeOver === true));
  const wanted = load === undefined ? undefined : moduleOf(load);
  for (const module of COMMAND_MODULES) {
    if (module === wanted) {
      const before = program.commands.length;
      (await module.load())(program);
      for (const cmd of program.commands.slice(before)) localiseCommand(cmd, lang);
      continue;
    }
    for (const { name, term } of module.commands) {
      program.command(name).description(translate(lang, `cli.command.${name}`));
      terms.set(name, term);
    }
  }
  return program;
}

/** Parses `argv` and runs its command; returns the exit code. */
export async function runProgram(argv: string[]): Promise<number> {
  const flag = langFlag(argv);
  const flagLang = flag === undefined ? null : parseLanguage(flag);
  const lang = chooseLanguage(flagLang);
  setRunLanguage(lang);
  const wantsJson = argv.includes('--json');
  try {
    if (flag !== undefined && !flagLang) {
      const { CliExit } = await import('./output');
      throw new CliExit(2, translate(lang, 'cli.error.unknownLanguage', { lang: flag, languages: languages(lang) }));
    }
    const program = await buildProgram(lang, commandName(argv));
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode;
    }
    const { CliExit, describeFailure } = await import('./output');
    const failure = describeFailure(err, lang);
    if (wantsJson && !(err instanceof CliExit && err.reported)) {
      process.stdout.write(JSON.stringify({ ok: false, error: { code: failure.code, message: failure.message } }) + '\n');
    }
    process.stderr.write(`pizhu: ${failure.message}\n`);
    return failure.exitCode;
  } finally {
    setRunLanguage(null);
    setTakeOver(false);
  }
}
