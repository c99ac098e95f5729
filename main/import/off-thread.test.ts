import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../services/dispatch';
import { createNodeServices } from '../services/node-services';
import { DEFAULT_BUDGET, importInWorker } from './off-thread';

const encode = (s: string) => new TextEncoder().encode(s);
/** Deep and long: its import takes far longer than the waits and budgets below, on any machine. */
const slowPage = () =>
  encode(
    `<!doctype html><html><head><title>嵌套</title></head><body>${'<div>'.repeat(100_000)}` +
      `${`<p class="p">${'腾讯宣布开源混元大模型。'.repeat(4)}</p>`.repeat(20_000)}${'</div>'.repeat(100_000)}</body></html>`,
  );

describe('an import runs in a worker, within its budgets', () => {
  it('imports in the worker and hands back the preview', async () => {
    const preview = await importInWorker({ kind: 'file', fileName: '短文.txt', bytes: encode('标题\n正文第一段。'), options: {}, lang: 'zh-CN' });
    expect(preview.content.text).toBe('标题\n正文第一段。');
    expect(preview.format).toBe('text');
  });

  it('gives back a refusal with its key, worded in the language asked for', async () => {
    const job = { kind: 'file', fileName: 'empty.md', bytes: new Uint8Array(0), options: {}, lang: 'en' } as const;
    await expect(importInWorker(job)).rejects.toMatchObject({ code: 'bad-input', key: 'import.error.empty', message: '“empty.md” is empty; there is nothing to import.' });
  });

  it('stops an import that runs past its time and says so, naming the file', async () => {
    const job = { kind: 'file', fileName: 'slow.html', bytes: slowPage(), options: {}, lang: 'zh-CN' } as const;
    await expect(importInWorker(job, { ...DEFAULT_BUDGET, timeMs: 200 })).rejects.toMatchObject({
      key: 'import.error.timedOut',
      message: '导入“slow.html”超过了 0.2 秒，已停止，没有添加任何内容。该文件可能是有意拖慢读取的。',
    });
  });

  it('runs the next import in a fresh worker after one was stopped', async () => {
    const slow = { kind: 'file', fileName: 'slow.html', bytes: slowPage(), options: {}, lang: 'en' } as const;
    await expect(importInWorker(slow, { ...DEFAULT_BUDGET, timeMs: 100 })).rejects.toMatchObject({ key: 'import.error.timedOut' });
    const pasted = await importInWorker({ kind: 'paste', text: '粘贴的标题\n粘贴的正文。', options: {}, lang: 'en' });
    expect(pasted.content.text).toBe('粘贴的标题\n粘贴的正文。');
  });

  it('stops an import that needs more memory than its budget and says so, naming the file', async () => {
    const page = encode(`<html><body><article>${'<p>腾讯宣布开源混元大模型，<b>总参数量</b> 389B。</p>'.repeat(80_000)}</article></body></html>`);
    const job = { kind: 'file', fileName: 'long.html', bytes: page, options: {}, lang: 'en' } as const;
    await expect(importInWorker(job, { ...DEFAULT_BUDGET, heapMb: 64 })).rejects.toMatchObject({
      key: 'import.error.outOfMemory',
      message: 'Importing “long.html” needed more than 64 MB of memory and was stopped; nothing was added.',
    });
  });

  it('keeps answering other calls while a slow page is imported', async () => {
    const services = createNodeServices({ mode: 'browser', configDir: mkdtempSync(join(tmpdir(), 'pizhu-busy-')) });
    let importDone = false;
    const importing = dispatch(services.handlers, 'importPreview', { source: { kind: 'file', fileName: 'deep.html', bytes: slowPage() }, options: {} }, 'zh-CN').then((r) => {
      importDone = true;
      return r;
    });
    await sleep(150);
    const asked = performance.now();
    const prefs = await dispatch(services.handlers, 'getPreferences', undefined, 'zh-CN');
    const answeredInMs = performance.now() - asked;
    expect(prefs.ok).toBe(true);
    expect(importDone).toBe(false);
    expect(answeredInMs).toBeLessThan(100);
    const preview = await importing;
    expect(preview).toMatchObject({ ok: true, value: { fileName: 'deep.html', warnings: [expect.stringContaining('256')] } });
  });
});
