import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ProjectStore } from './store';
import { checkProject } from './check';
import { EDITOR, sampleArticle, tempDir } from './testing/fixtures';

const writer = fileURLToPath(new URL('./testing/crash-writer.ts', import.meta.url));

/** Runs the writer until it has committed at least one claim, waits `ms`, then SIGKILLs it. */
function runAndKill(path: string, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!timer) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended on its own: ${err}`));
      // Only whole lines were committed and reported; a cut-off last line is not an id yet.
      else resolve(out.split('\n').filter((l) => /^[0-9a-f-]{36}$/.test(l)));
    });
  });
}

describe('crash safety', () => {
  it('keeps every committed claim when the writing process is killed at random moments', async () => {
    const tmp = tempDir();
    try {
      const path = tmp.file('crash.pizhu');
      const store = ProjectStore.create(path, { title: '崩溃测试', author: EDITOR });
      const article = store.addArticle(sampleArticle());
      store.close();
      const committed: string[] = [];
      for (let round = 0; round < 25; round++) {
        committed.push(...(await runAndKill(path, Math.floor(Math.random() * 60))));
        const reopened = ProjectStore.open(path, { author: EDITOR });
        const ids = new Set(reopened.listClaims(article.id).map((c) => c.id));
        reopened.close();
        expect(committed.filter((id) => !ids.has(id))).toEqual([]);
        expect(checkProject(path).failures).toEqual([]);
      }
      expect(committed.length).toBeGreaterThan(25);
    } finally {
      tmp.remove();
    }
  }, 60_000);
});
