// The bundled CLI (scripts/build-cli.mjs) as it ships: built into a folder of its own inside the
// package (so node_modules resolve as they do for out/cli), then run as a process. Each worker
// thread the commands start is found beside the chunk that starts it, and works from there:
// the importer and the merge planner.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { buildCli, CLI_ENTRIES } from '../../scripts/build-cli.mjs';
import { tempDir } from '../project/testing/fixtures';

const outDir = resolve(`out/cli-test-${process.pid}`);
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  tmp = tempDir();
  await buildCli(outDir);
});
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  tmp.remove();
});

/** Runs the bundle's main() as bin/pizhu.mjs would, in a process of its own. */
function bundled(...args: string[]) {
  const runner = tmp.file('run.mjs');
  writeFileSync(runner, `const { main } = await import(${JSON.stringify(pathToFileURL(join(outDir, 'pizhu.js')).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  return spawnSync(process.execPath, [runner, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PIZHU_CONFIG_DIR: tmp.file('config'), LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  });
}

/** Runs one message through a worker entry of the bundle and returns its reply. */
function ask<T>(entry: string, workerData: unknown, message?: unknown): Promise<T> {
  const worker = new Worker(join(outDir, `${entry}.js`), { workerData });
  return new Promise<T>((done, fail) => {
    worker.once('message', (reply: T) => void worker.terminate().then(() => done(reply)));
    worker.once('error', fail);
    if (message !== undefined) worker.postMessage(message);
  });
}

describe('the bundled pizhu command', () => {
  it('has every worker it starts beside the chunk that starts it', () => {
    const files = readdirSync(outDir);
    for (const entry of Object.keys(CLI_ENTRIES)) expect(files).toContain(`${entry}.js`);
    const wanted = files
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => [...readFileSync(join(outDir, f), 'utf8').matchAll(/new URL\("\.\/([\w-]+\.js)", import\.meta\.url\)/g)].map((m) => m[1]!));
    expect(new Set(wanted)).toEqual(new Set(['import-worker.js', 'merge-plan-worker.js']));
    for (const file of wanted) expect(files).toContain(file);
  });

  it('prints its version and help, and imports an article through the import worker', () => {
    expect(bundled('--version').stdout.trim()).toBe(pkg.version);
    expect(bundled('--help', '--lang', 'en').stdout).toMatch(/^Usage: pizhu/);
    const file = tmp.file('混元.pizhu');
    expect(bundled('new', file).status).toBe(0);
    const imported = bundled('import', file, 'fixtures/articles/seed-tencent-ai.txt', '--json');
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)[0]).toMatchObject({ title: '腾讯的AI困局', encoding: { name: 'utf-8' } });
    expect(bundled('check', file, '--lang', 'en').stdout).toMatch(/: ok \(/);
  });

  it('plans a merge in the merge worker', async () => {
    const mine = tmp.file('mine.pizhu');
    expect(bundled('new', mine).status).toBe(0);
    const theirs = tmp.file('theirs.pizhu');
    copyFileSync(mine, theirs);
    const reply = await ask<{ ok: boolean; message?: string }>('merge-plan-worker', {
      minePath: mine,
      theirsPath: theirs,
      author: { id: 'a', name: '编辑' },
      lang: 'zh-CN',
    });
    expect(reply).toMatchObject({ ok: true });
  });

  it('exports an HTML report from its export chunk', () => {
    const file = tmp.file('报告.pizhu');
    expect(bundled('new', file).status).toBe(0);
    expect(bundled('import', file, 'fixtures/articles/seed-tencent-ai.txt').status).toBe(0);
    const out = tmp.file('报告.html');
    const exported = bundled('export', file, '-f', 'html', '-o', out, '--lang', 'en');
    expect(exported.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('腾讯的AI困局');
  });
});
