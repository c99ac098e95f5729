import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSpan } from '../../shared/anchoring/selectors';
import { cpLength } from '../../shared/text/codepoints';
import { ProjectStore } from '../project/store';
import { EDITOR, tempDir } from '../project/testing/fixtures';
import { importCommit, importPreview } from './import-service';

const SEED = 'fixtures/articles/seed-tencent-ai.txt';
const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function project() {
  const dir = tempDir();
  dirs.push(dir);
  const path = dir.file('p.pizhu');
  return { dir, path, store: ProjectStore.create(path, { title: '测试', author: EDITOR }) };
}

const anchorFor = (text: string, exact: string) => {
  const start = cpLength(text.slice(0, text.indexOf(exact)));
  const { quote, position } = describeSpan(text, start, start + cpLength(exact));
  return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end };
};

describe('importing into a project', () => {
  it('imports the GB18030 copy of the seed with the same text as the UTF-8 original', async () => {
    const { store } = project();
    const a = await importCommit(store, { kind: 'path', path: SEED }, {}, 'zh-CN');
    const b = await importCommit(store, { kind: 'path', path: 'fixtures/articles/seed-tencent-ai.gb18030.txt' }, {}, 'zh-CN');
    expect(b.content.text).toBe(a.content.text);
    expect(b.importInfo.encoding).toBe('gb18030');
    expect(b.originalAssetHash).not.toBeNull();
    expect(store.listArticles()).toHaveLength(2);
    store.close();
  });

  it('offers a newer version of an article with the same source URL as its new revision', async () => {
    const { store } = project();
    const html = readFileSync('fixtures/articles/page-with-chrome.html');
    await importCommit(store, { kind: 'file', fileName: 'page.html', bytes: html }, {}, 'zh-CN');
    const again = await importPreview(store, { kind: 'file', fileName: 'page.html', bytes: html }, {}, 'zh-CN');
    expect(again.sameSourceArticleId).toBe(store.listArticles()[0]!.id);
    store.close();
  });

  it('moves claims to a new revision, and keeps a claim whose passage is gone as an orphan', async () => {
    const { store } = project();
    const article = await importCommit(store, { kind: 'path', path: SEED }, {}, 'zh-CN');
    const text = article.content.text;
    const params = store.addClaim({ articleId: article.id, anchor: anchorFor(text, '总参数量 389B') });
    const ranking = store.addClaim({ articleId: article.id, anchor: anchorFor(text, '仅排在了第 11 位') });

    const edited = readFileSync(SEED, 'utf8')
      .replace('2024 年已经逐渐步入了尾声', '编者按:本文有删改。\n2024 年已经逐渐步入了尾声')
      .replace('在 10 月国内 Web 端 AI 助手的排行榜上,腾讯的 AI 产品元宝仅排在了第 11 位,月访问量不到 200 万,远不及百度的文心一言、与阿里的通义千问。', '');
    const revised = await importCommit(
      store,
      { kind: 'file', fileName: 'seed-v2.txt', bytes: new TextEncoder().encode(edited) },
      {},
      'zh-CN',
      article.id,
    );
    expect(revised.revisionNumber).toBe(2);

    const moved = store.getClaim(params.id);
    expect(moved.orphan).toBe(false);
    expect(moved.revisionId).toBe(revised.revisionId);
    expect([...revised.content.text].slice(moved.anchor.start, moved.anchor.end).join('')).toBe('总参数量 389B');
    expect(moved.anchor.start).toBeGreaterThan(params.anchor.start);

    const lost = store.getClaim(ranking.id);
    expect(lost.orphan).toBe(true);
    expect(lost.anchor.exact).toBe('仅排在了第 11 位');

    // One undo takes the whole revision back, claims included.
    store.undo();
    expect(store.getClaim(params.id).anchor).toEqual(params.anchor);
    expect(store.getClaim(ranking.id).orphan).toBe(false);
    store.close();
  });
});

