// The `pizhu` command line: the same services as the app, from a terminal. Each subcommand lives
// in its own module under commands/ and registers itself on the program here.
import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../services/version';
import { CliExit, describeFailure } from './output';
import { registerWeb } from './commands/web';
import { cliReader, registerNew, setTakeOver } from './commands/new';
import type { Language } from '../../shared/preferences';
import { registerInfo } from './commands/info';
import { registerCheck } from './commands/check';
import { registerImport } from './commands/import';
import { registerArticle } from './commands/article';
import { registerComparison } from './commands/comparison';
import { registerExport } from './commands/export';
import { registerMerge } from './commands/merge';
import { registerAgreement } from './commands/agreement';
import { registerImportAnnotations } from './commands/import-annotations';
import { registerPublisher } from './commands/publisher';
import { registerClaims } from './commands/claims';
import { registerClaim } from './commands/claim';
import { registerSuggest } from './commands/suggest';
import { registerArtefacts } from './commands/artefacts';
import { registerServe } from './commands/serve';
import { registerSync } from './commands/sync';

export function buildProgram(): Command {
  const program = new Command('pizhu')
    .description('批注 Pizhu — critique and fact-check Chinese tech articles')
    .version(APP_VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError()
    .exitOverride()
    .option('--take-over', 'open a project whose lock another computer holds, once you are sure it is closed there')
    .hook('preAction', (root) => setTakeOver(root.opts<{ takeOver?: boolean }>().takeOver === true));
  registerWeb(program);
  registerNew(program);
  registerInfo(program);
  registerCheck(program);
  registerImport(program);
  registerArticle(program);
  registerComparison(program);
  registerExport(program);
  registerMerge(program);
  registerAgreement(program);
  registerImportAnnotations(program);
  registerPublisher(program);
  registerClaims(program);
  registerClaim(program);
  registerSuggest(program);
  registerArtefacts(program);
  registerServe(program);
  registerSync(program);
  return program;
}

/** The language the user reads now: the preferences at the time of the error, Chinese without them. */
function currentLanguage(): Language {
  try {
    return cliReader().lang;
  } catch {
    return 'zh-CN';
  }
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const wantsJson = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode;
    }
    const failure = describeFailure(err, currentLanguage());
    if (wantsJson && !(err instanceof CliExit && err.reported)) {
      process.stdout.write(JSON.stringify({ ok: false, error: { code: failure.code, message: failure.message } }) + '\n');
    }
    process.stderr.write(`pizhu: ${failure.message}\n`);
    return failure.exitCode;
  }
}
