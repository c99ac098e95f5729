import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { cliHarness } from '../cli/testing';
import { main } from '../cli/main';
import { seedProject } from './testing/seed-project';

const cli = cliHarness();

beforeEach(async () => {
  (await seedProject(cli.tmp.file('腾讯.pizhu'))).close();
});

describe('pizhu export', () => {
  it('writes the claims with a chosen verdict as CSV and reports what it wrote as JSON', async () => {
    const csv = cli.tmp.file('claims.csv');
    const code = await main(['export', cli.tmp.file('腾讯.pizhu'), '--format', 'csv', '-o', csv, '--verdict', 'true', '--verdict', 'misleading', '--lang', 'en', '--json']);
    expect(code, cli.err).toBe(0);
    const result = JSON.parse(cli.out);
    expect(result).toEqual({ output: csv, format: 'csv', claims: 2, bytes: readFileSync(csv).length });
    expect(readFileSync(csv, 'utf8')).toContain(',misleading,checked,');
  });

  it('adds the appendix of suggestions and repost traces to the HTML report with --appendix, in the export language', async () => {
    const html = cli.tmp.file('report.html');
    expect(await main(['export', cli.tmp.file('腾讯.pizhu'), '-f', 'html', '-o', html, '--lang', 'en', '--appendix']), cli.err).toBe(0);
    const report = readFileSync(html, 'utf8');
    expect(report).toContain('<h2>Appendix: claim suggestions and repost traces</h2>');
    expect(report).toContain('Likely original: 软件');
    expect(await main(['export', cli.tmp.file('腾讯.pizhu'), '-f', 'html', '-o', html])).toBe(0);
    expect(readFileSync(html, 'utf8')).not.toContain('附录');
  });

  it('fails with the reason, naming PIZHU_CHROMIUM, when no Chromium can print the PDF', async () => {
    vi.stubEnv('PIZHU_CHROMIUM', '/nonexistent');
    expect(await main(['export', cli.tmp.file('腾讯.pizhu'), '-f', 'pdf', '-o', cli.tmp.file('x.pdf')])).toBe(1);
    expect(cli.err).toMatch(/PIZHU_CHROMIUM=\/nonexistent/);
  });
});
