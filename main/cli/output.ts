// How CLI commands report: human text on stdout, or one JSON document with --json; errors on
// stderr, worded in the user's language at that moment, with an exit code that says what failed.
import type { ErrorCode } from '../../shared/api/result';
import type { Language } from '../../shared/preferences';
import { asPizhuError } from '../services/user-error';

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

/**
 * The exit code of each kind of failure (README, "The command line"): 1 a failed check or any
 * other error, 2 a wrong command line, 3 merge conflicts remain (pizhu merge), then by what went
 * wrong with the project file.
 */
export const EXIT_CODES: Partial<Record<ErrorCode, number>> = {
  'not-found': 4,
  'not-a-project': 4,
  'damaged-project': 5,
  'in-use': 6,
  'in-use-elsewhere': 6,
  'read-only': 7,
  'newer-project': 7,
  io: 8,
};

/** Turns a failure into the message (in `lang`) and exit code the CLI reports. */
export function describeFailure(err: unknown, lang: Language): { message: string; exitCode: number; code: string } {
  if (err instanceof CliExit) return { message: err.message, exitCode: err.exitCode, code: 'cli' };
  const e = asPizhuError(err);
  return { message: e.wordedIn(lang), exitCode: EXIT_CODES[e.code] ?? 1, code: e.code };
}

/** Columns a string takes in a terminal: Chinese characters and full-width forms take two. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
  return width;
}

/** `label: value` lines with the values lined up, however wide the labels are in their language. */
export function labelled(rows: readonly (readonly [label: string, value: string | number])[]): string {
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  return rows.map(([label, value]) => `${label}${' '.repeat(width - displayWidth(label) + 2)}${value}`).join('\n');
}
