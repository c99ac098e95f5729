// The renderer's store kept current by change sets alone ends up where loading everything again
// would: random sequences of edits, undos, redos, article switches and evidence loads, sent
// through the real API (services in-process, a real SQLite project file), each edit's change set
// applied to the renderer's WorkspaceStore, and the store then compared with a fresh full load.
// The one test in main/ allowed to import the renderer (see .dependency-cruiser.cjs).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PizhuApi } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import type { ProjectState } from '../../shared/api/views';
import { describeSpan } from '../../shared/anchoring/selectors';
import { CodePointIndex } from '../../shared/text/codepoints';
import { STATUS_VALUES, VERDICT_VALUES } from '../../shared/domain/scales';
import { WorkspaceStore } from '../../renderer/src/store/store';
import type { StoreState } from '../../renderer/src/store/state';
import { dispatch } from './dispatch';
import { createNodeServices } from './node-services';

const ARTICLES = [
  '11 月 5 日，腾讯宣布开源 MoE 大语言模型混元 Large，总参数量 389B，激活参数量 52B，上下文长度高达 256K。𠮷 😀 在 10 月国内 Web 端 AI 助手的排行榜上，元宝仅排在了第 11 位。',
  '据报道，元宝的日活跃用户在春节期间增长了数倍，但留存并不理想。腾讯称混元 Large 是业界参数规模最大、效果最好的开源 MoE 大语言模型。',
];

/** The API as the renderer's client sees it, answered by the services in this process. */
function apiOf(dir: string): PizhuApi {
  const services = createNodeServices({ mode: 'browser', configDir: dir });
  const api: Record<string, (arg?: unknown) => Promise<Result<unknown>>> = {};
  for (const name of METHOD_NAMES) api[name] = (arg) => dispatch(services.handlers, name, arg, 'zh-CN', services.takeChanges);
  return api as unknown as PizhuApi;
}

const value = <T,>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** What an edit, a switch or a load does; numbers pick among the records the store shows. */
type Step =
  | { kind: 'addClaim'; at: number; length: number }
  | { kind: 'updateClaim'; pick: number; field: 'verdict' | 'status' | 'strength' | 'note' | 'tag'; choice: number }
  | { kind: 'deleteClaim'; pick: number }
  | { kind: 'addEvidence'; pick: number }
  | { kind: 'updateEvidence'; pick: number; title: string }
  | { kind: 'deleteEvidence'; pick: number }
  | { kind: 'reorderEvidence'; pick: number }
  | { kind: 'addTag'; name: string }
  | { kind: 'renameTag'; pick: number; name: string }
  | { kind: 'deleteTag'; pick: number }
  | { kind: 'mergeTags'; from: number; into: number }
  | { kind: 'setTitle'; title: string }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'openArticle'; pick: number }
  | { kind: 'loadEvidence'; pick: number };

const n = fc.nat(1000);
const words = fc.constantFrom('来源', '核查', 'Large', '𠮷', '😀 数据', '排名');
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('addClaim' as const), at: n, length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('updateClaim' as const), pick: n, field: fc.constantFrom('verdict' as const, 'status' as const, 'strength' as const, 'note' as const, 'tag' as const), choice: n }) },
  fc.record({ kind: fc.constant('deleteClaim' as const), pick: n }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addEvidence' as const), pick: n }) },
  fc.record({ kind: fc.constant('updateEvidence' as const), pick: n, title: words }),
  fc.record({ kind: fc.constant('deleteEvidence' as const), pick: n }),
  fc.record({ kind: fc.constant('reorderEvidence' as const), pick: n }),
  fc.record({ kind: fc.constant('addTag' as const), name: words }),
  fc.record({ kind: fc.constant('renameTag' as const), pick: n, name: words }),
  fc.record({ kind: fc.constant('deleteTag' as const), pick: n }),
  fc.record({ kind: fc.constant('mergeTags' as const), from: n, into: n }),
  fc.record({ kind: fc.constant('setTitle' as const), title: words }),
  { weight: 3, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'redo' as const }) },
  fc.record({ kind: fc.constant('openArticle' as const), pick: n }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('loadEvidence' as const), pick: n }) },
);

const pickFrom = <T,>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

