// The UI string catalogs and a small translator for code outside React (main's menus and
// error messages, the CLI). The renderer feeds the same catalogs to i18next.
import { zhCN } from './zh-CN';
import { en } from './en';
import { zhTW } from './zh-TW';
import type { Language } from '../preferences';

import type { Catalog } from './catalog';

export type { Catalog };

export const catalogs: Record<Language, Catalog> = { 'zh-CN': zhCN, en, 'zh-TW': zhTW };

/** Looks up `a.b.c` in a catalog and fills `{{name}}` slots; an unknown key returns itself. */
export function translate(lang: Language, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = catalogs[lang];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(vars[name] ?? ''));
}

/** True when `key` names a string in the catalogs (a schema's refinement may carry one as its message). */
export const isCatalogKey = (key: string): boolean => translate('en', key) !== key;
