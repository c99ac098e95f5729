// The article as Pizhu holds it: normalised plain text plus structure, all positions in code
// points over that text. Importers produce it; the store keeps it; the reader, anchoring and
// export read it. Nothing here depends on how the article was displayed or edited.
import { z } from 'zod';

export const BLOCK_KINDS = [
  'title',
  'heading',
  'paragraph',
  'quote',
  'list-item',
  'caption',
  'figure',
  'code',
] as const;
export const BlockKindSchema = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** A span of the text with a structural role. Blocks are in order and do not overlap. */
export const BlockSchema = z.object({
  kind: BlockKindSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** Heading level 1-6; list nesting depth; absent otherwise. */
  level: z.number().int().min(1).max(6).optional(),
  /** Figures: the asset hash of an embedded image, when the source carried one. */
  assetHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Figures: alt text or the announced content ("元宝、Kimi、通义千问"). */
  alt: z.string().optional(),
  ordered: z.boolean().optional(),
});
export type Block = z.infer<typeof BlockSchema>;

export const InlineLinkSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  href: z.string(),
});
export type InlineLink = z.infer<typeof InlineLinkSchema>;

export const SourceMetadataSchema = z.object({
  url: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  /** ISO 8601 date or date-time as found in the source. */
  publishedAt: z.string().optional(),
  /** The editor credited on the page (「责任编辑」), taken out of the text on import. */
  editor: z.string().optional(),
  /** The original file's name, for provenance. */
  fileName: z.string().optional(),
});
export type SourceMetadata = z.infer<typeof SourceMetadataSchema>;

export const ArticleContentSchema = z.object({
  title: z.string(),
  /** Normalised text; every offset in blocks, links and anchors counts code points in it. */
  text: z.string(),
  blocks: z.array(BlockSchema),
  links: z.array(InlineLinkSchema).default([]),
  source: SourceMetadataSchema.default({}),
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;
