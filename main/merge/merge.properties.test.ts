import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyFileSync } from 'node:fs';
import { tempDir } from '../project/testing/fixtures';
import type { ProjectStore } from '../project/store';
import { mergeProjects } from './merge-projects';
import { anchorOf, CHECKER, contentOf, EDITOR, editAs, makeBase, SAMPLE_TEXT } from './testing';

// Random edits by two checkers on copies of one project, merged both ways: nothing is lost,
// conflicts appear exactly where both changed one field differently, a second merge changes
// nothing, and without conflicts the order of merging does not matter.

const QUOTES = ['389B', '52B', '据报道', '第 11 位', '200 万', '参数规模最大'];
const VERDICTS = ['true', 'false', 'misleading', null] as const;

type Edit =
  | { kind: 'addClaim'; quote: number }
  | { kind: 'verdict'; claim: number; value: number }
  | { kind: 'strength'; claim: number; value: number }
  | { kind: 'note'; claim: number; value: number }
  | { kind: 'tag'; claim: number; tag: number }
  | { kind: 'deleteClaim'; claim: number }
  | { kind: 'addEvidence'; claim: number; value: number }
  | { kind: 'editEvidence'; item: number; value: number }
  | { kind: 'deleteEvidence'; item: number }
  | { kind: 'renameTag'; tag: number; value: number };

const n = fc.nat(20);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('addClaim' as const), quote: fc.nat(QUOTES.length - 1) }),
  fc.record({ kind: fc.constant('verdict' as const), claim: n, value: fc.nat(VERDICTS.length - 1) }),
  fc.record({ kind: fc.constant('strength' as const), claim: n, value: fc.nat(4) }),
  fc.record({ kind: fc.constant('note' as const), claim: n, value: fc.nat(3) }),
  fc.record({ kind: fc.constant('tag' as const), claim: n, tag: fc.nat(8) }),
  fc.record({ kind: fc.constant('deleteClaim' as const), claim: n }),
  fc.record({ kind: fc.constant('addEvidence' as const), claim: n, value: fc.nat(3) }),
  fc.record({ kind: fc.constant('editEvidence' as const), item: n, value: fc.nat(3) }),
  fc.record({ kind: fc.constant('deleteEvidence' as const), item: n }),
  fc.record({ kind: fc.constant('renameTag' as const), tag: fc.nat(8), value: fc.nat(2) }),
);

function apply(store: ProjectStore, articleId: string, e: Edit): void {
  const claims = store.listClaims(articleId);
  const pick = <T>(list: T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];
  const claim = 'claim' in e ? pick(claims, e.claim) : undefined;
  const evidence = claims.flatMap((c) => store.listEvidence(c.id));
  const tags = store.listTags();
  switch (e.kind) {
    case 'addClaim':
      return void store.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, QUOTES[e.quote]!) });
    case 'verdict':
      return void (claim && store.updateClaim(claim.id, { verdict: VERDICTS[e.value]! }));
    case 'strength':
      return void (claim && store.updateClaim(claim.id, { strength: e.value }));
    case 'note':
      return void (claim && store.updateClaim(claim.id, { note: { json: '', text: `批注 ${e.value}` } }));
    case 'tag': {
      const tag = pick(tags, e.tag)!;
      if (!claim) return;
      const has = claim.tagIds.includes(tag.id);
      return void store.updateClaim(claim.id, { tagIds: has ? claim.tagIds.filter((t) => t !== tag.id) : [...claim.tagIds, tag.id] });
    }
    case 'deleteClaim':
      return void (claim && store.deleteClaim(claim.id));
    case 'addEvidence':
      return void (claim && store.addEvidence(claim.id, { title: `来源 ${e.value}`, stance: 'context' }));
    case 'editEvidence': {
      const item = pick(evidence, e.item);
      return void (item && store.updateEvidence(item.id, { quote: `摘录 ${e.value}` }));
    }
    case 'deleteEvidence': {
      const item = pick(evidence, e.item);
      return void (item && store.deleteEvidence(item.id));
    }
    case 'renameTag':
      return void store.renameTag(pick(tags, e.tag)!.id, `标签 ${e.value}`);
  }
}

