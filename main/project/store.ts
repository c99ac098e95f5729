// ProjectStore: one open project file and every way the app reads and edits it. Each edit is one
// transaction that also logs its changes with the author and time, so there is never unsaved
// work, and each is one step that undo() and redo() can take back or do again.
import { randomUUID } from 'node:crypto';
import { closeSync, constants, copyFileSync, fsyncSync, openSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { ZodError } from 'zod';
import type { Phrase } from '../../shared/api/result';
import type { ArticleContent } from '../../shared/article/model';
import type { Claim, ClaimPatch, NewClaim } from '../../shared/domain/claim';
import type { NewTag, Tag, TagPatch } from '../../shared/domain/codebook';
import type { EvidenceItem, EvidencePatch, NewEvidenceItem } from '../../shared/domain/evidence';
import type {
  Comparison,
  ComparisonItemPatch,
  ComparisonPatch,
  NewComparison,
  NewComparisonItem,
  NewRegion,
  RegionPatch,
} from '../../shared/domain/comparison';
import { AuthorSchema, type Article, type ArticleSummary, type AssetMeta, type Author, type Change, type ImportInfo, type Project } from '../../shared/domain/project';
import type { Language } from '../../shared/preferences';
import type { PlannedConflict } from '../../shared/merge/plan';
import { ChangeRecorder, listChanges, readGroup, replayBackwards, replayForwards, type LogRecord, type Touched } from './change-log';
import { listConflicts, resolveConflicts, type MergeConflict, type Side } from './conflicts';
import type { StoreContext } from './context';
import { applyMerge, type MergeInput } from './merge-writes';
import { invalidInput, projectError, writeError } from './errors';
import { userVersion } from './migrations';
import { createProjectFile, openProjectFile, writeCompactCopy, type OpenedFile } from './open-file';
import { Sql } from './sql';
import * as articles from './articles';
import * as assets from './assets';
import * as claims from './claims';
import * as codebook from './codebook';
import * as evidence from './evidence';
import * as comparisons from './comparisons';
import { claimHistory, type HistoryEntry } from './history';
import { searchProject, type SearchHit } from './search';
import { appendUpdate, applySyncedWrites, compactUpdates, queueUploads, readUpdates, type SyncedInput, type SyncedWrite } from './sync-writes';
import { tableDecl } from '../../shared/domain/record-graph';
import { RECORD_TABLES } from '../../shared/domain/tables';
import { addStats, countSuggestion, DISMISSED_PREFIX, type SettingKey, type SettingValues, type SuggestionStats } from '../../shared/settings/settings';
import type { Publisher } from '../../shared/export/publisher';
import type { SuggestionKind } from '../../shared/suggest/rules';
import * as settings from './settings';
import type { Row } from './sql';


/** The tables rowCount may be asked about: names from this list only ever reach the SQL. */
const COUNTED_TABLES: ReadonlySet<string> = new Set(['authors', 'assets', ...RECORD_TABLES]);
export interface OpenOptions {
  /** Who is editing: recorded with every change. */
  author: Author;
  lang?: Language;
  /** Open for reading only, as `pizhu info` does: nothing is written, not even the author. */
  readOnly?: boolean;
  /** Take over a lock another computer holds, once the user has confirmed it is closed there. */
  takeOver?: boolean;
}

export interface CreateOptions extends OpenOptions {
  title: string;
  /**
   * A project joined through team sync: the file takes the shared project's id and no default
   * codebook (the shared document brings the desk's). `update` is the shared document as the
   * server sent it, written into the sync log in the same transaction that makes the file, so a
   * joined file never exists without what it joined.
   */
  joining?: { projectId: string; update?: Uint8Array };
}

export interface ArticleFileOptions {
  /** The imported file itself, kept as an asset for provenance. */
  original?: { bytes: Uint8Array; mime: string };
  /** Images the article embeds (data: URIs), stored in the same transaction as the article. */
  images?: { bytes: Uint8Array; mime: string }[];
  importInfo?: ImportInfo;
}

export interface ProjectStats {
  schemaVersion: number;
  articles: number;
  claims: number;
  assets: number;
  assetBytes: number;
  fileBytes: number;
}

/**
 * The edits a batch may make: many of them in one transaction and one undo step (an import of
 * annotations, a benchmark building a large project). Each returns what the store's own method
 * of the same name does, by id.
 */
export interface BatchOps {
  addClaim(input: NewClaim): string;
  updateClaim(id: string, patch: ClaimPatch): void;
  deleteClaim(id: string): void;
  listTags(): Tag[];
  addTag(input: NewTag): string;
  updateTag(id: string, patch: TagPatch): void;
  addEvidence(claimId: string, input: NewEvidenceItem): string;
  updateEvidence(id: string, patch: EvidencePatch): void;
  deleteEvidence(id: string): void;
  /** A claim with the id, times and authors an imported annotation gives (annotation import). */
  importClaim(input: NewClaim, origin: claims.ClaimOrigin): string;
  /** The claim with this id, or null. */
  findClaim(id: string): Claim | null;
  listEvidence(claimId: string): EvidenceItem[];
}

/** Where a file's change log ends: a plan made from the file is still good while this holds. */
export interface LogTail {
  seq: number;
  chain: string;
}

export type { LogRecord, MergeConflict, MergeInput, Side, Touched, Row, SyncedInput, SyncedWrite };

/**
 * Team sync's hook into every edit (main/sync/bridge.ts): called inside the edit's transaction
 * with the records it wrote, it returns the Yjs update carrying them and the assets to upload,
 * which are logged in the same transaction, or null when the edit has nothing to send.
 */
export interface SyncHook {
  localEdit(edit: { touched: readonly Touched[]; authorId: string; at: string; read: (table: string, key: string) => Row | undefined }):
    | { update: Uint8Array; uploads: string[] }
    | null;
}

const now = () => new Date().toISOString();

/** How many touched records takeTouched() keeps between calls (more than a change set carries). */
const TOUCHED_KEPT = 10_000;

export class ProjectStore {
  private readonly ctx: StoreContext;
  private readonly db: OpenedFile['db'];
  private readonly lock: OpenedFile['lock'];
  private readonly dispose: OpenedFile['dispose'];
  private readonly author: Author;
  /** This session's undoable edits (group ids), newest last. */
  private readonly undoStack: string[] = [];
  private readonly redoStack: string[] = [];
  private closed = false;
  private authorRecorded = false;
  /** What the edits committed since the last takeTouched() wrote; null when none ran. */
  private touched: Touched[] | null = null;
  private syncHook: SyncHook | null = null;
  /** Why edits are refused (newer format, read-only file), or null when the project is writable. */
  readonly readOnlyReason: string | null;
  /** The same reason as a phrase, worded where it is shown in the language of the moment. */
  readonly readOnlyPhrase: Phrase | null;

  private constructor(
    readonly path: string,
    opened: OpenedFile,
    author: Author,
    lang: Language,
  ) {
    this.db = opened.db;
    this.lock = opened.lock;
    this.readOnlyReason = opened.readOnlyReason;
    this.readOnlyPhrase = opened.readOnlyPhrase;
    this.dispose = opened.dispose;
    this.author = author;
    this.ctx = { file: path, lang, sql: new Sql(opened.db) };
  }

  /** Creates a new project at `path` with the default codebook and opens it. */
  static create(path: string, { title, author, lang = 'zh-CN', joining }: CreateOptions): ProjectStore {
    const who = AuthorSchema.parse(author);
    createProjectFile(path, { file: path, lang }, (db) => {
      const sql = new Sql(db);
      const at = now();
      sql.run('INSERT INTO authors (id, name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)', who.id, who.name, at, at);
      sql.run(
        'INSERT INTO project (id, title, modified_at, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
        joining?.projectId ?? randomUUID(), title, at, at, who.id,
      );
      if (!joining) codebook.seedDefaultCodebook(sql, at, who.id);
      if (joining?.update) appendUpdate(sql, joining.update, at);
    });
    return ProjectStore.open(path, { author: who, lang });
  }

  /** Opens a project; read-only (see readOnlyReason) when it is newer than this app or not writable. */
  static open(path: string, { author, lang = 'zh-CN', readOnly = false, takeOver = false }: OpenOptions): ProjectStore {
    const who = AuthorSchema.parse(author);
    return new ProjectStore(path, openProjectFile(path, { file: path, lang }, { readOnly, lock: { author: who.name, takeOver } }), who, lang);
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    this.lock?.release();
    this.dispose();
  }

  // Project and authors

  info(): Project {
    const r = this.read(() => this.ctx.sql.get('SELECT id, title, created_at, modified_at FROM project'))!;
    return {
      id: String(r.id),
      title: String(r.title),
      createdAt: String(r.created_at),
      modifiedAt: String(r.modified_at),
      schemaVersion: userVersion(this.db),
    };
  }

  stats(): ProjectStats {
    const count = (sql: string) => Number(this.read(() => this.ctx.sql.get<{ n: number }>(sql))!.n);
    return {
      schemaVersion: userVersion(this.db),
      articles: count('SELECT count(*) AS n FROM articles'),
      claims: count('SELECT count(*) AS n FROM claims'),
      assets: count('SELECT count(*) AS n FROM assets'),
      assetBytes: count('SELECT coalesce(sum(bytes), 0) AS n FROM assets'),
      fileBytes: statSync(this.path).size,
    };
  }

  setTitle(title: string): void {
    this.edit('setTitle', (rec) => {
      rec.update('project', this.info().id, { title });
    });
  }

  authors(): Author[] {
    return this.read(() => this.ctx.sql.all<Author>('SELECT id, name FROM authors ORDER BY first_seen_at, id'));
  }

  // Articles

  listArticles(): ArticleSummary[] {
    return this.read(() => articles.listArticles(this.ctx));
  }

  /** The summaries of the articles `ids` names that exist (what an edit's change set sends back). */
  articleSummaries(ids: readonly string[]): ArticleSummary[] {
    return ids.length ? this.read(() => articles.listArticles(this.ctx, ids)) : [];
  }

  getArticle(id: string, revisionId?: string): Article {
    return this.read(() => articles.getArticle(this.ctx, id, revisionId));
  }

  addArticle(content: ArticleContent, opts: ArticleFileOptions = {}): Article {
    const id = this.edit('addArticle', (rec) =>
      articles.addArticle(this.ctx, rec, content, opts.importInfo ?? {}, this.storeOriginal(rec, opts)),
    );
    return this.getArticle(id);
  }

  /** Adds a new current revision of an article; claims keep counting in the revision they were made on. */
  addRevision(articleId: string, content: ArticleContent, opts: ArticleFileOptions = {}): Article {
    this.edit('addRevision', (rec) =>
      articles.addRevision(this.ctx, rec, articleId, content, opts.importInfo ?? {}, this.storeOriginal(rec, opts)),
    );
    return this.getArticle(articleId);
  }

  /**
   * Adds a new revision and moves the article's claims to it in the same undoable step:
   * `relocate` is given the new text and each claim, and returns the claim's new anchor, or
   * null to keep it as an orphan (never dropped).
   */
  addRevisionMovingClaims(
    articleId: string,
    content: ArticleContent,
    opts: ArticleFileOptions,
    relocate: (claim: Claim) => Claim['anchor'] | null,
  ): { article: Article; moved: number; orphaned: number } {
    let moved = 0;
    let orphaned = 0;
    this.edit('addRevision', (rec) => {
      const existing = claims.listClaims(this.ctx, articleId);
      const revisionId = articles.addRevision(this.ctx, rec, articleId, content, opts.importInfo ?? {}, this.storeOriginal(rec, opts));
      for (const claim of existing) {
        const anchor = relocate(claim);
        if (anchor) {
          claims.updateClaim(this.ctx, rec, claim.id, { anchor, revisionId, orphan: false });
          moved++;
        } else {
          claims.updateClaim(this.ctx, rec, claim.id, { orphan: true });
          orphaned++;
        }
      }
    });
    return { article: this.getArticle(articleId), moved, orphaned };
  }

  /** Renames an article everywhere it is shown (navigator, reader, exports); one undo step. */
  renameArticle(id: string, title: string): Article {
    this.edit('renameArticle', (rec) => articles.renameArticle(this.ctx, rec, id, title));
    return this.getArticle(id);
  }

  /** Deletes an article with its revisions and claims in one undo step; comparisons stay, unlinked. */
  deleteArticle(id: string): { claims: number } {
    return this.edit('deleteArticle', (rec) => articles.deleteArticle(this.ctx, rec, id));
  }

  private storeOriginal(rec: ChangeRecorder, opts: ArticleFileOptions): string | null {
    for (const image of opts.images ?? []) assets.putAsset(this.ctx.sql, image.bytes, { mime: image.mime }, rec.at, rec.authorId);
    if (!opts.original) return null;
    return assets.putAsset(this.ctx.sql, opts.original.bytes, { mime: opts.original.mime }, rec.at, rec.authorId).hash;
  }

  // Claims

  listClaims(articleId: string): Claim[] {
    return this.read(() => claims.listClaims(this.ctx, articleId));
  }

  getClaim(id: string): Claim {
    return this.read(() => claims.getClaim(this.ctx, id));
  }

  addClaim(input: NewClaim): Claim {
    return this.getClaim(this.edit('addClaim', (rec) => claims.addClaim(this.ctx, rec, input)));
  }

  updateClaim(id: string, patch: ClaimPatch): Claim {
    this.edit('updateClaim', (rec) => claims.updateClaim(this.ctx, rec, id, patch));
    return this.getClaim(id);
  }

  deleteClaim(id: string): void {
    this.edit('deleteClaim', (rec) => claims.deleteClaim(this.ctx, rec, id));
  }

  /** Claims, notes and evidence containing `query` (any length, one Chinese character included). */
  search(query: string): SearchHit[] {
    return this.read(() => searchProject(this.ctx, query));
  }

  /** Who changed what on a claim (its fields, tags and evidence), newest first. */
  claimHistory(claimId: string): HistoryEntry[] {
    return this.read(() => claimHistory(this.ctx, claimId));
  }

  // Screenshot comparisons

  /** Stores a screenshot and its thumbnail (each once, by hash) in one transaction. */
  addScreenshot(
    image: { bytes: Uint8Array; mime: string; width: number; height: number },
    thumbnail: { bytes: Uint8Array; mime: string; width: number; height: number },
  ): { hash: string; thumbnailHash: string } {
    this.assertWritable();
    return this.transaction(() => {
      const at = now();
      const hash = assets.putAsset(this.ctx.sql, image.bytes, image, at, this.author.id).hash;
      const thumbnailHash = assets.putAsset(this.ctx.sql, thumbnail.bytes, thumbnail, at, this.author.id).hash;
      return { hash, thumbnailHash };
    });
  }

  listComparisons(claimId?: string): Comparison[] {
    return this.read(() => comparisons.listComparisons(this.ctx, claimId));
  }

  getComparison(id: string): Comparison {
    return this.read(() => comparisons.getComparison(this.ctx, id));
  }

  addComparison(input: NewComparison): Comparison {
    return this.getComparison(this.edit('addComparison', (rec) => comparisons.addComparison(this.ctx, rec, input)));
  }

  updateComparison(id: string, patch: ComparisonPatch): Comparison {
    this.edit('updateComparison', (rec) => comparisons.updateComparison(this.ctx, rec, id, patch));
    return this.getComparison(id);
  }

  deleteComparison(id: string): void {
    this.edit('deleteComparison', (rec) => comparisons.deleteComparison(this.ctx, rec, id));
  }

  addComparisonItem(comparisonId: string, input: NewComparisonItem): Comparison {
    this.edit('addComparisonItem', (rec) => comparisons.addComparisonItem(this.ctx, rec, comparisonId, input));
    return this.getComparison(comparisonId);
  }

  updateComparisonItem(itemId: string, patch: ComparisonItemPatch): void {
    this.edit('updateComparisonItem', (rec) => comparisons.updateComparisonItem(this.ctx, rec, itemId, patch));
  }

  removeComparisonItem(itemId: string): void {
    this.edit('removeComparisonItem', (rec) => comparisons.removeComparisonItem(this.ctx, rec, itemId));
  }

  reorderComparisonItems(comparisonId: string, orderedIds: readonly string[]): Comparison {
    this.edit('reorderComparisonItems', (rec) => comparisons.reorderComparisonItems(this.ctx, rec, comparisonId, orderedIds));
    return this.getComparison(comparisonId);
  }

  addRegion(itemId: string, input: NewRegion): string {
    return this.edit('addRegion', (rec) => comparisons.addRegion(this.ctx, rec, itemId, input));
  }

  updateRegion(id: string, patch: RegionPatch): void {
    this.edit('updateRegion', (rec) => comparisons.updateRegion(this.ctx, rec, id, patch));
  }

  deleteRegion(id: string): void {
    this.edit('deleteRegion', (rec) => comparisons.deleteRegion(this.ctx, rec, id));
  }

  // Codebook

  listTags(): Tag[] {
    return this.read(() => codebook.listTags(this.ctx));
  }

  private getTag(id: string): Tag {
    return this.listTags().find((t) => t.id === id)!;
  }

  addTag(input: NewTag): Tag {
    return this.getTag(this.edit('addTag', (rec) => codebook.addTag(this.ctx, rec, input)));
  }

  updateTag(id: string, patch: TagPatch): Tag {
    this.edit('updateTag', (rec) => codebook.updateTag(this.ctx, rec, id, patch));
    return this.getTag(id);
  }

  /** Renames a tag; every claim carrying it shows the new name at once. */
  renameTag(id: string, name: string): Tag {
    this.edit('renameTag', (rec) => codebook.updateTag(this.ctx, rec, id, { name }));
    return this.getTag(id);
  }

  /** Moves every use of tag `fromId` onto `intoId` and deletes `fromId`; returns the kept tag. */
  mergeTags(fromId: string, intoId: string): Tag {
    this.edit('mergeTags', (rec) => codebook.mergeTags(this.ctx, rec, fromId, intoId));
    return this.getTag(intoId);
  }

  deleteTag(id: string): void {
    this.edit('deleteTag', (rec) => codebook.deleteTag(this.ctx, rec, id));
  }

  reorderTags(orderedIds: readonly string[]): Tag[] {
    this.edit('reorderTags', (rec) => codebook.reorderTags(this.ctx, rec, orderedIds));
    return this.listTags();
  }

  // Evidence

  listEvidence(claimId: string): EvidenceItem[] {
    return this.read(() => evidence.listEvidence(this.ctx, claimId));
  }

  addEvidence(claimId: string, input: NewEvidenceItem): EvidenceItem {
    const id = this.edit('addEvidence', (rec) => evidence.addEvidence(this.ctx, rec, claimId, input));
    return this.read(() => evidence.getEvidence(this.ctx, id));
  }

  updateEvidence(id: string, patch: EvidencePatch): EvidenceItem {
    this.edit('updateEvidence', (rec) => evidence.updateEvidence(this.ctx, rec, id, patch));
    return this.read(() => evidence.getEvidence(this.ctx, id));
  }

  deleteEvidence(id: string): void {
    this.edit('deleteEvidence', (rec) => evidence.deleteEvidence(this.ctx, rec, id));
  }

  reorderEvidence(claimId: string, orderedIds: readonly string[]): EvidenceItem[] {
    this.edit('reorderEvidence', (rec) => evidence.reorderEvidence(this.ctx, rec, claimId, orderedIds));
    return this.listEvidence(claimId);
  }

  // Assets

  /** Stores bytes once per content; returns their metadata, keyed by SHA-256. */
  putAsset(bytes: Uint8Array, input: assets.AssetInput): AssetMeta {
    this.assertWritable();
    return this.transaction(() => assets.putAsset(this.ctx.sql, bytes, input, now(), this.author.id));
  }

  assetMeta(hash: string): AssetMeta {
    return this.read(() => assets.assetMeta(this.ctx, hash));
  }

  readAsset(hash: string): Uint8Array {
    return this.read(() => assets.readAsset(this.ctx, hash));
  }

  streamAsset(hash: string): Readable {
    return this.read(() => assets.streamAsset(this.ctx, hash));
  }

  // Settings: the project's own (publisher, suggestion dismissals and counts), see settings.ts

  setting<K extends SettingKey>(key: K): SettingValues[K] | undefined {
    return this.read(() => settings.readSetting(this.ctx, key));
  }

  /** Every setting by key, dismissed suggestions included (`suggestions.dismissed/KEY`). */
  listSettings(): Record<string, unknown> {
    return this.read(() => settings.listSettings(this.ctx));
  }

  /** Sets a setting (its value checked against the key's schema) as one undoable edit. */
  setSetting(key: SettingKey, value: unknown): void {
    this.edit('setSetting', (rec) => settings.writeSetting(this.ctx, rec, key, value));
  }

  /** The keys (shared/suggest/key.ts) of the suggestions dismissed in the project or in one article. */
  dismissedSuggestions(articleId?: string): string[] {
    return this.read(() => settings.dismissedSuggestions(this.ctx, articleId));
  }

  /** Dismisses a suggestion for good and counts it for its kind, as one undoable edit. */
  dismissSuggestion(suggestionKey: string, kind: SuggestionKind): void {
    this.edit('dismissSuggestion', (rec) => {
      if (settings.dismissal(this.ctx, suggestionKey)) return;
      settings.writeSetting(this.ctx, rec, DISMISSED_PREFIX + suggestionKey, { kind });
      settings.writeSetting(this.ctx, rec, 'suggestions.stats', countSuggestion(settings.readSetting(this.ctx, 'suggestions.stats'), kind, 'dismissed'));
    });
  }

  /** Makes a suggestion a claim and counts it for its kind: one edit, one undo step. */
  acceptSuggestion(input: NewClaim, kind: SuggestionKind): Claim {
    const id = this.edit('acceptSuggestion', (rec) => {
      const claimId = claims.addClaim(this.ctx, rec, input);
      settings.writeSetting(this.ctx, rec, 'suggestions.stats', countSuggestion(settings.readSetting(this.ctx, 'suggestions.stats'), kind, 'accepted'));
      return claimId;
    });
    return this.getClaim(id);
  }

  /**
   * Takes in what this computer kept for the project before settings lived in the file: the
   * publisher (only when the file has none), dismissals it lacks, and the counts added to its
   * own. Not an undo step: nothing the user did here. True when anything was written.
   */
  handOverSettings(old: { publisher?: Publisher; dismissed?: readonly string[]; stats?: SuggestionStats }): boolean {
    if (this.readOnly) return false;
    return this.record('handOverSettings', (rec) => {
      if (old.publisher && !settings.hasSetting(this.ctx, 'publisher')) settings.writeSetting(this.ctx, rec, 'publisher', old.publisher);
      for (const key of old.dismissed ?? []) {
        if (!settings.dismissal(this.ctx, key)) settings.writeSetting(this.ctx, rec, DISMISSED_PREFIX + key, { kind: null });
      }
      if (old.stats && Object.keys(old.stats).length > 0) {
        settings.writeSetting(this.ctx, rec, 'suggestions.stats', addStats(settings.readSetting(this.ctx, 'suggestions.stats'), old.stats));
      }
      return rec.changed;
    });
  }

  // Change log, undo and redo

  /** The most recent changes, newest first. */
  changes({ limit = 100 } = {}): Change[] {
    return this.read(() => listChanges(this.ctx.sql, limit));
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Takes back this session's latest edit; the undo is itself logged. False when there is none. */
  undo(): boolean {
    const groupId = this.undoStack.at(-1);
    if (!groupId) return false;
    this.record('undo', (rec) => {
      replayBackwards(rec, readGroup(this.ctx.sql, groupId));
    });
    this.redoStack.push(this.undoStack.pop()!);
    return true;
  }

  /** Does the latest undone edit again. False when there is none. */
  redo(): boolean {
    const groupId = this.redoStack.at(-1);
    if (!groupId) return false;
    const redone = this.record('redo', (rec) => {
      replayForwards(rec, readGroup(this.ctx.sql, groupId));
      return rec.groupId;
    });
    this.redoStack.pop();
    this.undoStack.push(redone);
    return true;
  }

  // Copies

  /** Writes a compacted, self-contained copy of the project to `destPath` (which must not exist). */
  compactCopy(destPath: string): void {
    this.read(() => writeCompactCopy(this.ctx.sql, { ...this.ctx, file: destPath }, destPath));
  }

  /**
   * Copies the file byte for byte to `destPath` (which must not exist), synced, holding a read
   * transaction meanwhile so that no writer commits halfway through the copy. Faster than
   * compactCopy for a large project: nothing is rewritten.
   */
  /**
   * A byte copy of this project at `destPath` (see copyFile), opened read-write for `author`
   * without checking its structure again: it is this file, which was checked when it was opened.
   */
  openCopy(destPath: string, author: Author): ProjectStore {
    this.copyFile(destPath);
    const who = AuthorSchema.parse(author);
    return new ProjectStore(destPath, openProjectFile(destPath, { file: destPath, lang: this.ctx.lang }, { lock: { author: who.name }, verified: true }), who, this.ctx.lang);
  }

  copyFile(destPath: string): void {
    this.read(() => {
      this.db.exec('BEGIN');
      try {
        this.ctx.sql.get('SELECT id FROM project');
        copyFileSync(this.path, destPath, constants.COPYFILE_EXCL);
        const fd = openSync(destPath, 'r+');
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw code === 'EEXIST' ? projectError({ ...this.ctx, file: destPath }, 'io', 'exists') : err;
      } finally {
        this.db.exec('COMMIT');
      }
    });
  }

  /** Runs many edits in one transaction, as one undoable step; returns what `fn` returns. */
  batch<T>(action: string, fn: (ops: BatchOps) => T): T {
    return this.edit(action, (rec) => {
      const ctx = this.ctx;
      return fn({
        addClaim: (input) => claims.addClaim(ctx, rec, input),
        updateClaim: (id, patch) => claims.updateClaim(ctx, rec, id, patch),
        deleteClaim: (id) => claims.deleteClaim(ctx, rec, id),
        listTags: () => codebook.listTags(ctx),
        addTag: (input) => codebook.addTag(ctx, rec, input),
        updateTag: (id, patch) => codebook.updateTag(ctx, rec, id, patch),
        addEvidence: (claimId, input) => evidence.addEvidence(ctx, rec, claimId, input),
        updateEvidence: (id, patch) => evidence.updateEvidence(ctx, rec, id, patch),
        deleteEvidence: (id) => evidence.deleteEvidence(ctx, rec, id),
        importClaim: (input, origin) => claims.importClaim(ctx, rec, input, origin),
        findClaim: (id) => (ctx.sql.get('SELECT 1 FROM claims WHERE id = ?', id) ? claims.getClaim(ctx, id) : null),
        listEvidence: (claimId) => evidence.listEvidence(ctx, claimId),
      });
    });
  }

  // Team merge

  /** The end of the change log; a merge plan made from this file holds while it is unchanged. */
  logTail(): LogTail {
    const last = this.read(() => this.ctx.sql.get<{ seq: number; chain: Uint8Array }>('SELECT seq, chain FROM change_log ORDER BY seq DESC LIMIT 1'));
    return { seq: last ? Number(last.seq) : 0, chain: last ? Buffer.from(last.chain).toString('hex') : '' };
  }

  /**
   * Writes a planned merge as one undoable edit. `plannedAt` is the log tail the plan was made
   * from: if this file changed since, nothing is written and null is returned, to plan again.
   */
  applyMerge(action: string, input: MergeInput, plannedAt: LogTail): { assets: number; conflicts: PlannedConflict[] } | null {
    this.assertWritable();
    const tail = this.logTail();
    if (tail.seq !== plannedAt.seq || tail.chain !== plannedAt.chain) return null;
    return this.edit(action, (rec) => applyMerge(this.ctx, rec, input));
  }

  listConflicts({ unresolvedOnly = false } = {}): MergeConflict[] {
    return this.read(() => listConflicts(this.ctx.sql, { unresolvedOnly }));
  }

  /** Resolves unresolved conflicts (those in `ids`, or all) to one side, as one undoable edit; returns how many. */
  resolveConflicts(choose: Side, ids?: readonly string[]): number {
    return this.edit('resolveConflict', (rec) => resolveConflicts(this.ctx, rec, choose, ids));
  }

  // Plumbing

  /** Runs one user edit as one undoable group; returns what `fn` returns. */
  private edit<T>(action: string, fn: (rec: ChangeRecorder) => T): T {
    let changed = false;
    let groupId = '';
    const out = this.record(action, (rec) => {
      const value = fn(rec);
      changed = rec.changed;
      groupId = rec.groupId;
      return value;
    });
    if (changed) {
      this.undoStack.push(groupId);
      this.redoStack.length = 0;
    }
    return out;
  }

  /**
   * The records written by the edits (undo and redo included) committed since the last call, in
   * order, at most TOUCHED_KEPT of them; null when no edit ran. The API turns them into the change
   * set an edit returns (a reload when there are too many to send).
   */
  takeTouched(): Touched[] | null {
    const touched = this.touched;
    this.touched = null;
    return touched;
  }

  /** Runs `fn` in one transaction with a fresh recorder, and stamps the project as modified. */
  private record<T>(action: string, fn: (rec: ChangeRecorder) => T): T {
    this.assertWritable();
    let rec: ChangeRecorder | undefined;
    const value = this.transaction(() => {
      rec = new ChangeRecorder(this.ctx.sql, action, this.author.id, now());
      const out = fn(rec);
      if (rec.changed) this.ctx.sql.run('UPDATE project SET modified_at = ?', rec.at);
      if (rec.changed && this.syncHook) this.logSync(rec);
      return out;
    });
    // Kept up to a bound: past it the caller reloads everything anyway, and a long CLI or bench
    // session that never asks must not hold every row it wrote.
    const touched = (this.touched ??= []);
    for (const t of rec!.touched) {
      if (touched.length >= TOUCHED_KEPT) break;
      touched.push(t);
    }
    return value;
  }

  // Team sync

  /** Sends every later edit through `hook` (null stops it): see SyncHook. */
  attachSync(hook: SyncHook | null): void {
    this.syncHook = hook;
  }

  private logSync(rec: ChangeRecorder): void {
    const sent = this.syncHook!.localEdit({
      touched: rec.touched,
      authorId: rec.authorId,
      at: rec.at,
      read: (table, key) => this.ctx.sql.get(`SELECT * FROM ${table} WHERE ${tableDecl(table).key} = ?`, key),
    });
    if (!sent) return;
    appendUpdate(this.ctx.sql, sent.update, rec.at);
    queueUploads(this.ctx.sql, sent.uploads);
  }

  /** The Yjs update log, oldest first: the shared document as this file last had it. */
  /** How many rows a record table (or authors, assets) holds: team sync compares it with its log. */
  rowCount(table: string): number {
    if (!COUNTED_TABLES.has(table)) throw new Error(`not a record table: ${table}`);
    return this.read(() => Number(this.ctx.sql.get(`SELECT count(*) AS n FROM ${table}`)?.n ?? 0));
  }

  syncUpdates(): Uint8Array[] {
    return this.read(() => readUpdates(this.ctx.sql));
  }

  /** Appends an update that changes no table (sharing the project, say), with assets to upload. */
  appendSyncUpdate(update: Uint8Array, uploads: readonly string[] = []): void {
    this.assertWritable();
    this.transaction(() => {
      appendUpdate(this.ctx.sql, update, now());
      queueUploads(this.ctx.sql, uploads);
    });
  }

  /** Replaces the update log by one update, their merge (Y.mergeUpdates), in one transaction. */
  compactSyncUpdates(state: Uint8Array): void {
    this.assertWritable();
    this.transaction(() => compactUpdates(this.ctx.sql, state, now()));
  }

  /** Rows of a table (all, those pointing at a record, or the one with `key`): what team sync seeds the document from and projects onto. */
  syncRows(table: string, where?: { column: string; value: string }, key?: string): Row[] {
    const decl = tableDecl(table);
    if (where && !decl.references.some((r) => r.column === where.column)) throw new Error(`not a reference of ${table}: ${where.column}`);
    return this.read(() =>
      key !== undefined
        ? this.ctx.sql.all(`SELECT * FROM ${decl.name} WHERE ${decl.key} = ?`, key)
        : where
          ? this.ctx.sql.all(`SELECT * FROM ${decl.name} WHERE ${where.column} = ? ORDER BY ${decl.key}`, where.value)
          : this.ctx.sql.all(`SELECT * FROM ${decl.name} ORDER BY ${decl.key}`),
    );
  }

  hasAssetContent(hash: string): boolean {
    return this.read(() => this.ctx.sql.get('SELECT 1 AS x FROM asset_content WHERE hash = ?', hash) !== undefined);
  }

  /** Screenshots waiting to go up to the sync server, oldest first. */
  pendingUploads(): string[] {
    return this.read(() => this.ctx.sql.all<{ hash: string }>('SELECT hash FROM sync_uploads ORDER BY rowid').map((r) => r.hash));
  }

  uploaded(hash: string): void {
    this.assertWritable();
    this.transaction(() => this.ctx.sql.run('DELETE FROM sync_uploads WHERE hash = ?', hash));
  }

  /**
   * Writes what the shared document brought (a colleague's edits, an undo through the
   * document) as logged edits under their authors, not undoable here, with the update itself,
   * in one transaction.
   */
  applySynced(input: SyncedInput): void {
    this.assertWritable();
    const recorders = new Map<string, ChangeRecorder>();
    this.transaction(() => {
      const known = (id: string) => this.ctx.sql.get('SELECT 1 AS x FROM authors WHERE id = ?', id) !== undefined;
      applySyncedWrites(this.ctx.sql, input, (author, at) => {
        const who = known(author) ? author : this.author.id;
        let rec = recorders.get(who);
        if (!rec) recorders.set(who, (rec = new ChangeRecorder(this.ctx.sql, 'sync', who, at, recorders.values().next().value)));
        return rec;
      });
      if (input.update) appendUpdate(this.ctx.sql, input.update, now());
    });
    const touched = (this.touched ??= []);
    for (const rec of recorders.values()) for (const t of rec.touched) if (touched.length < TOUCHED_KEPT) touched.push(t);
  }

  private recordAuthor(): void {
    const at = now();
    this.ctx.sql.run(
      `INSERT INTO authors (id, name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, last_seen_at = excluded.last_seen_at`,
      this.author.id, this.author.name, at, at,
    );
  }

  private transaction<T>(fn: () => T): T {
    this.assertOpen();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      // The editor is recorded with their first write, not on open: opening a project and
      // failing, or only looking, leaves the file byte-identical.
      if (!this.authorRecorded) this.recordAuthor();
      const value = fn();
      this.db.exec('COMMIT');
      this.authorRecorded = true;
      return value;
    } catch (err) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw this.translate(err);
    }
  }

  private read<T>(fn: () => T): T {
    this.assertOpen();
    try {
      return fn();
    } catch (err) {
      throw this.translate(err);
    }
  }

  private translate(err: unknown): unknown {
    if (err instanceof ZodError) return invalidInput(err, this.ctx.lang);
    return writeError(this.ctx, err);
  }

  private assertOpen(): void {
    if (this.closed) throw projectError(this.ctx, 'io', 'closed');
  }

  private assertWritable(): void {
    this.assertOpen();
    if (this.readOnlyPhrase) throw projectError(this.ctx, 'read-only', 'writeRefused', { reason: this.readOnlyPhrase });
  }
}
