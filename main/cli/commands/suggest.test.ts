// pizhu suggest / pizhu artefacts on a real project: an editor imports the seed article from the
// terminal, then asks which statements to check and how the text travelled.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliHarness } from '../testing';
import { main } from '../main';
import { ProjectStore } from '../../project/store';
import { EDITOR } from '../../project/testing/fixtures';
import { cpSlice } from '../../../shared/text/codepoints';

const cli = cliHarness();
const SEED = fileURLToPath(new URL('../../../fixtures/articles/seed-tencent-ai.txt', import.meta.url));

async function run(...args: string[]): Promise<{ code: number; out: string }> {
  cli.out = '';
  cli.err = '';
  const code = await main(args);
  return { code, out: cli.out };
}

/** A new project with the seed imported through the CLI; returns its path and the article text. */
async function seededProject(): Promise<{ file: string; text: string }> {
  const file = cli.tmp.file('混元.pizhu');
  expect((await run('new', file)).code).toBe(0);
  expect((await run('import', file, SEED)).code).toBe(0);
  const store = ProjectStore.open(file, { author: EDITOR, lang: 'zh-CN', readOnly: true });
  const text = store.getArticle(store.listArticles()[0]!.id).content.text;
  store.close();
  return { file, text };
}

describe('pizhu suggest', () => {
  it('leaves out the suggestions dismissed in the project, as the app does, unless --all', async () => {
    const { file } = await seededProject();
    const all = JSON.parse((await run('suggest', file, '--json')).out) as { exact: string; start: number; end: number }[];
    const params = all.find((s) => s.exact === '总参数量 389B')!;
    const store = ProjectStore.open(file, { author: EDITOR });
    store.dismissSuggestion(`${store.listArticles()[0]!.id}:${params.start}:${params.end}:${params.exact}`, 'statistic');
    store.close();
    const left = JSON.parse((await run('suggest', file, '--json')).out) as { exact: string }[];
    expect(left.map((s) => s.exact)).not.toContain('总参数量 389B');
    expect(left).toHaveLength(all.length - 1);
    expect(JSON.parse((await run('suggest', file, '--all', '--json')).out)).toHaveLength(all.length);
  });

  it('lists the check-worthy statements of the imported seed with tags, reasons and code-point spans', async () => {
    const { file, text } = await seededProject();
    const r = await run('suggest', file, '--json');
    expect(r.code).toBe(0);
    const items = JSON.parse(r.out) as { exact: string; start: number; end: number; tag: string; reason: string; score: number }[];
    const params = items.find((s) => s.exact === '总参数量 389B');
    expect(params).toMatchObject({ tag: '数据' });
    expect(params!.reason).toContain('389B');
    expect(items.find((s) => s.exact.includes('仅排在了第 11 位'))).toMatchObject({ tag: '排名' });
    for (const s of items) expect(cpSlice(text, s.start, s.end)).toBe(s.exact);

    const human = await run('suggest', file);
    expect(human.out).toContain('“总参数量 389B”');
    expect(human.out).toContain('含数字与单位：389B');
  });
});

describe('pizhu artefacts', () => {
  it('reports 領網域, 軟體 and the padded quotes of the imported seed without changing it', async () => {
    const { file, text } = await seededProject();
    const r = await run('artefacts', file, '--json');
    expect(r.code).toBe(0);
    const items = JSON.parse(r.out) as { exact: string; kind: string; suggestion?: string; count?: number; start: number; end: number }[];
    expect(items.find((f) => f.exact === '軟體')).toMatchObject({ kind: 'traditional', suggestion: '软件' });
    expect(items.find((f) => f.exact === '领網域')).toMatchObject({ kind: 'mixed-script', suggestion: '领域' });
    expect(items.find((f) => f.exact === '" 双修 "')).toMatchObject({ kind: 'padded-quotes', suggestion: '“双修”' });
    expect(items.find((f) => f.kind === 'halfwidth-punctuation')!.count).toBeGreaterThan(100);
    for (const f of items) expect(cpSlice(text, f.start, f.end)).toBe(f.exact);

    const human = await run('artefacts', file);
    expect(human.out).toContain('“軟體”  → 软件');
    const store = ProjectStore.open(file, { author: EDITOR, lang: 'zh-CN', readOnly: true });
    expect(store.getArticle(store.listArticles()[0]!.id).content.text).toBe(text);
    store.close();
  });

  it('names the missing article when the project has none', async () => {
    const file = cli.tmp.file('空.pizhu');
    await run('new', file);
    const r = await run('artefacts', file, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(cli.err).toContain('import one first');
  });
});