let tmp: ReturnType<typeof tempDir>;
let basePath: string;
let articleId: string;
let run = 0;
let conflictFree = 0;
let withConflicts = 0;
beforeAll(() => {
  tmp = tempDir();
  basePath = tmp.file('base.pizhu');
  articleId = makeBase(basePath).articleId;
  editAs(basePath, EDITOR, (s) => {
    for (const c of s.listClaims(articleId)) s.addEvidence(c.id, { title: '原始来源', stance: 'supports' });
  });
});
afterAll(() => tmp.remove());

/** A fresh copy of the base project edited by `who`. */
function copyEdited(name: string, who: typeof EDITOR, edits: Edit[]): string {
  const path = tmp.file(`${run}-${name}.pizhu`);
  copyFileSync(basePath, path);
  editAs(path, who, (s) => edits.forEach((e) => apply(s, articleId, e)));
  return path;
}

const mergeInto = (into: string, from: string, copyName: string) => {
  const path = tmp.file(`${run}-${copyName}.pizhu`);
  copyFileSync(into, path);
  return { path, report: mergeProjects(path, from, { author: EDITOR, lang: 'en' }) };
};

type Content = Record<string, Record<string, unknown>>;

describe('merging randomly edited copies', () => {
  it('loses nothing, conflicts exactly where both sides changed a field differently, and is idempotent and order-free', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (mineEdits, theirEdits) => {
        run++;
        const base = contentOf(basePath) as Content;
        const mine = copyEdited('mine', EDITOR, mineEdits);
        const theirs = copyEdited('theirs', CHECKER, theirEdits);
        const [m, t] = [contentOf(mine) as Content, contentOf(theirs) as Content];
        const ab = mergeInto(mine, theirs, 'ab');
        const ba = mergeInto(theirs, mine, 'ba');
        const merged = contentOf(ab.path) as Content;

        // Nothing lost: a record missing after the merge was deleted on one side and untouched on the other.
        for (const [side, other] of [[m, t], [t, m]] as const) {
          for (const id of Object.keys(side)) {
            if (id in merged) continue;
            expect(id in base && !(id in other)).toBe(true);
            expect(side[id]).toEqual(base[id]);
          }
        }
        expect(Object.keys(contentOf(ba.path)).sort()).toEqual(Object.keys(merged).sort());

        // Conflicts exactly where both changed one claim field to different values.
        const expected: string[] = [];
        for (const id of Object.keys(base)) {
          if (!(id in m) || !(id in t) || !('verdict' in base[id]!)) continue;
          for (const f of ['verdict', 'strength', 'note'] as const) {
            const [b, mv, tv] = [base[id]![f], m[id]![f], t[id]![f]];
            if (mv !== b && tv !== b && mv !== tv) expected.push(`${id}.${f}`);
          }
        }
        const field = (f: string) => (f === 'note_text' || f === 'note_json' ? 'note' : f);
        const found = ab.report.conflicts
          .filter((c) => c.table === 'claims' && c.kind === 'field')
          .map((c) => `${c.recordId}.${field(c.field!)}`);
        expect([...new Set(found)].sort()).toEqual(expected.sort());

        // Idempotent: merging the same copy again changes nothing.
        const again = mergeProjects(ab.path, theirs, { author: EDITOR, lang: 'en' });
        expect(again.summary.theirChanges).toBe(0);
        expect(contentOf(ab.path)).toEqual(merged);

        // Without conflicts, mine-then-theirs equals theirs-then-mine.
        if (ab.report.conflicts.length === 0) {
          expect(contentOf(ba.path)).toEqual(merged);
          // And a third copy that takes in B then C ends as one that takes in C then B.
          const bc = mergeInto(basePath, mine, 'b');
          mergeProjects(bc.path, theirs, { author: EDITOR, lang: 'en' });
          const cb = mergeInto(basePath, theirs, 'c');
          mergeProjects(cb.path, mine, { author: EDITOR, lang: 'en' });
          expect(contentOf(cb.path)).toEqual(contentOf(bc.path));
          expect(contentOf(bc.path)).toEqual(merged);
          conflictFree++;
        } else withConflicts++;
      }),
      // PIZHU_PROPERTY_RUNS raises the count for a long soak (600 runs pass); CI keeps it quick.
      { numRuns: Number(process.env.PIZHU_PROPERTY_RUNS ?? 40) },
    );
    // The runs exercised both cases.
    expect(conflictFree).toBeGreaterThan(0);
    expect(withConflicts).toBeGreaterThan(0);
  }, 60_000);
});
