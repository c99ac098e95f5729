// How the CLI decides which language to answer in, from the flag, the locale and the app's
// setting, decided without starting a process (cli.test.ts runs the real one).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../project/testing/fixtures';
import { chooseLanguage, environmentLanguage, localeLanguage, parseLanguage } from './language';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

/** An environment with this config folder and `vars`, nothing inherited. */
const envWith = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => ({ PIZHU_CONFIG_DIR: tmp.file('config'), ...vars });

describe('the CLI language', () => {
  it('takes --lang in the spellings people type, and refuses one it has no catalog for', () => {
    expect(parseLanguage('zh-CN')).toBe('zh-CN');
    expect(parseLanguage('zh')).toBe('zh-CN');
    expect(parseLanguage('zh_CN')).toBe('zh-CN');
    expect(parseLanguage('EN')).toBe('en');
    expect(parseLanguage('en_GB')).toBe('en');
    expect(parseLanguage('fr')).toBeNull();
  });

  it('reads a locale: zh_* is Chinese, any other language English, C and POSIX say nothing', () => {
    expect(localeLanguage('zh_CN.UTF-8')).toBe('zh-CN');
    expect(localeLanguage('zh_SG.GB18030')).toBe('zh-CN');
    expect(localeLanguage('en_US.UTF-8')).toBe('en');
    expect(localeLanguage('de_DE@euro')).toBe('en');
    expect(localeLanguage('C.UTF-8')).toBeNull();
    expect(localeLanguage('POSIX')).toBeNull();
    expect(localeLanguage('')).toBeNull();
  });

  it('gives Traditional Chinese readers the Traditional catalog when there is one, else Simplified', () => {
    expect(['zh-TW', 'zh-CN']).toContain(localeLanguage('zh_TW.UTF-8'));
    expect(localeLanguage('zh_HK.UTF-8')).toBe(localeLanguage('zh_TW.UTF-8'));
  });

  it('lets LC_ALL win over LC_MESSAGES over LANG, skipping those set empty', () => {
    expect(environmentLanguage({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(environmentLanguage({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'en_US.UTF-8', LC_ALL: '' })).toBe('en');
    expect(environmentLanguage({})).toBeNull();
  });

  it('falls back to the language chosen in the app, then to Chinese', () => {
    expect(chooseLanguage(null, envWith({ LANG: 'C.UTF-8' }))).toBe('zh-CN');
    mkdirSync(tmp.file('config'));
    writeFileSync(join(tmp.file('config'), 'preferences.json'), JSON.stringify({ language: 'en' }));
    expect(chooseLanguage(null, envWith({ LANG: 'C.UTF-8' }))).toBe('en');
    expect(chooseLanguage(null, envWith({ LANG: 'zh_CN.UTF-8' }))).toBe('zh-CN');
    expect(chooseLanguage('zh-CN', envWith({ LC_ALL: 'en_US.UTF-8' }))).toBe('zh-CN');
    writeFileSync(join(tmp.file('config'), 'preferences.json'), '{ not json');
    expect(chooseLanguage(null, envWith())).toBe('zh-CN');
  });
});
