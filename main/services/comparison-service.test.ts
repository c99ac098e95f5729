import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../project/store';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle, sha256OfFile, tempDir } from '../project/testing/fixtures';
import { createComparison } from './comparison-service';

const IMG = (name: string) => `fixtures/images/${name}`;
const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function projectWithClaim() {
  const dir = tempDir();
  dirs.push(dir);
  const path = dir.file('p.pizhu');
  const store = ProjectStore.create(path, { title: '截图', author: EDITOR });
  const article = store.addArticle(sampleArticle());
  const claim = store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B') });
  return { dir, path, store, claim };
}

const file = (label: string, name: string) => ({ label, fileName: name, bytes: readFileSync(IMG(name)) });

describe('making a screenshot comparison', () => {
  it('stores three answers with thumbnails, each image once', async () => {
    const { store, claim } = projectWithClaim();
    const c = await createComparison(
      store,
      { title: '三家', claimIds: [claim.id], images: [file('元宝', 'yuanbao-answer.png'), file('Kimi', 'kimi-answer.jpg'), file('通义千问', 'tongyi-answer.webp')] },
      'zh-CN',
    );
    expect(c.items.map((i) => [i.label, i.mime])).toEqual([['元宝', 'image/png'], ['Kimi', 'image/jpeg'], ['通义千问', 'image/webp']]);
    expect(c.items.every((i) => i.thumbnailHash)).toBe(true);
    expect(store.stats().assets).toBe(6);
    store.close();
  });

  it('refuses an SVG among the screenshots and stores nothing', async () => {
    const { store, claim } = projectWithClaim();
    await expect(
      createComparison(store, { title: '坏', claimIds: [claim.id], images: [file('元宝', 'yuanbao-answer.png'), file('图', 'drawing.svg')] }, 'zh-CN'),
    ).rejects.toThrow(/SVG/);
    expect(store.stats().assets).toBe(0);
    expect(store.listComparisons()).toEqual([]);
    store.close();
  });
});

describe('pizhu comparison add and pizhu comparisons', () => {
  const pizhu = (...args: string[]) => spawnSync(process.execPath, ['bin/pizhu.mjs', ...args], { encoding: 'utf8', env: { ...process.env, PIZHU_CONFIG_DIR: '/tmp/pizhu-cli-comparison' } });

  it('adds a labelled comparison to a claim and lists it', () => {
    const { path, store, claim } = projectWithClaim();
    store.close();
    const r = pizhu('comparison', 'add', path, '--claim', claim.id, '--title', '总结对比', '--image', `元宝=${IMG('yuanbao-answer.png')}`, '--image', `Kimi=${IMG('kimi-answer.jpg')}`, '--json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ title: '总结对比', claimIds: [claim.id], items: [{ label: '元宝' }, { label: 'Kimi' }] });
    const list = JSON.parse(pizhu('comparisons', path, '--json').stdout);
    expect(list).toHaveLength(1);
  });

  it('refuses an SVG named as a screenshot and leaves the project byte-identical', () => {
    const { path, store, claim } = projectWithClaim();
    store.close();
    const before = sha256OfFile(path);
    const r = pizhu('comparison', 'add', path, '--claim', claim.id, '--image', `元宝=${IMG('yuanbao-answer.png')}`, '--image', `图=${IMG('drawing.svg')}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/drawing\.svg.*SVG/);
    expect(sha256OfFile(path)).toBe(before);
  });

  it('refuses a corrupt image and leaves the project byte-identical', () => {
    const { path, store, claim } = projectWithClaim();
    store.close();
    const before = sha256OfFile(path);
    const r = pizhu('comparison', 'add', path, '--claim', claim.id, '--image', `元宝=${IMG('yuanbao-answer.png')}`, '--image', `坏图=${IMG('corrupt.jpg')}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('corrupt.jpg');
    expect(sha256OfFile(path)).toBe(before);
  });
});
