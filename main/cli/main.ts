// The `pizhu` command line: the same services as the app, from a terminal. Each subcommand lives
// in its own module under commands/, registered only when it is the one run (registry.ts), so
// `pizhu --help` loads commander and the catalogs and nothing else, and `pizhu --version` not
// even those. Human output, help and errors follow the language of language.ts.
import { APP_VERSION } from '../services/version';

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${APP_VERSION}\n`);
    return 0;
  }
  const { runProgram } = await import('./program');
  return runProgram(argv);
}
