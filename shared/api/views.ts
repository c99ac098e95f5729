// Values the API returns that are views over several domain records (what a screen needs in
// one call), as opposed to the records themselves in shared/domain.
import type { ArticleContent, BlockKind } from '../article/model';
import type { ArticleSummary, Project } from '../domain/project';

/** The open project as the workspace shows it. */
export interface ProjectState {
  path: string;
  project: Project;
  /** Why edits are refused (newer format, read-only file), or null when writable. */
  readOnlyReason: string | null;
  canUndo: boolean;
  canRedo: boolean;
  articles: ArticleSummary[];
}

export type ImportFormat = 'text' | 'html' | 'markdown' | 'docx' | 'pdf' | 'paste';
export const ENCODING_CHOICES = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

/** What the import dialog shows before anything is added. */
export interface ImportPreviewView {
  fileName: string;
  format: ImportFormat;
  encoding?: { name: string; confidence: number; declared?: string };
  content: ArticleContent;
  cleanups: { id: string; label: string; applied: boolean; detail?: string }[];
  warnings: string[];
  images: { hash: string; mime: string; bytes: number }[];
  stats: { codePoints: number; blocksByKind: Partial<Record<BlockKind, number>> };
  /** An article already in the project with the same source URL: the import can become its new revision. */
  sameSourceArticleId: string | null;
}

/** A merge conflict as the merge dialog shows it: both values kept until resolved. */
export interface ConflictView {
  id: string;
  table: string;
  recordId: string;
  /** The field in conflict; null when one side deleted the record the other edited. */
  field: string | null;
  kind: 'field' | 'edit-delete';
  mine: unknown;
  theirs: unknown;
  theirsAuthorId: string;
  resolution: 'mine' | 'theirs' | null;
}

/** What merging a copy does (or would do): records added, changed, deleted per table, conflicts. */
export interface MergeReportView {
  summary: {
    added: Record<string, number>;
    changed: Record<string, number>;
    deleted: Record<string, number>;
    conflicts: number;
    assets: number;
    theirChanges: number;
  };
  conflicts: { table: string; recordId: string; field: string | null; kind: 'field' | 'edit-delete'; mine: unknown; theirs: unknown }[];
  unresolved: ConflictView[];
}

/** One entry of a claim's history (who changed what, when). */
export interface HistoryEntryView {
  at: string;
  authorId: string;
  authorName: string;
  action: string;
  table: string;
  op: 'insert' | 'update' | 'delete';
  fields: { field: string; before: unknown; after: unknown }[];
}
