// pizhu claim delete / article rename / article delete on a real project file: an editor tidies
// a project from the terminal, and the app then shows the same thing.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cliHarness } from '../testing';
import { main } from '../main';
import { ProjectStore } from '../../project/store';
import { checkProject } from '../../project/check';
import { addShotComparison } from '../../project/testing/comparisons';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle } from '../../project/testing/fixtures';

const cli = cliHarness();

/** A project with the sample article, one claim carrying evidence, and a comparison backing it. */
function project(name = '混元') {
  const file = cli.tmp.file(`${name}.pizhu`);
  const store = ProjectStore.create(file, { title: '混元核查', author: EDITOR, lang: 'zh-CN' });
  const article = store.addArticle(sampleArticle());
  const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B') });
  store.addEvidence(claim.id, { title: '技术报告', stance: 'supports' });
  const comparison = addShotComparison(store, [claim.id]);
  store.close();
  return { file, articleId: article.id, claimId: claim.id, comparisonId: comparison.id };
}

const readBack = <T>(file: string, fn: (store: ProjectStore) => T): T => {
  const store = ProjectStore.open(file, { author: EDITOR, readOnly: true });
  try {
    return fn(store);
  } finally {
    store.close();
  }
};

function inEnglish(): void {
  mkdirSync(cli.tmp.file('config'), { recursive: true });
  writeFileSync(cli.tmp.file('config/preferences.json'), JSON.stringify({ language: 'en' }));
}

async function run(...args: string[]): Promise<{ code: number; json: unknown }> {
  cli.out = '';
  cli.err = '';
  const code = await main(args);
  return { code, json: args.includes('--json') && code === 0 ? JSON.parse(cli.out) : undefined };
}

describe('pizhu claim delete', () => {
  it('deletes a claim that backs a comparison; the comparison stays, unlinked, and the file checks clean', async () => {
    const { file, claimId, comparisonId, articleId } = project();
    const r = await run('claim', 'delete', file, claimId.slice(0, 8), '--json');
    expect(r.code).toBe(0);
    expect(r.json).toEqual({ ok: true, deleted: { claim: claimId, exact: '总参数量 389B', evidence: 1 }, unlinkedComparisons: [comparisonId] });
    readBack(file, (store) => {
      expect(store.listClaims(articleId)).toEqual([]);
      expect(store.getComparison(comparisonId).claimIds).toEqual([]);
    });
    expect(checkProject(file).ok).toBe(true);
  });

  it('says what it did in Chinese by default and in English when the user reads English', async () => {
    const { file, claimId } = project();
    await run('claim', 'delete', file, claimId);
    expect(cli.out).toBe(`已删除论断 ${claimId}「总参数量 389B」及其 1 条证据；1 个截图对比保留，不再与它关联。\n`);

    const second = project('元宝');
    inEnglish();
    await run('claim', 'delete', second.file, second.claimId);
    expect(cli.out).toMatch(/^Deleted claim .* “总参数量 389B” with its 1 evidence items; 1 screenshot comparisons stay/);
  });

  it('names a claim that is not there and changes nothing', async () => {
    const { file, claimId } = project();
    expect((await run('claim', 'delete', file, 'ffffffff', '--json')).code).toBe(1);
    expect(cli.err).toMatch(/「.*混元\.pizhu」里没有论断「ffffffff」/);
    expect(JSON.parse(cli.out)).toMatchObject({ ok: false, error: { code: 'cli' } });
    readBack(file, (store) => expect(store.getClaim(claimId).id).toBe(claimId));
  });
});

describe('pizhu article rename and delete', () => {
  it('renames an article so the navigator list and the article text command both show the new title', async () => {
    const { file, articleId } = project();
    const r = await run('article', 'rename', file, articleId, '腾讯混元：参数之争 𠮷🙂', '--json');
    expect(r.json).toEqual({ ok: true, id: articleId, title: '腾讯混元：参数之争 𠮷🙂', revision: 1 });
    readBack(file, (store) => expect(store.listArticles()[0]!.title).toBe('腾讯混元：参数之争 𠮷🙂'));
    expect((await run('article', file, '--json')).json).toMatchObject({ title: '腾讯混元：参数之争 𠮷🙂' });
    await run('article', 'rename', file, articleId, '元宝');
    expect(cli.out).toBe(`已把文章 ${articleId} 改名为「元宝」。\n`);
  });

  it('refuses an empty title, in the user’s words', async () => {
    const { file, articleId } = project();
    expect((await run('article', 'rename', file, articleId, '  ')).code).toBe(1);
    expect(cli.err).toContain('文章需要标题');
  });

  it('deletes an article with its claims; its comparisons stay and the file checks clean', async () => {
    const { file, articleId, comparisonId } = project();
    const r = await run('article', 'delete', file, articleId, '--json');
    expect(r.json).toEqual({ ok: true, deleted: { article: articleId, title: '腾讯混元与元宝', claims: 1 } });
    readBack(file, (store) => {
      expect(store.listArticles()).toEqual([]);
      expect(store.getComparison(comparisonId).claimIds).toEqual([]);
    });
    expect(checkProject(file).ok).toBe(true);
    inEnglish();
    expect((await run('article', 'delete', file, articleId)).code).toBe(1);
    expect(cli.err).toMatch(/no article/);
  });
});
