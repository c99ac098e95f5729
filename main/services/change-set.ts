// The change set an edit returns: the records it wrote (ProjectStore.takeTouched) mapped onto the
// records the renderer holds, each read back as it is now or listed as removed. A link row
// stands for its owners: a claim's tag or comparison link is the claim (and the comparison), a
// comparison's item or region is the comparison, an evidence item also changes its claim, a
// revision is its article's summary.
import type { ChangeSet, RecordChanges } from '../../shared/api/changes';
import type { ProjectStore } from '../project/store';
import type { Touched } from '../project/change-log';
import type { ProjectState } from '../../shared/api/views';

/** Beyond this many written records (a big undo of an import) the renderer loads everything again. */
const MOST_RECORDS = 2000;

interface Owners {
  claims: Set<string>;
  tags: Set<string>;
  evidence: Set<string>;
  /** Claims whose evidence list is read back whole (order and removals included). */
  evidenceOf: Set<string>;
  comparisons: Set<string>;
  /** Regions whose item was not written by the same edit: their comparison is looked up. */
  itemsOfRegions: Set<string>;
  articles: Set<string>;
  /** Settings by key. */
  settings: Set<string>;
}

const text = (row: Touched['row'], column: string): string | null => {
  const value = row[column];
  return value === null || value === undefined ? null : String(value);
};

function ownersOf(touched: readonly Touched[]): Owners {
  const o: Owners = {
    claims: new Set(),
    tags: new Set(),
    evidence: new Set(),
    evidenceOf: new Set(),
    comparisons: new Set(),
    itemsOfRegions: new Set(),
    articles: new Set(),
    settings: new Set(),
  };
  const add = (set: Set<string>, id: string | null) => id && set.add(id);
  const itemComparison = new Map<string, string>();
  for (const t of touched) if (t.table === 'comparison_items') itemComparison.set(t.recordId, text(t.row, 'comparison_id')!);
  for (const t of touched) {
    switch (t.table) {
      case 'claims':
        o.claims.add(t.recordId);
        // Adding or removing a claim changes its article's count.
        if (t.op !== 'update') add(o.articles, text(t.row, 'article_id'));
        break;
      case 'claim_tags':
        add(o.claims, text(t.row, 'claim_id'));
        break;
      case 'claim_comparisons':
        add(o.claims, text(t.row, 'claim_id'));
        add(o.comparisons, text(t.row, 'comparison_id'));
        break;
      case 'tags':
        o.tags.add(t.recordId);
        break;
      case 'evidence_items':
        o.evidence.add(t.recordId);
        add(o.claims, text(t.row, 'claim_id'));
        add(o.evidenceOf, text(t.row, 'claim_id'));
        break;
      case 'comparisons':
        o.comparisons.add(t.recordId);
        break;
      case 'comparison_items':
        add(o.comparisons, text(t.row, 'comparison_id'));
        break;
      case 'regions': {
        const item = text(t.row, 'item_id');
        const comparison = item ? itemComparison.get(item) : undefined;
        if (comparison) o.comparisons.add(comparison);
        else add(o.itemsOfRegions, item);
        break;
      }
      case 'articles':
        o.articles.add(t.recordId);
        break;
      case 'article_revisions':
        add(o.articles, text(t.row, 'article_id'));
        break;
      case 'settings':
        add(o.settings, text(t.row, 'key'));
        break;
    }
  }
  return o;
}

/** Reads each id back: present ones are upserted, the rest (a failed read) removed. */
function readBack<T>(ids: Iterable<string>, read: (id: string) => T | undefined): RecordChanges<T> {
  const out: RecordChanges<T> = { upsert: [], remove: [] };
  for (const id of ids) {
    let record: T | undefined;
    try {
      record = read(id);
    } catch {
      record = undefined;
    }
    if (record === undefined) out.remove.push(id);
    else out.upsert.push(record);
  }
  return out;
}

/** Looks up a set of records in one listing, when listing once is cheaper than reading each. */
function fromListing<T extends { id: string }>(ids: Set<string>, list: () => T[]): RecordChanges<T> {
  const byId = new Map(list().map((r) => [r.id, r]));
  return readBack(ids, (id) => byId.get(id));
}

export function projectFields(store: ProjectStore): ChangeSet['project'] & object {
  return { path: store.path, project: store.info(), readOnlyReason: store.readOnlyReason, canUndo: store.canUndo, canRedo: store.canRedo };
}

/** The change set of what `touched` wrote, read from `store` as it is now. */
export function changeSetOf(store: ProjectStore, touched: readonly Touched[]): ChangeSet {
  const project: Omit<ProjectState, 'articles'> = projectFields(store);
  if (touched.length > MOST_RECORDS) return { reload: true, project };
  const o = ownersOf(touched);
  const set: ChangeSet = { project };
  if (o.itemsOfRegions.size > 0) {
    for (const c of store.listComparisons()) if (c.items.some((i) => o.itemsOfRegions.has(i.id))) o.comparisons.add(c.id);
  }
  if (o.claims.size) set.claims = readBack(o.claims, (id) => store.getClaim(id));
  if (o.tags.size) set.tags = fromListing(o.tags, () => store.listTags());
  if (o.evidence.size) {
    const upsert = [...o.evidenceOf].flatMap((claimId) => store.listEvidence(claimId));
    const present = new Set(upsert.map((e) => e.id));
    set.evidence = { upsert, remove: [...o.evidence].filter((id) => !present.has(id)) };
  }
  if (o.comparisons.size) set.comparisons = readBack(o.comparisons, (id) => store.getComparison(id));
  if (o.articles.size) set.articles = fromListing(o.articles, () => store.articleSummaries([...o.articles]));
  if (o.settings.size) {
    const settings = store.listSettings();
    set.settings = readBack(o.settings, (key) => (key in settings ? { id: key, value: settings[key] } : undefined));
  }
  return set;
}
