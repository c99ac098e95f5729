import { beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { cliHarness } from '../cli/testing';
import { main } from '../cli/main';
import { sha256OfFile } from '../project/testing/fixtures';
import { anchorOf } from '../project/testing/fixtures';
import { annotationPath, CHECKER, copyProject, EDITOR, editAs, makeSeedProject } from './testing';

const cli = cliHarness();
let mine: string;
let theirs: string;
let seed: { articleId: string; text: string };

beforeEach(async () => {
  mine = cli.tmp.file('张.pizhu');
  theirs = cli.tmp.file('李.pizhu');
  seed = await makeSeedProject(mine);
});

/** Two checkers mark the same passages of the seed article in their own copies. */
function twoCheckers(): { claimA: string } {
  const claimA = editAs(mine, EDITOR, (s) => {
    const tags = new Map(s.listTags().map((t) => [t.name, t.id]));
    const c = s.addClaim({ articleId: seed.articleId, anchor: anchorOf(seed.text, '总参数量 389B'), tagIds: [tags.get('数据')!], verdict: 'true', strength: 4 });
    s.addClaim({ articleId: seed.articleId, anchor: anchorOf(seed.text, '业界参数规模最大、效果最好'), tagIds: [tags.get('夸大')!], verdict: 'misleading', strength: 2 });
    return c.id;
  });
  copyProject(mine, theirs);
  return { claimA };
}

describe('pizhu merge', () => {
  it('exits 3 and leaves MINE byte for byte when both changed one verdict, then --prefer theirs settles it', async () => {
    const { claimA } = twoCheckers();
    editAs(mine, EDITOR, (s) => s.updateClaim(claimA, { verdict: 'mostly-true' }));
    editAs(theirs, CHECKER, (s) => s.updateClaim(claimA, { verdict: 'half-true' }));
    const before = sha256OfFile(mine);

    expect(await main(['merge', mine, theirs])).toBe(3);
    expect(cli.out).toMatch(/verdict：我的 "mostly-true" ↔ 对方的 "half-true"/);
    expect(cli.err).toMatch(/1 处冲突尚未解决/);
    expect(sha256OfFile(mine)).toBe(before);

    cli.out = '';
    expect(await main(['merge', mine, theirs, '--prefer', 'theirs', '--json'])).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject({ ok: true, unresolved: [], conflicts: [{ field: 'verdict' }] });
    editAs(mine, EDITOR, (s) => expect(s.getClaim(claimA).verdict).toBe('half-true'));
  });

  it('with -o writes the merged project, its conflicts recorded, to OUT', async () => {
    const { claimA } = twoCheckers();
    editAs(mine, EDITOR, (s) => s.updateClaim(claimA, { strength: 3 }));
    editAs(theirs, CHECKER, (s) => s.updateClaim(claimA, { strength: 1 }));
    const before = sha256OfFile(mine);
    const merged = cli.tmp.file('合并.pizhu');
    expect(await main(['merge', mine, theirs, '-o', merged, '--json'])).toBe(3);
    expect(existsSync(merged)).toBe(true);
    expect(sha256OfFile(mine)).toBe(before);
    // One JSON document on stdout, even when the command fails.
    const report = JSON.parse(cli.out);
    expect(report.unresolved).toEqual([expect.objectContaining({ field: 'strength', mine: 3, theirs: 1 })]);
    // The message says where the result went, not that nothing was written.
    expect(cli.err).toContain(`合并结果已写入“${merged}”，其中有 1 处冲突尚未解决`);
    expect(cli.err).not.toMatch(/未改动|用 -o /);
  });

  it('merges a conflict-free copy into MINE and exits 0', async () => {
    twoCheckers();
    editAs(theirs, CHECKER, (s) => s.addClaim({ articleId: seed.articleId, anchor: anchorOf(seed.text, '月访问量不到 200 万') }));
    expect(await main(['merge', mine, theirs, '--lang', 'en'])).toBe(0);
    expect(cli.out).toMatch(/added: {10}claims 1/);
    editAs(mine, EDITOR, (s) => expect(s.listClaims(seed.articleId)).toHaveLength(3));
  });
});

describe('pizhu agreement', () => {
  it('prints agreement per tag and overall, verdict kappa and the disagreements', async () => {
    twoCheckers();
    editAs(theirs, CHECKER, (s) => {
      const [big] = s.listClaims(seed.articleId).filter((c) => c.anchor.exact.startsWith('业界'));
      s.updateClaim(big!.id, { verdict: 'false' });
    });
    const csv = cli.tmp.file('agreement.csv');
    expect(await main(['agreement', mine, theirs, '--csv', csv, '--lang', 'en'])).toBe(0);
    expect(cli.out).toMatch(/2 claims paired/);
    expect(cli.out).toMatch(/数据\s+n=2\s+100\.0%/);
    expect(cli.out).toMatch(/verdicts:\n {2}overall\s+n=2\s+50\.0%/);
    expect(cli.out).toMatch(/\[verdict differs\] “业界参数规模最大、效果最好”: A misleading \/ B false/);
    cli.out = '';
    expect(await main(['agreement', mine, theirs])).toBe(0);
    expect(cli.out).toMatch(/^ {2}数据 {13}n=2 {5}100\.0%/m);
    expect(cli.out).toMatch(/结论：\n {2}总体\s+n=2\s+50\.0%/);
    expect(cli.out).toMatch(/\[结论不同\] “业界参数规模最大、效果最好”：A misleading \/ B false/);
    expect(readFileSync(csv, 'utf8')).toMatch(/^Measure,Item,n,Agreement,kappa/);

    cli.out = '';
    expect(await main(['agreement', mine, theirs, '--article', seed.articleId, '--json'])).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject({ articleId: seed.articleId, matched: 2, verdicts: { n: 2, percent: 0.5 } });
  });
});

describe('pizhu import-annotations', () => {
  it('imports a Hypothesis export and W3C annotations into the seed article, with a report of each', async () => {
    expect(await main(['import-annotations', mine, annotationPath('hypothesis-export.json'), '--json'])).toBe(0);
    expect(JSON.parse(cli.out)).toMatchObject({ ok: true, imported: 1, anchored: 1, orphaned: 0, updated: 0, skipped: 0, tagsCreated: 0, items: [{ n: 1, outcome: 'anchored', quote: '排在了第 11 位', reason: '' }] });
    cli.out = '';
    expect(await main(['import-annotations', mine, annotationPath('w3c-spec-examples.jsonld'), '--article', seed.articleId, '--json'])).toBe(0);
    const report = JSON.parse(cli.out);
    expect(report).toMatchObject({ imported: 6, anchored: 5, orphaned: 1, skipped: 4 });
    expect(report.items.filter((i: { outcome: string }) => i.outcome === 'skipped').every((i: { reason: string }) => i.reason.length > 10)).toBe(true);
    cli.out = '';
    expect(await main(['import-annotations', mine, annotationPath('w3c-spec-examples.jsonld')])).toBe(0);
    expect(cli.out.split('\n')[0]).toMatch(/10/);
    expect(cli.out).toMatch(/RangeSelector, XPathSelector/);
  });

  it('refuses a file that is not JSON', async () => {
    expect(await main(['import-annotations', mine, cli.tmp.file('missing.json')])).toBe(1);
    expect(cli.err).toMatch(/missing\.json/);
  });
});
