// Articles (文章) and their revisions. An article shows its current revision; adding a revision
// keeps the older ones, so claims anchored in an older text still know what they were made on.
import { randomUUID } from 'node:crypto';
import { ArticleContentSchema, type ArticleContent } from '../../shared/article/model';
import { ImportInfoSchema, type Article, type ArticleSummary, type ImportInfo } from '../../shared/domain/project';
import type { ChangeRecorder } from './change-log';
import { notFound, type StoreContext } from './context';
import { deleteRecord } from './delete-record';
import { projectError } from './errors';
import { repairBlocks, repairImportInfo, repairLinks, repairSource } from '../../shared/domain/json-columns';

function insertRevision(
  rec: ChangeRecorder,
  articleId: string,
  number: number,
  content: ArticleContent,
  importInfo: ImportInfo,
  originalAssetHash: string | null,
): string {
  const id = randomUUID();
  rec.insert('article_revisions', {
    id,
    article_id: articleId,
    number,
    title: content.title,
    text: content.text,
    blocks_json: JSON.stringify(content.blocks),
    links_json: JSON.stringify(content.links),
    source_json: JSON.stringify(content.source),
    import_json: JSON.stringify(importInfo),
    original_asset_hash: originalAssetHash,
    created_at: rec.at,
    created_by: rec.authorId,
  });
  return id;
}

export function addArticle(
  ctx: StoreContext,
  rec: ChangeRecorder,
  input: ArticleContent,
  importInfo: ImportInfo,
  originalAssetHash: string | null,
): string {
  const content = ArticleContentSchema.parse(input);
  const info = ImportInfoSchema.parse(importInfo);
  const id = randomUUID();
  const last = ctx.sql.get<{ n: number | null }>('SELECT max(sort_order) AS n FROM articles');
  rec.insert('articles', {
    id,
    title: content.title,
    current_revision_id: null,
    sort_order: (last?.n ?? -1) + 1,
    created_at: rec.at,
    created_by: rec.authorId,
  });
  const revisionId = insertRevision(rec, id, 1, content, info, originalAssetHash);
  rec.update('articles', id, { current_revision_id: revisionId });
  return id;
}

export function addRevision(
  ctx: StoreContext,
  rec: ChangeRecorder,
  articleId: string,
  input: ArticleContent,
  importInfo: ImportInfo,
  originalAssetHash: string | null,
): string {
  const content = ArticleContentSchema.parse(input);
  const info = ImportInfoSchema.parse(importInfo);
  const last = ctx.sql.get<{ n: number | null }>('SELECT max(number) AS n FROM article_revisions WHERE article_id = ?', articleId);
  if (last?.n == null) throw notFound(ctx, 'article', articleId);
  const revisionId = insertRevision(rec, articleId, last.n + 1, content, info, originalAssetHash);
  rec.update('articles', articleId, { current_revision_id: revisionId, title: content.title });
  return revisionId;
}

/** Every article's summary in the project's order, or only those of `ids` (an edit's change set). */
export function listArticles(ctx: StoreContext, ids?: readonly string[]): ArticleSummary[] {
  // Each article's counts are subqueries on indexed columns: naming the articles reads only theirs.
  const where = ids ? `WHERE a.id IN (${ids.map(() => '?').join(', ')})` : '';
  return ctx.sql
    .all(
      `SELECT a.id, a.title, a.current_revision_id, a.sort_order, a.created_at,
              (SELECT count(*) FROM article_revisions r WHERE r.article_id = a.id) AS revisions,
              (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
       FROM articles a ${where} ORDER BY a.sort_order`,
      ...(ids ?? []),
    )
    .map((r) => ({
      id: String(r.id),
      title: String(r.title),
      currentRevisionId: String(r.current_revision_id),
      revisionCount: Number(r.revisions),
      claimCount: Number(r.claims),
      sortOrder: Number(r.sort_order),
      createdAt: String(r.created_at),
    }));
}

/** The article with its current revision, or with revision `revisionId` when given. */
export function getArticle(ctx: StoreContext, id: string, revisionId?: string): Article {
  const r = ctx.sql.get(
    `SELECT r.* FROM articles a JOIN article_revisions r
       ON r.id = coalesce(?, a.current_revision_id) AND r.article_id = a.id
     WHERE a.id = ?`,
    revisionId ?? null,
    id,
  );
  if (!r) throw notFound(ctx, 'article', id);
  return {
    id,
    revisionId: String(r.id),
    revisionNumber: Number(r.number),
    content: {
      title: String(r.title),
      text: String(r.text),
      blocks: repairBlocks(r.blocks_json),
      links: repairLinks(r.links_json),
      source: repairSource(r.source_json),
    },
    importInfo: repairImportInfo(r.import_json),
    originalAssetHash: r.original_asset_hash === null ? null : String(r.original_asset_hash),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
  };
}

/** The text a claim's positions count in: that of revision `revisionId` of the article. */
export function revisionText(ctx: StoreContext, articleId: string, revisionId: string): string {
  const r = ctx.sql.get<{ text: string }>(
    'SELECT text FROM article_revisions WHERE id = ? AND article_id = ?',
    revisionId,
    articleId,
  );
  if (!r) throw notFound(ctx, 'article', `${articleId}/${revisionId}`);
  return r.text;
}

/**
 * Renames an article. The title is held twice, by the article (the navigator's list) and by
 * each revision (what the reader, exports and ClaimReview show): both the article and its
 * current revision take the new title; older revisions keep the one they were imported with.
 */
export function renameArticle(ctx: StoreContext, rec: ChangeRecorder, id: string, title: string): void {
  const article = rec.find('articles', id);
  if (!article) throw notFound(ctx, 'article', id);
  const name = title.trim();
  if (!name) throw projectError(ctx, 'invalid-argument', 'articleTitleEmpty');
  rec.update('articles', id, { title: name });
  if (article.current_revision_id !== null) rec.update('article_revisions', String(article.current_revision_id), { title: name });
}

/** Deletes an article with its revisions and claims (their tags, evidence and links); returns how many claims went. */
export function deleteArticle(ctx: StoreContext, rec: ChangeRecorder, id: string): { claims: number } {
  if (!rec.find('articles', id)) throw notFound(ctx, 'article', id);
  return { claims: deleteRecord(ctx, rec, 'articles', id).claims ?? 0 };
}
