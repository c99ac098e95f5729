// Which language the CLI speaks to a person: `--lang`, else the locale (LC_ALL, LC_MESSAGES,
// LANG, in POSIX order), else the app's language preference, else Simplified Chinese, the app's
// default. A locale of C or POSIX says nothing about the reader and is passed over. `--json`
// output keeps its codes whatever the language. Read with few imports: `pizhu --help` needs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogs } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { userConfigDir } from '../services/paths';

const DEFAULT_LANGUAGE: Language = 'zh-CN';

const known = (lang: string): lang is Language => Object.hasOwn(catalogs, lang);

/** The language a Traditional Chinese reader gets: zh-TW once its catalog exists, Simplified until then. */
function traditional(): Language {
  const tw: string = 'zh-TW';
  return known(tw) ? tw : 'zh-CN';
}

/** A `--lang` value: a catalog's name, or a short or locale-style spelling of one (zh, en_US, zh_TW). */
export function parseLanguage(value: string): Language | null {
  const v = value.trim().replace('_', '-').toLowerCase();
  const exact = Object.keys(catalogs).find((l) => l.toLowerCase() === v);
  if (exact) return exact as Language;
  if (/^zh-(tw|hk|mo|hant)/.test(v)) return traditional();
  if (v === 'zh' || v.startsWith('zh-') || v === 'cn') return 'zh-CN';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return null;
}

/** The language a locale value such as zh_CN.UTF-8 asks for; null for C, POSIX or nothing. */
export function localeLanguage(locale: string | undefined): Language | null {
  const name = (locale ?? '').split(/[.@]/)[0]!;
  if (name === '' || name === 'C' || name === 'POSIX') return null;
  if (/^zh[_-](TW|HK|MO)|^zh[_-]Hant/i.test(name)) return traditional();
  return /^zh/i.test(name) ? 'zh-CN' : 'en';
}

/** The first of LC_ALL, LC_MESSAGES and LANG that is set decides, as it does for other programs. */
export function environmentLanguage(env: NodeJS.ProcessEnv = process.env): Language | null {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return localeLanguage(locale);
}

/** The language chosen in the app, read straight from its preferences file (no schema: this runs for --help). */
export function preferredLanguage(env: NodeJS.ProcessEnv = process.env): Language | null {
  try {
    const prefs = JSON.parse(readFileSync(join(userConfigDir(env), 'preferences.json'), 'utf8')) as { language?: unknown };
    return typeof prefs.language === 'string' && known(prefs.language) ? prefs.language : null;
  } catch {
    return null;
  }
}

/** The language for this run, given the `--lang` value if there was one (already checked). */
export function chooseLanguage(flag: Language | null, env: NodeJS.ProcessEnv = process.env): Language {
  return flag ?? environmentLanguage(env) ?? preferredLanguage(env) ?? DEFAULT_LANGUAGE;
}
