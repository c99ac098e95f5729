// pizhu claims / claim add / claim set on a real project file: an editor marks claims from the
// terminal and reads them back, positions counted in code points past 𠮷 and an emoji.
import { describe, expect, it } from 'vitest';
import { cliHarness } from '../testing';
import { main } from '../main';
import { ProjectStore } from '../../project/store';
import { EDITOR, SAMPLE_TEXT, sampleArticle } from '../../project/testing/fixtures';
import { CodePointIndex } from '../../../shared/text/codepoints';

const cli = cliHarness();

/** A project holding the sample article (or `texts`), closed again; returns its path and article ids. */
function project(...texts: string[]): { file: string; articleIds: string[] } {
  const file = cli.tmp.file('混元.pizhu');
  const store = ProjectStore.create(file, { title: '混元核查', author: EDITOR, lang: 'zh-CN' });
  const articleIds = (texts.length ? texts : [SAMPLE_TEXT]).map((t) => store.addArticle(sampleArticle(t)).id);
  store.close();
  return { file, articleIds };
}

async function run(...args: string[]): Promise<{ code: number; json: unknown }> {
  cli.out = '';
  cli.err = '';
  const code = await main(args);
  return { code, json: args.includes('--json') && code === 0 ? JSON.parse(cli.out) : undefined };
}

describe('pizhu claim add', () => {
  it('marks a quotation of the only article, counting positions in code points', async () => {
    const { file, articleIds } = project();
    const r = await run('claim', 'add', file, '--quote', '总参数量 389B', '--tag', '数据', '--strength', '3', '--verdict', '属实', '--note', '见技术报告', '--json');
    expect(r.code).toBe(0);
    const index = new CodePointIndex(SAMPLE_TEXT);
    const start = index.toCodePoint(SAMPLE_TEXT.indexOf('总参数量'));
    expect(r.json).toMatchObject({
      articleId: articleIds[0],
      exact: '总参数量 389B',
      start,
      end: start + 9,
      tags: ['数据'],
      strength: 3,
      verdict: 'true',
      status: 'to-check',
      note: '见技术报告',
      orphan: false,
    });
    expect((r.json as { prefix: string }).prefix.startsWith('𠮷🙂')).toBe(true);
  });

  it('takes the Nth occurrence and English ids or labels for verdict and status', async () => {
    const { file } = project('参数 A,参数 B,参数 C');
    const r = await run('claim', 'add', file, '--quote', '参数', '--occurrence', '3', '--verdict', 'misleading', '--status', 'needs review', '--json');
    expect(r.json).toMatchObject({ start: 10, end: 12, verdict: 'misleading', status: 'needs-review' });
  });

  it('explains a quote that is not in the article and changes nothing', async () => {
    const { file } = project();
    expect((await run('claim', 'add', file, '--quote', '总参数量 999B')).code).toBe(1);
    expect(cli.err).toMatch(/文章里没有「总参数量 999B」这段原文/);
    expect((await run('claim', 'add', file, '--quote', '389B', '--occurrence', '2', '--lang', 'en')).code).toBe(1);
    expect(cli.err).toMatch(/“389B” does not occur 2 times/);
    expect((await run('claims', file, '--json')).json).toEqual([]);
  });

  it('refuses a tag that is not in the codebook, naming the tags there are', async () => {
    const { file } = project();
    expect((await run('claim', 'add', file, '--quote', '389B', '--tag', '传闻')).code).toBe(1);
    expect(cli.err).toMatch(/编码表里没有标签「传闻」。现有标签：数据、排名/);
  });

  it('asks for --article when the project has several articles', async () => {
    const { file, articleIds } = project(SAMPLE_TEXT, '另一篇文章里的 389B');
    expect((await run('claim', 'add', file, '--quote', '389B', '--lang', 'en')).code).toBe(1);
    expect(cli.err).toMatch(/has 2 articles; choose one with --article/);
    const r = await run('claim', 'add', file, '--article', articleIds[1]!, '--quote', '389B', '--json');
    expect(r.json).toMatchObject({ articleId: articleIds[1], start: 8, end: 12 });
  });
});

describe('pizhu claim set and pizhu claims', () => {
  it('changes a claim and lists it with its tags by name', async () => {
    const { file } = project();
    const added = (await run('claim', 'add', file, '--quote', '月访问量不到 200 万', '--json')).json as { id: string };
    const r = await run('claim', 'set', file, added.id, '--tag', '排名', '--tag', '数据', '--verdict', '不实', '--status', '已核查', '--json');
    expect(r.json).toMatchObject({ id: added.id, tags: ['数据', '排名'], verdict: 'false', status: 'checked' });
    const listed = (await run('claims', file, '--json')).json as { id: string; tags: string[] }[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: added.id, exact: '月访问量不到 200 万', tags: ['数据', '排名'] });
    await run('claims', file);
    expect(cli.out).toContain('“月访问量不到 200 万”  数据,排名  不实  已核查');
    await run('claims', file, '--lang', 'en');
    expect(cli.out).toContain('“月访问量不到 200 万”  数据,排名  false  checked');
  });

  it('refuses an unknown verdict, listing the accepted ones', async () => {
    const { file } = project();
    const added = (await run('claim', 'add', file, '--quote', '389B', '--json')).json as { id: string };
    expect((await run('claim', 'set', file, added.id, '--verdict', '大概对', '--lang', 'en')).code).toBe(1);
    expect(cli.err).toMatch(/unknown verdict “大概对”; use one of true \(true\), mostly-true \(mostly true\)/);
    expect((await run('claim', 'set', file, added.id, '--verdict', '大概对')).code).toBe(1);
    expect(cli.err).toMatch(/不认识结论「大概对」：请用 true \(属实\)、mostly-true \(基本属实\)/);
  });
});
