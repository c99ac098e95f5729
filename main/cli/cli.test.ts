// The pizhu command as a person runs it, a real process through bin/pizhu.mjs: it answers in
// the language asked for with --lang, else the locale, else the app's setting, else Chinese,
// and --json stays the same in every language.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { tempDir } from '../project/testing/fixtures';

const SEED = 'fixtures/articles/seed-tencent-ai.txt';
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.remove());

/** Runs pizhu with a clean locale (C.UTF-8 says nothing about the reader) plus `locale`. */
function pizhu(args: string[], locale: Record<string, string> = {}) {
  const env = { ...process.env, PIZHU_CONFIG_DIR: tmp.file('config'), LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...locale };
  return spawnSync(process.execPath, ['bin/pizhu.mjs', ...args], { encoding: 'utf8', env });
}

/** The app's own language setting, as the settings dialog stores it. */
function appLanguage(language: string): void {
  mkdirSync(tmp.file('config'), { recursive: true });
  writeFileSync(join(tmp.file('config'), 'preferences.json'), JSON.stringify({ language }));
}

/** A project holding the seed article and one claim judged true. */
function seededProject(): string {
  const file = tmp.file('混元.pizhu');
  expect(pizhu(['new', file]).status).toBe(0);
  expect(pizhu(['import', file, SEED]).status).toBe(0);
  expect(pizhu(['claim', 'add', file, '--quote', '总参数量 389B', '--verdict', 'true']).status).toBe(0);
  return file;
}

describe('the pizhu command', () => {
  it('prints its version', () => {
    const r = pizhu(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lists its commands in Chinese by default and in English with --lang en', () => {
    const zh = pizhu(['--help']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toMatch(/^用法：/);
    expect(zh.stdout).toMatch(/命令：\n/);
    expect(zh.stdout).toMatch(/^ {2}import \[options\] <project> <articles\.\.\.> +把文章导入项目/m);
    const en = pizhu(['--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: pizhu/);
    expect(en.stdout).toMatch(/^ {2}import \[options\] <project> <articles\.\.\.> +import articles/m);
  });

  it('shows a command’s own help, its options worded in the reader’s language', () => {
    const r = pizhu(['claim', 'add', '--help']);
    expect(r.stdout).toMatch(/^用法：pizhu claim add \[options\] <file>/);
    expect(r.stdout).toMatch(/--quote <text> +论断的原文/);
    expect(pizhu(['help', 'claims', '--lang', 'en']).stdout).toMatch(/list the claims of an article/);
  });

  it('follows the locale: LC_ALL before LC_MESSAGES before LANG, and a C locale says nothing', () => {
    expect(pizhu(['--help'], { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^Usage:/);
    expect(pizhu(['--help'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }).stdout).toMatch(/^用法：/);
    expect(pizhu(['--help'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }).stdout).toMatch(/^Usage:/);
    appLanguage('en');
    expect(pizhu(['--help'], { LANG: 'C.UTF-8' }).stdout).toMatch(/^Usage:/);
    expect(pizhu(['--help', '--lang', 'zh-CN'], { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^用法：/);
  });

  it('says what is wrong with the command line in the reader’s language', () => {
    const zh = pizhu(['infoo']);
    expect(zh.status).not.toBe(0);
    expect(zh.stderr).toMatch(/^错误：没有「infoo」这个命令。（你是不是想用 info？）/);
    const en = pizhu(['info', '--lang', 'en']);
    expect(en.stderr).toMatch(/^error: missing required argument ‘file’/);
    const lang = pizhu(['--lang', 'fr', 'info', 'x.pizhu']);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toMatch(/^pizhu: 不认识语言「fr」：请用 zh-CN、en(、[\w-]+)* 之一。\n$/);
  });
});

describe('a real command in the reader’s language', () => {
  it('names verdicts and statuses in words, and keeps their codes in --json', () => {
    const file = seededProject();
    const zh = pizhu(['claims', file]);
    expect(zh.stdout).toContain('“总参数量 389B”  -  属实  待核查');
    const en = pizhu(['claims', file], { LANG: 'en_US.UTF-8' });
    expect(en.stdout).toContain('“总参数量 389B”  -  true  to check');
    const jsonZh = pizhu(['claims', file, '--json']);
    const jsonEn = pizhu(['claims', file, '--json', '--lang', 'en']);
    expect(jsonEn.stdout).toBe(jsonZh.stdout);
    expect(JSON.parse(jsonZh.stdout)[0]).toMatchObject({ verdict: 'true', status: 'to-check' });
  });

  it('labels what a project holds, and says why a file is not a project', () => {
    const file = seededProject();
    const zh = pizhu(['info', file]).stdout;
    expect(zh).toMatch(/^文件 {6}.*混元\.pizhu$/m);
    expect(zh).toMatch(/^论断 {6}1$/m);
    expect(pizhu(['info', file, '--lang', 'en']).stdout).toMatch(/^claims: {10}1$/m);
    const folder = tmp.file('文件夹.pizhu');
    mkdirSync(folder);
    expect(pizhu(['check', folder]).stderr).toMatch(/文件夹\.pizhu」是文件夹，不是批注项目/);
    expect(pizhu(['check', folder, '--lang', 'en']).stderr).toMatch(/文件夹\.pizhu” is a folder, not a Pizhu project/);
  });
});
