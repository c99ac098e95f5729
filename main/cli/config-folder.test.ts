import { describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cliHarness } from './testing';
import { main } from './main';
import { ProjectStore } from '../project/store';
import { createNodeServices } from '../services/node-services';
import { EDITOR, sampleArticle } from '../project/testing/fixtures';

const cli = cliHarness();

/** A config folder that cannot be created: its parent is a regular file (works even as root). */
function unusableConfigDir(): string {
  mkdirSync(cli.tmp.file('x'));
  writeFileSync(cli.tmp.file('x/file.txt'), 'not a folder\n');
  const dir = cli.tmp.file('x/file.txt/config');
  vi.stubEnv('PIZHU_CONFIG_DIR', dir);
  return dir;
}

describe('a config folder that cannot be created', () => {
  it('does not stop commands that only read a project', async () => {
    const file = cli.tmp.file('混元.pizhu');
    const store = ProjectStore.create(file, { title: '混元核查', author: EDITOR });
    store.addArticle(sampleArticle());
    store.close();
    unusableConfigDir();
    expect(await main(['info', file, '--json'])).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject({ title: '混元核查' });
    cli.out = '';
    expect(await main(['check', file])).toBe(0);
    expect(cli.out).toMatch(/检查通过/);
    cli.out = '';
    expect(await main(['claims', file, '--json'])).toBe(0);
    expect(JSON.parse(cli.out)).toEqual([]);
    expect(cli.err).toBe('');
  });

  it('stops a command that records who edits, naming the folder and what to do', async () => {
    const dir = unusableConfigDir();
    const file = cli.tmp.file('新项目.pizhu');
    expect(await main(['new', file])).toBe(8);
    expect(cli.err).toBe(
      `pizhu: 批注无法创建或写入设置文件夹「${dir}」（ENOTDIR），那里保存你的名字和本机安装的编号。请让该文件夹可写，或把 PIZHU_CONFIG_DIR 设为你能写入的文件夹。只读取项目的命令（info、check、各种列表）仍可使用。\n`,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('stops browser mode with the same keyed message naming the folder', () => {
    const dir = unusableConfigDir();
    expect(() => createNodeServices({ mode: 'browser' })).toThrow(expect.objectContaining({ code: 'io', phrase: expect.objectContaining({ key: 'config.cannotSave', vars: { folder: dir, code: 'ENOTDIR' } }) }));
  });
});
