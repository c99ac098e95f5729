// The renderer's normalised copy of the open project: records by id with their display order,
// the open article's text and claims, and which claim is selected. Pure: applying a change set
// returns a new state that shares every record and list the change did not touch, so selectors
// see unchanged parts as identical and their components do not render again.
import type { ChangeSet, ProjectFields, RecordChanges } from '../../../shared/api/changes';
import type { Article, ArticleSummary } from '../../../shared/domain/project';
import type { Claim } from '../../../shared/domain/claim';
import type { Tag } from '../../../shared/domain/codebook';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import type { Comparison } from '../../../shared/domain/comparison';

/** Records of one kind by id, and their ids in the order the project lists them. */
export interface Table<T> {
  byId: Readonly<Record<string, T>>;
  ids: readonly string[];
}

export interface StoreState {
  project: ProjectFields | null;
  articles: Table<ArticleSummary>;
  /** The article in the reader (its current revision's text). */
  article: Article | null;
  /** The open article's claims. */
  claims: Table<Claim>;
  tags: Table<Tag>;
  /** Evidence of the claims whose evidence has been loaded (see evidenceLoaded). */
  evidence: Readonly<Record<string, EvidenceItem>>;
  evidenceLoaded: Readonly<Record<string, true>>;
  comparisons: Table<Comparison>;
  selectedClaimId: string | null;
  /** The project's settings by key (shared/settings), dismissed suggestions included. */
  settings: Readonly<Record<string, unknown>>;
}

const EMPTY_TABLE: Table<never> = { byId: {}, ids: [] };

export const EMPTY_STATE: StoreState = {
  project: null,
  articles: EMPTY_TABLE,
  article: null,
  claims: EMPTY_TABLE,
  tags: EMPTY_TABLE,
  evidence: {},
  evidenceLoaded: {},
  comparisons: EMPTY_TABLE,
  selectedClaimId: null,
  settings: {},
};

// The orders the project file lists records in (the SQL ORDER BY of each listing).
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const ORDER = {
  articles: (a: ArticleSummary, b: ArticleSummary) => a.sortOrder - b.sortOrder || byText(a.id, b.id),
  claims: (a: Claim, b: Claim) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || byText(a.id, b.id),
  tags: (a: Tag, b: Tag) =>
    Number(a.parentId !== null) - Number(b.parentId !== null) || byText(a.parentId ?? '', b.parentId ?? '') || a.sortOrder - b.sortOrder || byText(a.id, b.id),
  evidence: (a: EvidenceItem, b: EvidenceItem) => a.sortOrder - b.sortOrder || byText(a.id, b.id),
  comparisons: (a: Comparison, b: Comparison) => a.sortOrder - b.sortOrder || byText(a.id, b.id),
};

export function tableOf<T extends { id: string }>(records: readonly T[], order: (a: T, b: T) => number): Table<T> {
  const byId: Record<string, T> = {};
  for (const r of records) byId[r.id] = r;
  return { byId, ids: [...records].sort(order).map((r) => r.id) };
}

// Each table's records as a list, made once per version of the table (tables are never mutated).
const lists = new WeakMap<Table<unknown>, unknown[]>();

