// The hostile corpus (fixtures/hostile/generate.ts) imported one file at a time through the real
// `pizhu import`, as a separate process measured by /usr/bin/time: each file is refused with
// its message or imported, within the memory budget, and a refused one leaves the project as it
// was, byte for byte. The seconds and peak memory of each are printed as a table.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHostileCorpus, type HostileFile } from '../../fixtures/hostile/generate';
import { zhCN } from '../../shared/i18n/zh-CN';
import { ProjectStore } from '../project/store';
import { EDITOR, tempDir } from '../project/testing/fixtures';

const PEAK_LIMIT_MB = 1536;
const dir = tempDir();
const corpus = dir.file('corpus');
const config = dir.file('config');
const template = dir.file('template.pizhu');
let files: HostileFile[] = [];
const table: string[] = [];

beforeAll(async () => {
  files = await generateHostileCorpus(corpus);
  ProjectStore.create(template, { title: '敌意输入', author: EDITOR }).close();
}, 240_000);

afterAll(() => {
  process.stdout.write(['', 'file                       outcome    seconds  peak MB', ...table, ''].join('\n'));
  dir.remove();
});

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const escape = (s: string) => s.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');

/** The message of `key` in Chinese (the CLI's language here): the file named, any other slot filled. */
function messagePattern(key: string, file: string): RegExp {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], zhCN) as string;
  return new RegExp(
    template
      .split(/(\{\{\w+\}\})/)
      .map((piece) => (piece === '{{file}}' ? escape(file) : /^\{\{\w+\}\}$/.test(piece) ? '.+' : escape(piece)))
      .join(''),
  );
}

function importThroughCli(file: HostileFile) {
  const project = dir.file(`${file.name}.pizhu`);
  copyFileSync(template, project);
  const before = sha256(project);
  const timing = dir.file(`${file.name}.time`);
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timing, process.execPath, 'bin/pizhu.mjs', 'import', project, `${corpus}/${file.name}`, '--json', '--lang', 'zh-CN'], {
    encoding: 'utf8',
    env: { ...process.env, PIZHU_CONFIG_DIR: config },
  });
  const [seconds, peakKb] = readFileSync(timing, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  const peakMb = Math.round(peakKb! / 1024);
  return { run, seconds: seconds!, peakMb, unchanged: sha256(project) === before };
}

describe('importing the hostile corpus through the command line', () => {
  it.each([
    'zeros-bomb.docx', 'zeros-bomb-lying.docx', 'text-bomb.docx', 'many-entries.docx', 'nested-10k.html', 'nested-100k.html',
    'stray-closers-100k.html', 'nested-100k.md', 'active-content.html', 'drawing.svg', 'program.txt', 'empty.txt', 'empty.html', 'empty.md',
    'empty.docx', 'long-2m.txt',
  ])('%s is refused with a message naming it, or imported, within budget', (name) => {
    const file = files.find((f) => f.name === name)!;
    const { run, seconds, peakMb, unchanged } = importThroughCli(file);
    table.push(`${name.padEnd(26)} ${(run.status === 0 ? 'imported' : 'refused').padEnd(10)} ${seconds.toFixed(2).padStart(7)}  ${String(peakMb).padStart(7)}`);
    expect(peakMb).toBeLessThan(PEAK_LIMIT_MB);
    if (file.expected.outcome === 'refused') {
      expect(run.stderr).toMatch(messagePattern(file.expected.key, name));
      expect(run.status).toBe(1);
      expect(unchanged).toBe(true);
    } else {
      const notWarnings = run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith(`pizhu: ${name}: `));
      expect(notWarnings).toEqual([]);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toHaveLength(1);
      if (file.expected.warning) expect(run.stderr).toMatch(messagePattern(file.expected.warning, name));
    }
  });
});
