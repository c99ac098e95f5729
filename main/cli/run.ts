// What holds for one `pizhu` run, set by main() before the command starts: the language it speaks
// (language.ts) and --take-over. Commands read them through cliSession() and cliReader().
import type { Language } from '../../shared/preferences';
import { chooseLanguage } from './language';

let lang: Language | null = null;
let takeOver = false;

export function setRunLanguage(value: Language | null): void {
  lang = value;
}

/** `pizhu --take-over …`: the user says the computer holding a project's lock no longer has it open. */
export function setTakeOver(value: boolean): void {
  takeOver = value;
}

/** The language of this run; outside a run (a test calling a command's helper) the same choice afresh. */
export const runLanguage = (): Language => lang ?? chooseLanguage(null);

export const runTakeOver = (): boolean => takeOver;