/** A table's records in its order; the same array for as long as the table is unchanged. */
export function listOf<T>(table: Table<T>): T[] {
  let list = lists.get(table) as T[] | undefined;
  if (!list) lists.set(table, (list = table.ids.map((id) => table.byId[id]!)));
  return list;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The table with `changes` applied (only records `keep` accepts are added); the same table when nothing changed. */
export function applyToTable<T extends { id: string }>(
  table: Table<T>,
  changes: RecordChanges<T> | undefined,
  order: (a: T, b: T) => number,
  keep: (record: T) => boolean = () => true,
): Table<T> {
  if (!changes) return table;
  const upsert = changes.upsert.filter((r) => keep(r) || r.id in table.byId);
  const remove = changes.remove.filter((id) => id in table.byId);
  if (upsert.length === 0 && remove.length === 0) return table;
  const byId: Record<string, T> = { ...table.byId };
  for (const id of remove) delete byId[id];
  for (const r of upsert) byId[r.id] = r;
  return { byId, ids: orderedIds(table, byId, upsert, remove, order) };
}

/**
 * The ids of `byId` in `order`: the table's own list when no record moved, one insertion for one
 * new record (a claim just made in a long article), a full sort otherwise.
 */
function orderedIds<T extends { id: string }>(
  table: Table<T>,
  byId: Record<string, T>,
  upsert: readonly T[],
  remove: readonly string[],
  order: (a: T, b: T) => number,
): readonly string[] {
  if (remove.length === 0) {
    if (upsert.every((r) => r.id in table.byId && order(table.byId[r.id]!, r) === 0)) return table.ids;
    const [added] = upsert;
    if (upsert.length === 1 && !(added!.id in table.byId)) {
      let lo = 0;
      let hi = table.ids.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (order(byId[table.ids[mid]!]!, added!) < 0) lo = mid + 1;
        else hi = mid;
      }
      return [...table.ids.slice(0, lo), added!.id, ...table.ids.slice(lo)];
    }
  }
  const ids = Object.values(byId).sort(order).map((r) => r.id);
  return sameList(ids, table.ids) ? table.ids : ids;
}

function applyEvidence(state: StoreState, changes: ChangeSet['evidence']): Pick<StoreState, 'evidence'> {
  if (!changes) return { evidence: state.evidence };
  const upsert = changes.upsert.filter((e) => state.evidenceLoaded[e.claimId]);
  const remove = changes.remove.filter((id) => id in state.evidence);
  if (upsert.length === 0 && remove.length === 0) return { evidence: state.evidence };
  const evidence = { ...state.evidence };
  for (const id of remove) delete evidence[id];
  for (const e of upsert) evidence[e.id] = e;
  return { evidence };
}

function applySettings(settings: StoreState['settings'], changes: ChangeSet['settings']): StoreState['settings'] {
  if (!changes || (changes.upsert.length === 0 && changes.remove.length === 0)) return settings;
  const next: Record<string, unknown> = { ...settings };
  for (const key of changes.remove) delete next[key];
  for (const { id, value } of changes.upsert) next[id] = value;
  return next;
}

/** The state after an edit: its change set applied (`reload` is the caller's to honour). */
export function applyChanges(state: StoreState, changes: ChangeSet): StoreState {
  if (!state.project) return state;
  const articleId = state.article?.id;
  const claims = applyToTable(state.claims, changes.claims, ORDER.claims, (c) => c.articleId === articleId);
  const articles = applyToTable(state.articles, changes.articles, ORDER.articles);
  const articleGone = articleId !== undefined && !(articleId in articles.byId);
  return {
    ...state,
    project: changes.project ?? state.project,
    articles,
    article: articleGone ? null : state.article,
    claims: articleGone ? EMPTY_TABLE : claims,
    tags: applyToTable(state.tags, changes.tags, ORDER.tags),
    ...applyEvidence(state, changes.evidence),
    comparisons: applyToTable(state.comparisons, changes.comparisons, ORDER.comparisons),
    selectedClaimId: state.selectedClaimId && !articleGone && state.selectedClaimId in claims.byId ? state.selectedClaimId : null,
    settings: applySettings(state.settings, changes.settings),
  };
}

/** True when the open article has a newer revision than the text shown: its text is loaded again. */
export function articleTextStale(state: StoreState): boolean {
  const { article } = state;
  return !!article && article.revisionId !== state.articles.byId[article.id]?.currentRevisionId;
}

/** The evidence of one claim in its order. */
export function evidenceOf(state: StoreState, claimId: string): EvidenceItem[] {
  return Object.values(state.evidence)
    .filter((e) => e.claimId === claimId)
    .sort(ORDER.evidence);
}
