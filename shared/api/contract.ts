// The one API between the renderer and the services: a map from method name to the zod schema
// of its argument and the type of its result. IPC handlers, the preload bridge and the
// browser-mode client are all typed from this map.
import { z } from 'zod';
import type { MethodName } from './methods';
import type { Result } from './result';
import { ENCODING_CHOICES, type ConflictView, type HistoryEntryView, type ImportPreviewView, type MergeReportView, type ProjectState } from './views';
import type { AgreementReport } from '../agreement/report';
import { PreferencesPatchSchema, type Preferences, type RecentProject } from '../preferences';
import { ClaimPatchSchema, NewClaimSchema, type Claim } from '../domain/claim';
import { NewTagSchema, TagPatchSchema, type Tag } from '../domain/codebook';
import { EvidencePatchSchema, NewEvidenceItemSchema, type EvidenceItem } from '../domain/evidence';
import type { Article, Change } from '../domain/project';
import {
  ComparisonItemPatchSchema,
  ComparisonPatchSchema,
  NewComparisonItemSchema,
  NewComparisonSchema,
  NewRegionSchema,
  RegionPatchSchema,
  type Comparison,
} from '../domain/comparison';
import { IdSchema } from '../domain/ids';
import { ExportOptionsSchema } from '../export/options';
import type { ImportReport } from '../merge/web-annotations';
import type { ExportProgress } from '../export/progress';
import { SETTINGS, SuggestionKindSchema, SuggestionStatsSchema, type SettingKey } from '../settings/settings';
import type { SyncConflictView, SyncStatusView } from '../sync/views';

interface MethodSpec<A extends z.ZodType, R> {
  arg: A;
  /** Phantom: only its type is used. */
  result: R;
}

const method =
  <R>() =>
  <A extends z.ZodType>(arg: A): MethodSpec<A, R> => ({ arg, result: undefined as R });

const none = z.undefined();
const PathSchema = z.string().min(1).max(4096);
const byId = z.object({ id: IdSchema }).strict();

export interface AppInfo {
  name: string;
  version: string;
  /** Electron desktop app, or the loopback web host. */
  mode: 'electron' | 'browser';
  platform: string;
  /** Where a new project is suggested to go. */
  documentsDir: string;
  pathSeparator: string;
}

/** A screenshot stored by attachScreenshots. */
export interface ScreenshotView {
  fileName: string;
  hash: string;
  thumbnailHash: string;
  mime: string;
  width: number;
  height: number;
}

/** A recent project as listed in 文件 → 最近打开; `missing` when the file is gone. */
export type RecentEntry = RecentProject & { missing: boolean };

export const ImportSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), fileName: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict(),
  z.object({ kind: z.literal('path'), path: PathSchema }).strict(),
  z.object({ kind: z.literal('paste'), text: z.string(), html: z.string().optional() }).strict(),
]);
export type ImportSource = z.infer<typeof ImportSourceSchema>;