async function run(api: PizhuApi, store: WorkspaceStore, s: Step): Promise<void> {
  const state = store.getState();
  const claimIds = state.claims.ids;
  const tagIds = state.tags.ids;
  const evidence = Object.values(state.evidence);
  // An edit as the workspace's mutate makes it: its change set applied, nothing loaded again.
  const edit = async (r: Promise<Result<unknown>>) => {
    const out = await r;
    if (out.ok && out.changes) await store.apply(out.changes);
  };
  switch (s.kind) {
    case 'addClaim': {
      const article = state.article;
      if (!article) return;
      const length = new CodePointIndex(article.content.text).length;
      const start = s.at % Math.max(1, length - s.length);
      const { quote, position } = describeSpan(article.content.text, start, Math.min(length, start + s.length));
      if (!quote.exact.trim()) return;
      return edit(api.addClaim({ articleId: article.id, anchor: { ...quote, start: position.start, end: position.end } }));
    }
    case 'updateClaim': {
      const id = pickFrom(claimIds, s.pick);
      if (!id) return;
      const claim = state.claims.byId[id]!;
      const tag = pickFrom(tagIds, s.choice);
      const patch =
        s.field === 'verdict'
          ? { verdict: pickFrom([null, ...VERDICT_VALUES], s.choice)! }
          : s.field === 'status'
            ? { status: pickFrom(STATUS_VALUES, s.choice)! }
            : s.field === 'strength'
              ? { strength: pickFrom([null, 0, 1, 2, 3, 4], s.choice)! }
              : s.field === 'note'
                ? { note: { json: '', text: `批注 ${s.choice} 𠮷` } }
                : { tagIds: !tag ? [] : claim.tagIds.includes(tag) ? claim.tagIds.filter((t) => t !== tag) : [...claim.tagIds, tag] };
      return edit(api.updateClaim({ id, patch }));
    }
    case 'deleteClaim': {
      const id = pickFrom(claimIds, s.pick);
      return id ? edit(api.deleteClaim({ id })) : undefined;
    }
    case 'addEvidence': {
      const id = pickFrom(claimIds, s.pick);
      return id ? edit(api.addEvidence({ claimId: id, item: { title: '来源' } })) : undefined;
    }
    case 'updateEvidence': {
      const item = pickFrom(evidence, s.pick);
      return item ? edit(api.updateEvidence({ id: item.id, patch: { title: s.title } })) : undefined;
    }
    case 'deleteEvidence': {
      const item = pickFrom(evidence, s.pick);
      return item ? edit(api.deleteEvidence({ id: item.id })) : undefined;
    }
    case 'reorderEvidence': {
      const item = pickFrom(evidence, s.pick);
      if (!item) return;
      const ids = evidence.filter((e) => e.claimId === item.claimId).map((e) => e.id);
      return edit(api.reorderEvidence({ claimId: item.claimId, orderedIds: ids.reverse() }));
    }
    case 'addTag':
      return edit(api.addTag({ name: `${s.name} ${tagIds.length}`, color: '#336699' }));
    case 'renameTag': {
      const id = pickFrom(tagIds, s.pick);
      return id ? edit(api.updateTag({ id, patch: { name: `${s.name} ${s.pick}` } })) : undefined;
    }
    case 'deleteTag': {
      const id = pickFrom(tagIds, s.pick);
      return id ? edit(api.deleteTag({ id })) : undefined;
    }
    case 'mergeTags': {
      const from = pickFrom(tagIds, s.from);
      const into = pickFrom(tagIds, s.into);
      return from && into && from !== into ? edit(api.mergeTags({ fromId: from, intoId: into })) : undefined;
    }
    case 'setTitle':
      return edit(api.projectSetTitle({ title: s.title }));
    case 'undo':
      return edit(api.undo());
    case 'redo':
      return edit(api.redo());
    case 'openArticle':
      return store.openArticle(pickFrom(state.articles.ids, s.pick) ?? null);
    case 'loadEvidence': {
      const id = pickFrom(claimIds, s.pick);
      return id ? store.loadEvidence(id) : undefined;
    }
  }
}

/** The parts of the state that the project determines (not which claim is selected). */
const records = (s: StoreState) => ({
  project: s.project,
  articles: s.articles,
  article: s.article,
  claims: s.claims,
  tags: s.tags,
  evidence: s.evidence,
  comparisons: s.comparisons,
});

describe('the renderer store kept by change sets', () => {
  it('equals a fresh full load after any sequence of edits, undos and redos', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const dir = mkdtempSync(join(tmpdir(), 'pizhu-store-sync-'));
        const api = apiOf(dir);
        value(await api.projectNew({ path: join(dir, '同步.pizhu'), title: '同步' }));
        for (const text of ARTICLES) value(await api.importCommit({ source: { kind: 'paste', text }, options: {} }));
        const fail = (message: string) => {
          throw new Error(message);
        };
        const store = new WorkspaceStore(api, fail);
        await store.setProject(value(await api.projectState()) as ProjectState);
        for (const s of steps) await run(api, store, s);

        const fresh = new WorkspaceStore(api, fail);
        await fresh.setProject(value(await api.projectState()) as ProjectState);
        await fresh.openArticle(store.getState().article?.id ?? null);
        for (const claimId of Object.keys(store.getState().evidenceLoaded)) await fresh.loadEvidence(claimId);
        expect(records(store.getState())).toEqual(records(fresh.getState()));
        value(await api.projectClose());
      }),
      { numRuns: Number(process.env.STORE_SYNC_RUNS ?? 40) },
    );
  });
});
