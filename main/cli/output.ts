// How CLI commands report: human text on stdout, or one JSON document with --json; errors on
// stderr with a non-zero exit code.
import { PizhuError } from '../../shared/api/result';

export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    /** The command already printed its result (a failed check's report): no second JSON document. */
    readonly reported = false,
  ) {
    super(message);
  }
}

export interface Out {
  json: boolean;
  /** Prints `human` as text, or `data` as JSON with --json. */
  result(data: unknown, human: () => string): void;
}

export const makeOut = (json: boolean, write = (s: string) => process.stdout.write(s)): Out => ({
  json,
  result(data, human) {
    write(json ? JSON.stringify(data, null, 2) + '\n' : human() + '\n');
  },
});

/** Turns a failure into the message and exit code the CLI reports. */
export function describeFailure(err: unknown): { message: string; exitCode: number; code: string } {
  if (err instanceof CliExit) return { message: err.message, exitCode: err.exitCode, code: 'cli' };
  if (err instanceof PizhuError) return { message: err.message, exitCode: 1, code: err.code };
  return { message: err instanceof Error ? err.message : String(err), exitCode: 1, code: 'internal' };
}
