import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from '../cli/main';
import { tempDir } from '../project/testing/fixtures';
import { seedProject } from './testing/seed-project';

let tmp: ReturnType<typeof tempDir>;
let out: string;
let err: string;

beforeEach(async () => {
  tmp = tempDir();
  vi.stubEnv('PIZHU_CONFIG_DIR', tmp.file('config'));
  (await seedProject(tmp.file('腾讯.pizhu'))).close();
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  tmp.remove();
});

describe('pizhu export', () => {
  it('writes the claims with a chosen verdict as CSV and reports what it wrote as JSON', async () => {
    const csv = tmp.file('claims.csv');
    const code = await main(['export', tmp.file('腾讯.pizhu'), '--format', 'csv', '-o', csv, '--verdict', 'true', '--verdict', 'misleading', '--lang', 'en', '--json']);
    expect(code, err).toBe(0);
    const result = JSON.parse(out);
    expect(result).toEqual({ output: csv, format: 'csv', claims: 2, bytes: readFileSync(csv).length });
    expect(readFileSync(csv, 'utf8')).toContain(',misleading,checked,');
  });

  it('fails with the reason, naming PIZHU_CHROMIUM, when no Chromium can print the PDF', async () => {
    vi.stubEnv('PIZHU_CHROMIUM', '/nonexistent');
    expect(await main(['export', tmp.file('腾讯.pizhu'), '-f', 'pdf', '-o', tmp.file('x.pdf')])).toBe(1);
    expect(err).toMatch(/PIZHU_CHROMIUM=\/nonexistent/);
  });
});
