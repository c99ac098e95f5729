// Random sessions of an editor's store operations on a real project file: claims, tags,
// evidence, screenshot comparisons and their links, article rename and delete, undo and redo,
// and merging a colleague's copy. After every step no SQLite constraint error has reached the
// editor and `pizhu check` passes; undoing the whole session gives back the starting records.
// PIZHU_STORE_PROPERTY_RUNS sets how many sessions run (e.g. 2000 for a long soak).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { LOGGED_TABLES } from '../../shared/domain/tables';
import { plainNote } from '../../shared/domain/json-columns';
import { mergeIntoStore } from '../merge/merge-projects';
import { ProjectStore } from './store';
import { checkProject } from './check';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';
import { storeShot } from './testing/comparisons';

const QUOTES = ['389B', '52B', '据报道', '第 11 位', '200 万', '参数规模最大'];
const VERDICTS = ['true', 'false', 'misleading', null] as const;

type Op =
  | { kind: 'addClaim'; article: number; quote: number }
  | { kind: 'updateClaim'; claim: number; value: number }
  | { kind: 'deleteClaim'; claim: number }
  | { kind: 'addTag'; value: number; parent: number }
  | { kind: 'renameTag'; tag: number; value: number }
  | { kind: 'deleteTag'; tag: number }
  | { kind: 'toggleTag'; claim: number; tag: number }
  | { kind: 'addEvidence'; claim: number; value: number }
  | { kind: 'updateEvidence'; item: number; value: number }
  | { kind: 'deleteEvidence'; item: number }
  | { kind: 'addComparison'; claim: number; shots: number }
  | { kind: 'toggleLink'; comparison: number; claim: number }
  | { kind: 'addRegion'; comparison: number; claim: number }
  | { kind: 'deleteRegion'; comparison: number }
  | { kind: 'removeShot'; comparison: number }
  | { kind: 'deleteComparison'; comparison: number }
  | { kind: 'addArticle' }
  | { kind: 'renameArticle'; article: number; value: number }
  | { kind: 'deleteArticle'; article: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'merge' };

const i = fc.nat(20);
const op = (kind: Op['kind'], fields: Record<string, fc.Arbitrary<number>> = {}) => fc.record({ kind: fc.constant(kind), ...fields }) as fc.Arbitrary<Op>;
const OP: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: op('addClaim', { article: i, quote: fc.nat(QUOTES.length - 1) }), weight: 4 },
  { arbitrary: op('updateClaim', { claim: i, value: fc.nat(7) }), weight: 2 },
  { arbitrary: op('deleteClaim', { claim: i }), weight: 2 },
  op('addTag', { value: fc.nat(3), parent: i }),
  op('renameTag', { tag: i, value: fc.nat(2) }),
  op('deleteTag', { tag: i }),
  { arbitrary: op('toggleTag', { claim: i, tag: i }), weight: 2 },
  op('addEvidence', { claim: i, value: fc.nat(3) }),
  op('updateEvidence', { item: i, value: fc.nat(3) }),
  op('deleteEvidence', { item: i }),
  { arbitrary: op('addComparison', { claim: i, shots: fc.integer({ min: 2, max: 3 }) }), weight: 2 },
  { arbitrary: op('toggleLink', { comparison: i, claim: i }), weight: 2 },
  op('addRegion', { comparison: i, claim: i }),
  op('deleteRegion', { comparison: i }),
  op('removeShot', { comparison: i }),
  op('deleteComparison', { comparison: i }),
  op('addArticle'),
  op('renameArticle', { article: i, value: fc.nat(2) }),
  op('deleteArticle', { article: i }),
  { arbitrary: op('undo'), weight: 3 },
  { arbitrary: op('redo'), weight: 2 },
  op('merge'),
);

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const toggle = (ids: readonly string[], id: string) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);

