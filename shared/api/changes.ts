// What an edit changed, as the renderer holds it: every API call that edits the project returns,
// besides its value, the records it touched (upserted as they now are, or removed by id). The
// renderer applies this to its store instead of loading everything again.
import type { Claim } from '../domain/claim';
import type { Tag } from '../domain/codebook';
import type { EvidenceItem } from '../domain/evidence';
import type { Comparison } from '../domain/comparison';
import type { ArticleSummary } from '../domain/project';
import type { ProjectState } from './views';

/** Records of one kind that an edit left as they are now, or removed. */
export interface RecordChanges<T> {
  upsert: T[];
  remove: string[];
}

/** The project state fields an edit can change (the article list travels as `articles`). */
export type ProjectFields = Omit<ProjectState, 'articles'>;

export interface ChangeSet {
  /** Too much changed to list (an import, a merge, resolving conflicts): load everything again. */
  reload?: true;
  project?: ProjectFields;
  claims?: RecordChanges<Claim>;
  tags?: RecordChanges<Tag>;
  evidence?: RecordChanges<EvidenceItem>;
  comparisons?: RecordChanges<Comparison>;
  articles?: RecordChanges<ArticleSummary>;
  /** Project settings by key (`id`), with their values; `remove` lists keys no longer set. */
  settings?: RecordChanges<SettingEntry>;
}

/** One project setting as a change set carries it. */
export interface SettingEntry {
  /** The setting's key. */
  id: string;
  value: unknown;
}