export const ImportOptionsSchema = z
  .object({
    encoding: z.enum(ENCODING_CHOICES).optional(),
    disabledCleanups: z.array(z.string()).optional(),
    title: z.string().max(500).optional(),
    /** Source fields the user typed in the preview; an empty string removes the field. */
    source: z
      .object({ url: z.string().max(2000), publisher: z.string().max(500), author: z.string().max(500), publishedAt: z.string().max(100) })
      .partial()
      .strict()
      .optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

/** Where a synced project's server is, and its key (a shared secret or a JWT). */
const SyncConnectionSchema = z
  .object({
    server: z.string().trim().regex(/^wss?:\/\/[^\s/]+/).max(2000),
    project: z.string().trim().min(1).max(200),
    key: z.string().trim().min(1).max(4096),
  })
  .strict();

export const contract = {
  // App and preferences
  appInfo: method<AppInfo>()(none),
  getPreferences: method<Preferences>()(none),
  setPreferences: method<Preferences>()(PreferencesPatchSchema),
  listRecent: method<RecentEntry[]>()(none),
  removeRecent: method<RecentEntry[]>()(z.object({ path: z.string().min(1) }).strict()),
  /** Electron only: the native file dialog. Null when cancelled. */
  pickPath: method<string | null>()(
    z.object({ purpose: z.enum(['openProject', 'newProject', 'saveCopy', 'export']), suggestedName: z.string().optional() }).strict(),
  ),

  // The project file
  projectNew: method<ProjectState>()(z.object({ path: PathSchema, title: z.string().trim().min(1).max(200) }).strict()),
  /** `takeOver`: replace a lock another computer holds, after the user confirmed it is closed there. */
  projectOpen: method<ProjectState>()(z.object({ path: PathSchema, takeOver: z.boolean().optional() }).strict()),
  projectClose: method<null>()(none),
  projectState: method<ProjectState | null>()(none),
  projectSetTitle: method<ProjectState>()(z.object({ title: z.string().trim().min(1).max(200) }).strict()),
  /** 另存为…: writes a compact copy and continues in it. */
  projectSaveAs: method<ProjectState>()(z.object({ path: PathSchema }).strict()),
  /** 保存副本…: writes a compact copy and stays in the current file. */
  projectSaveCopy: method<{ path: string; bytes: number }>()(z.object({ path: PathSchema }).strict()),
  undo: method<ProjectState>()(none),
  redo: method<ProjectState>()(none),
  listChanges: method<Change[]>()(z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict()),

  // Articles
  importPreview: method<ImportPreviewView>()(z.object({ source: ImportSourceSchema, options: ImportOptionsSchema.default({}) }).strict()),
  importCommit: method<Article>()(
    z
      .object({
        source: ImportSourceSchema,
        options: ImportOptionsSchema.default({}),
        /** Bring the import in as a new revision of this article; its claims move along. */
        asRevisionOf: IdSchema.optional(),
      })
      .strict(),
  ),
  getArticle: method<Article>()(byId),
  renameArticle: method<Article>()(z.object({ id: IdSchema, title: z.string().trim().min(1).max(500) }).strict()),
  /** Deletes the article with its revisions and claims in one undoable edit; says how many claims went. */
  deleteArticle: method<{ claims: number }>()(byId),

  // Claims, codebook, evidence
  listClaims: method<Claim[]>()(z.object({ articleId: IdSchema }).strict()),
  addClaim: method<Claim>()(NewClaimSchema),
  updateClaim: method<Claim>()(z.object({ id: IdSchema, patch: ClaimPatchSchema }).strict()),
  deleteClaim: method<null>()(byId),
  claimHistory: method<HistoryEntryView[]>()(z.object({ claimId: IdSchema }).strict()),
  /** Claims, notes, evidence and article text across the project containing the query. */
  searchProject: method<
    { kind: 'claim' | 'note' | 'evidence' | 'article'; claimId: string | null; articleId: string; excerpt: string; start?: number; end?: number }[]
  >()(
    z.object({ query: z.string().min(1).max(500) }).strict(),
  ),
  listTags: method<Tag[]>()(none),
  addTag: method<Tag>()(NewTagSchema),
  updateTag: method<Tag>()(z.object({ id: IdSchema, patch: TagPatchSchema }).strict()),
  mergeTags: method<Tag>()(z.object({ fromId: IdSchema, intoId: IdSchema }).strict()),
  deleteTag: method<null>()(byId),
  reorderTags: method<Tag[]>()(z.object({ orderedIds: z.array(IdSchema) }).strict()),
  listEvidence: method<EvidenceItem[]>()(z.object({ claimId: IdSchema }).strict()),
  addEvidence: method<EvidenceItem>()(z.object({ claimId: IdSchema, item: NewEvidenceItemSchema }).strict()),
  updateEvidence: method<EvidenceItem>()(z.object({ id: IdSchema, patch: EvidencePatchSchema }).strict()),
  deleteEvidence: method<null>()(byId),
  reorderEvidence: method<EvidenceItem[]>()(z.object({ claimId: IdSchema, orderedIds: z.array(IdSchema) }).strict()),

  // Export
  /** The export's bytes, for browser mode to offer as a download. */
  exportProject: method<{ fileName: string; mime: string; bytes: Uint8Array; claims: number; pages?: number }>()(
    z.object({ options: ExportOptionsSchema }).strict(),
  ),
  /** Writes the export to a file atomically (an existing file survives a failed export). */
  exportToFile: method<{ path: string; claims: number; pages?: number; bytes: number }>()(
    z.object({ options: ExportOptionsSchema, path: PathSchema }).strict(),
  ),

  // Teams
  /** What merging another copy of this project would bring; writes nothing. */
  mergePreview: method<MergeReportView>()(z.object({ path: PathSchema }).strict()),
  /** Merges another copy into the open project as one undoable step; conflicts keep both values. */
  mergeCopy: method<MergeReportView>()(z.object({ path: PathSchema, prefer: z.enum(['mine', 'theirs']).optional() }).strict()),
  listConflicts: method<ConflictView[]>()(z.object({ unresolvedOnly: z.boolean().default(true) }).strict()),
  resolveConflicts: method<number>()(z.object({ resolution: z.enum(['mine', 'theirs']), ids: z.array(IdSchema).optional() }).strict()),
  /** Agreement between this project and an independently annotated copy of the same article. */
  agreementReport: method<{ articleId: string; title: string; report: AgreementReport; csv: string; html: string }>()(
    z.object({ path: PathSchema, articleId: IdSchema.optional() }).strict(),
  ),
  /** W3C Web Annotations or Hypothesis JSON, re-anchored onto an article as claims. */
  importAnnotations: method<ImportReport>()(
    z.object({ json: z.string().min(2).max(50_000_000), articleId: IdSchema.optional() }).strict(),
  ),

  // Screenshot comparisons
  /** Checks images by content, makes thumbnails, stores both; all or none. */
  attachScreenshots: method<ScreenshotView[]>()(
    z.object({ files: z.array(z.object({ fileName: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict()).min(1).max(12) }).strict(),
  ),
  listComparisons: method<Comparison[]>()(z.object({ claimId: IdSchema.optional() }).strict()),
  addComparison: method<Comparison>()(NewComparisonSchema),
  updateComparison: method<Comparison>()(z.object({ id: IdSchema, patch: ComparisonPatchSchema }).strict()),
  deleteComparison: method<null>()(byId),
  addComparisonItem: method<Comparison>()(z.object({ comparisonId: IdSchema, item: NewComparisonItemSchema }).strict()),
  updateComparisonItem: method<null>()(z.object({ id: IdSchema, patch: ComparisonItemPatchSchema }).strict()),
  removeComparisonItem: method<null>()(byId),
  reorderComparisonItems: method<Comparison>()(z.object({ comparisonId: IdSchema, orderedIds: z.array(IdSchema) }).strict()),
  addRegion: method<string>()(z.object({ itemId: IdSchema, region: NewRegionSchema }).strict()),
  updateRegion: method<null>()(z.object({ id: IdSchema, patch: RegionPatchSchema }).strict()),
  deleteRegion: method<null>()(byId),
  /** Electron only: screens and windows that 截取屏幕… can capture, with small previews. */
  listCaptureSources: method<{ id: string; name: string; kind: 'screen' | 'window'; preview: Uint8Array }[]>()(none),
  /** Electron only: a full-resolution PNG of one source, or null when it has gone. */
  captureSource: method<{ fileName: string; bytes: Uint8Array } | null>()(z.object({ id: z.string().min(1).max(200) }).strict()),
  /** The pixel difference of two stored screenshots: share changed and a PNG highlighting it. */
  pixelDiff: method<{ width: number; height: number; changedPixels: number; changedShare: number; png: Uint8Array }>()(
    z.object({ a: z.string().regex(/^[0-9a-f]{64}$/), b: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  ),
  /** How far the export started with this `jobId` has come; null when it is not running. */
  exportProgress: method<ExportProgress | null>()(z.object({ jobId: z.uuid() }).strict()),
  /** Cancels that export: nothing is written; false when it was no longer running. */
  cancelExport: method<boolean>()(z.object({ jobId: z.uuid() }).strict()),

  // The project's settings (kept in the file: shared/settings)
  /** Every setting by key, dismissed suggestions as `suggestions.dismissed/KEY`. */
  listSettings: method<Record<string, unknown>>()(none),
  /** Sets one setting (its value checked against the key's schema) as one undoable edit. */
  setSetting: method<null>()(
    z.object({ key: z.enum(Object.keys(SETTINGS) as [SettingKey, ...SettingKey[]]), value: z.unknown() }).strict(),
  ),
  /** The keys of the suggestions dismissed in the project, or in one article (shared/suggest/key.ts). */
  listDismissedSuggestions: method<string[]>()(z.object({ articleId: IdSchema.optional() }).strict()),
  /** Dismisses a suggestion for good and counts it for its kind: one undoable edit. */
  dismissSuggestion: method<null>()(z.object({ key: z.string().min(1).max(20_000), kind: SuggestionKindSchema }).strict()),
  /** Makes a suggestion a claim and counts it for its kind: one undoable edit. */
  acceptSuggestion: method<Claim>()(z.object({ claim: NewClaimSchema, kind: SuggestionKindSchema }).strict()),
  /** What this computer kept of the project's suggestions before v6 (local storage), taken in once; true when anything was new. */
  handOverSuggestions: method<boolean>()(
    z.object({ dismissed: z.array(z.string().min(1).max(20_000)).max(100_000), stats: SuggestionStatsSchema }).strict(),
  ),
  // Team sync (文件 → 团队同步…)
  /** The status bar's sync state, presence; polled while a project is open. */
  syncStatus: method<SyncStatusView>()(none),
  /** Shares the open project on a sync server (or brings a project that synced before back online). */
  syncShare: method<SyncStatusView>()(SyncConnectionSchema),
  /** Makes a new project file from a server's project and opens it. */
  syncJoin: method<ProjectState>()(SyncConnectionSchema.extend({ path: PathSchema }).strict()),
  /** Stops syncing the open project; it stays a file with everything in it. */
  syncStop: method<SyncStatusView>()(none),
  syncConflicts: method<SyncConflictView[]>()(none),
  /** Settles a conflict with one value; every replica then shows it. */
  syncResolve: method<null>()(
    z
      .object({
        table: z.string().min(1).max(100),
        id: z.string().min(1).max(200),
        field: z.string().min(1).max(100),
        value: z.union([z.string().max(200), z.boolean(), z.null()]),
      })
      .strict(),
  ),
  /** Tells colleagues which claim this window has selected. */
  syncPresence: method<null>()(z.object({ claimId: IdSchema.nullable() }).strict()),
} satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type ArgOf<M extends MethodName> = z.input<Contract[M]['arg']>;
export type ParsedArgOf<M extends MethodName> = z.output<Contract[M]['arg']>;
export type ResultOf<M extends MethodName> = Contract[M]['result'];

/** What the renderer holds: one async function per method. */
export type PizhuApi = {
  [M in MethodName]: ArgOf<M> extends undefined
    ? () => Promise<Result<ResultOf<M>>>
    : (arg: ArgOf<M>) => Promise<Result<ResultOf<M>>>;
};

/** What main implements: one handler per method, given the parsed argument. */
export type ApiHandlers = {
  [M in MethodName]: (arg: ParsedArgOf<M>) => Promise<ResultOf<M>> | ResultOf<M>;
};