describe('pizhu import and pizhu article', () => {
  const pizhu = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/pizhu.mjs', ...args], { encoding: 'utf8', env: { ...process.env, PIZHU_CONFIG_DIR: tempDirFor() } });
  const tempDirFor = () => {
    const d = tempDir();
    dirs.push(d);
    return d.dir;
  };

  it('prints, per article, its encoding, characters in code points and blocks by kind', () => {
    const { path, store } = project();
    store.close();
    const r = pizhu('import', path, 'fixtures/articles/astral-emoji.txt', '--json');
    expect(r.status).toBe(0);
    const [a] = JSON.parse(r.stdout);
    const text = pizhu('article', path).stdout;
    expect(a.characters).toBe(cpLength(text.replace(/\n$/, '')));
    expect(a.characters).toBeLessThan(text.length);
    expect(a.encoding.name).toBe('utf-8');
  });

  it('prints a page whose declared charset its bytes contradict with that warning, on stderr and in --json', () => {
    const { path, store } = project();
    store.close();
    const r = pizhu('import', path, 'fixtures/articles/page-gb2312-declared-utf8.html', '--json');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/page-gb2312-declared-utf8\.html: .*gb2312/i);
    const [a] = JSON.parse(r.stdout);
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toMatch(/gb2312/i);
  });

  it('adds nothing when one of the files cannot be imported', () => {
    const { dir, path, store } = project();
    store.close();
    const bad = dir.file('binary.txt');
    writeFileSync(bad, randomBytes(400));
    const r = pizhu('import', path, SEED, bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('binary.txt');
    expect(JSON.parse(pizhu('info', path, '--json').stdout).articles).toBe(0);
  });

  it('names --encoding when a text cannot be decoded', () => {
    const { dir, path, store } = project();
    store.close();
    const latin = dir.file('latin1.txt');
    writeFileSync(latin, Buffer.from('café à la crème, déjà vu, naïve üñîçødé', 'latin1'));
    const r = pizhu('import', path, latin);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--encoding/);
  });
});

describe('offering an import as a new revision by its text', () => {
  it('offers a corrected copy of an article under another file name as its new revision', async () => {
    const { store } = project();
    const first = await importCommit(store, { kind: 'path', path: SEED }, {}, 'zh-CN');
    const corrected = readFileSync(SEED, 'utf8').replace('2024 年已经逐渐步入了尾声', '编者按：本文有删改。\n2024 年已经逐渐步入了尾声');
    const bytes = new TextEncoder().encode(corrected);
    const preview = await importPreview(store, { kind: 'file', fileName: '腾讯AI-修订版.txt', bytes }, {}, 'zh-CN');
    expect(preview.sameSourceArticleId).toBe(first.id);
    store.close();
  });

  it('does not offer an unrelated article as a revision', async () => {
    const { store } = project();
    await importCommit(store, { kind: 'path', path: SEED }, {}, 'zh-CN');
    const html = readFileSync('fixtures/articles/page-with-chrome.html');
    const preview = await importPreview(store, { kind: 'file', fileName: 'other.html', bytes: html }, {}, 'zh-CN');
    expect(preview.sameSourceArticleId).toBeNull();
    store.close();
  });

  it('stores the author and date the user typed in the preview, and drops a field emptied there', async () => {
    const { store } = project();
    const html = readFileSync('fixtures/articles/page-with-chrome.html');
    const source = { author: '林晓、王磊', publishedAt: '2024-11-21', publisher: '' };
    const article = await importCommit(store, { kind: 'file', fileName: 'page.html', bytes: html }, { source }, 'zh-CN');
    expect(store.getArticle(article.id).content.source).toEqual({
      url: 'https://tech.example.cn/a/20241120-yuanbao',
      author: '林晓、王磊',
      publishedAt: '2024-11-21',
      fileName: 'page.html',
    });
    store.close();
  });
});
