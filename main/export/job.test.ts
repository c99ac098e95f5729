import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ExportProgress } from '../../shared/export/progress';
import type { ProjectStore } from '../project/store';
import { tempDir } from '../project/testing/fixtures';
import { ExportJob, exportToFile } from './index';
import { ChromiumPdfPrinter } from './pdf-printer';
import { SEED_CLAIMS, seedProject } from './testing/seed-project';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;
let printer: ChromiumPdfPrinter;

beforeAll(async () => {
  tmp = tempDir();
  store = await seedProject(tmp.file('腾讯.pizhu'));
  printer = new ChromiumPdfPrinter();
});
afterAll(async () => {
  await printer?.close();
  store?.close();
  tmp?.remove();
});

describe('an export the user watches and cancels', () => {
  it('reports pages laid out and annotations written, one step after another', async () => {
    const seen: ExportProgress[] = [];
    const job = new ExportJob('zh-CN', (p) => seen.push(p));
    const written = await exportToFile(store, { format: 'pdf' }, tmp.file('报告.pdf'), { printer, job });
    expect([...new Set(seen.map((p) => p.stage))]).toEqual(['prepare', 'print', 'annotate', 'save']);
    expect(seen.at(-1)!.pages).toBe(written.pages);
    expect(seen.at(-1)!.annotations).toEqual({ done: SEED_CLAIMS.length, total: SEED_CLAIMS.length });
  });

  it('cancelled while Chromium prints, writes nothing and leaves the previous file as it was', async () => {
    const out = tmp.file('existing.pdf');
    writeFileSync(out, 'the previous export');
    const job = new ExportJob('zh-CN', (p) => {
      if (p.stage === 'print') job.cancel();
    });
    await expect(exportToFile(store, { format: 'pdf' }, out, { printer, job })).rejects.toMatchObject({ code: 'cancelled', message: '已取消导出，没有写入任何文件。' });
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
  });

  it('cancelled before it starts, creates no file', async () => {
    const job = new ExportJob('en');
    job.cancel();
    await expect(exportToFile(store, { format: 'csv' }, tmp.file('claims.csv'), { job })).rejects.toMatchObject({ code: 'cancelled', message: 'Export cancelled; no file was written.' });
    expect(existsSync(tmp.file('claims.csv'))).toBe(false);
  });
});
