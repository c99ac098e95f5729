import { describe, expect, it } from 'vitest';
import { catalogs, translate } from './index';

const keysOf = (node: unknown, prefix = ''): string[] =>
  typeof node === 'string'
    ? [prefix]
    : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));

describe('UI string catalogs', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keysOf(catalogs.en).sort()).toEqual(keysOf(catalogs['zh-CN']).sort());
  });

  it('have no empty strings', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const key of keysOf(catalogs[lang])) expect(translate(lang, key), `${lang} ${key}`).not.toBe('');
    }
  });

  it('use full-width punctuation next to Chinese in the Chinese catalog', () => {
    // A half-width , : ; ? ! ( ) right after a Chinese character (or a bracket opening onto one)
    // reads as a typo in Chinese text; Latin-only phrases and placeholders keep theirs.
    const halfWidth = /(?<=\p{Script=Han}|[」）》”])[,:;?!()]|[(](?=\p{Script=Han})/u;
    const offenders = keysOf(catalogs['zh-CN']).filter((key) => halfWidth.test(translate('zh-CN', key)));
    expect(offenders).toEqual([]);
  });

  it('fill placeholders and fall back to the key for an unknown one', () => {
    expect(translate('zh-CN', 'about.version', { version: '1.2.3' })).toBe('版本 1.2.3');
    expect(translate('en', 'about.version', { version: '1.2.3' })).toBe('Version 1.2.3');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