/** Applies one operation the way the app would offer it (only on records that exist). */
function apply(store: ProjectStore, o: Op, theirs: string): void {
  const articles = store.listArticles();
  const claims = articles.flatMap((a) => store.listClaims(a.id));
  const tags = store.listTags();
  const evidence = claims.flatMap((c) => store.listEvidence(c.id));
  const comparisons = store.listComparisons();
  const claim = 'claim' in o ? pick(claims, o.claim) : undefined;
  const comparison = 'comparison' in o ? pick(comparisons, o.comparison) : undefined;
  switch (o.kind) {
    case 'addClaim': {
      const article = pick(articles, o.article);
      return void (article && store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, QUOTES[o.quote]!) }));
    }
    case 'updateClaim':
      // Values repeat, so some patches equal what is stored and must write nothing.
      return void (claim && store.updateClaim(claim.id, { verdict: VERDICTS[o.value % 4]!, note: plainNote(`批注 ${o.value % 3} 𠮷`) }));
    case 'deleteClaim':
      return void (claim && store.deleteClaim(claim.id));
    case 'addTag':
      return void store.addTag({ name: `标签 ${o.value}`, color: '#3366ff', parentId: o.parent % 2 ? (pick(tags, o.parent)?.id ?? null) : null });
    case 'renameTag':
      return void (tags.length && store.renameTag(pick(tags, o.tag)!.id, `改名 ${o.value}`));
    case 'deleteTag':
      return void (tags.length && store.deleteTag(pick(tags, o.tag)!.id));
    case 'toggleTag': {
      const tag = pick(tags, o.tag);
      return void (claim && tag && store.updateClaim(claim.id, { tagIds: toggle(claim.tagIds, tag.id) }));
    }
    case 'addEvidence':
      return void (claim && store.addEvidence(claim.id, { title: `来源 ${o.value}`, stance: 'context' }));
    case 'updateEvidence': {
      const item = pick(evidence, o.item);
      return void (item && store.updateEvidence(item.id, { quote: `摘录 ${o.value}` }));
    }
    case 'deleteEvidence': {
      const item = pick(evidence, o.item);
      return void (item && store.deleteEvidence(item.id));
    }
    case 'addComparison': {
      const items = ['元宝', 'Kimi', '通义千问'].slice(0, o.shots).map((label, n) => {
        const s = storeShot(store, n + 1);
        return { assetHash: s.hash, thumbnailHash: s.thumbnailHash, label };
      });
      return void store.addComparison({ title: '截图对比', claimIds: claim ? [claim.id] : [], items });
    }
    case 'toggleLink':
      return void (comparison && claim && store.updateComparison(comparison.id, { claimIds: toggle(comparison.claimIds, claim.id) }));
    case 'addRegion':
      return void (comparison && store.addRegion(comparison.items[0]!.id, { x: 1, y: 1, width: 8, height: 8, claimId: claim?.id ?? null }));
    case 'deleteRegion': {
      const region = comparison?.items.flatMap((item) => item.regions)[0];
      return void (region && store.deleteRegion(region.id));
    }
    case 'removeShot':
      return void (comparison && comparison.items.length > 2 && store.removeComparisonItem(comparison.items.at(-1)!.id));
    case 'deleteComparison':
      return void (comparison && store.deleteComparison(comparison.id));
    case 'addArticle':
      return void store.addArticle(sampleArticle());
    case 'renameArticle': {
      const article = pick(articles, o.article);
      return void (article && store.renameArticle(article.id, `文章 ${o.value}`));
    }
    case 'deleteArticle': {
      const article = pick(articles, o.article);
      return void (article && store.deleteArticle(article.id));
    }
    case 'undo':
      return void store.undo();
    case 'redo':
      return void store.redo();
    case 'merge':
      return void mergeIntoStore(store, theirs, { author: EDITOR, lang: 'zh-CN' });
  }
}

/** The logged records of a file, table by table (not the bytes: undo is a new edit, not a rewind). */
function recordsOf(path: string): Record<string, unknown[]> {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return Object.fromEntries(
      LOGGED_TABLES.filter((t) => t !== 'project').map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]),
    );
  } finally {
    db.close();
  }
}

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.remove());

describe('random sessions of store operations', () => {
  it('never let a constraint error reach the editor, always pass the check, and undo back to the start', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(OP, { maxLength: 25 }), fc.array(OP, { maxLength: 6 }), (ops, theirOps) => {
        run++;
        const mine = tmp.file(`mine-${run}.pizhu`);
        const theirs = tmp.file(`theirs-${run}.pizhu`);
        const base = ProjectStore.create(mine, { title: '混元核查', author: EDITOR, lang: 'zh-CN' });
        const articleId = base.addArticle(sampleArticle()).id;
        base.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '389B') });
        base.close();
        copyFileSync(mine, theirs);
        const colleague = ProjectStore.open(theirs, { author: CHECKER, lang: 'zh-CN' });
        try {
          for (const o of theirOps) if (o.kind !== 'merge') apply(colleague, o, theirs);
        } finally {
          colleague.close();
        }

        const start = recordsOf(mine);
        const store = ProjectStore.open(mine, { author: EDITOR, lang: 'zh-CN' });
        try {
          for (const o of ops) {
            apply(store, o, theirs);
            const report = checkProject(mine);
            expect(report.failures, `after ${o.kind}`).toEqual([]);
          }
          while (store.undo()) {
            // Take back every edit of the session, newest first.
          }
        } finally {
          store.close();
        }
        expect(recordsOf(mine)).toEqual(start);
      }),
      { numRuns: Number(process.env.PIZHU_STORE_PROPERTY_RUNS ?? 30) },
    );
  }, 600_000);
});
