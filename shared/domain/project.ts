// The project (项目) and what it holds besides claims: articles and their revisions, assets,
// authors and the change log.
import { z } from 'zod';
import { ArticleContentSchema } from '../article/model';
import { AssetHashSchema, IdSchema, TimeSchema } from './ids';

export const ProjectSchema = z.object({
  id: IdSchema,
  title: z.string(),
  createdAt: TimeSchema,
  modifiedAt: TimeSchema,
  /** The project file's schema version. */
  schemaVersion: z.number().int().min(1),
});
export type Project = z.infer<typeof ProjectSchema>;

/** A person who edits projects: the id is stable per installation, the name is for display. */
export const AuthorSchema = z.object({ id: IdSchema, name: z.string() });
export type Author = z.infer<typeof AuthorSchema>;

/** How an article came in: the decoding decisions an importer made. */
export const ImportInfoSchema = z.object({
  /** e.g. "utf-8", "gb18030". */
  encoding: z.string().optional(),
  /** Detection confidence 0-1. */
  confidence: z.number().min(0).max(1).optional(),
  importer: z.string().optional(),
  warnings: z.array(z.string()).optional(),
});
export type ImportInfo = z.infer<typeof ImportInfoSchema>;

export const AssetMetaSchema = z.object({
  hash: AssetHashSchema,
  mime: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  bytes: z.number().int().min(0),
  createdAt: TimeSchema,
});
export type AssetMeta = z.infer<typeof AssetMetaSchema>;

export const ArticleSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  currentRevisionId: IdSchema,
  revisionCount: z.number().int().min(1),
  claimCount: z.number().int().min(0),
  sortOrder: z.number().int(),
  createdAt: TimeSchema,
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** An article as shown: its current revision's content plus provenance. */
export const ArticleSchema = z.object({
  id: IdSchema,
  revisionId: IdSchema,
  revisionNumber: z.number().int().min(1),
  content: ArticleContentSchema,
  importInfo: ImportInfoSchema,
  /** The original imported file, kept as an asset. */
  originalAssetHash: AssetHashSchema.nullable(),
  createdAt: TimeSchema,
  createdBy: IdSchema,
});
export type Article = z.infer<typeof ArticleSchema>;

export const CHANGE_OPS = ['insert', 'update', 'delete'] as const;

/** One row of the change log: what one edit did to one record. */
export const ChangeSchema = z.object({
  id: IdSchema,
  /** Changes made by one user action share a group id; undo works group by group. */
  groupId: IdSchema,
  /** The user action, e.g. "updateClaim", "undo". */
  action: z.string(),
  authorId: IdSchema,
  at: TimeSchema,
  table: z.string(),
  recordId: z.string(),
  op: z.enum(CHANGE_OPS),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type Change = z.infer<typeof ChangeSchema>;
