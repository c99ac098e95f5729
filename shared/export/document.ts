// The export model: everything one export shows, gathered and filtered once, with claims numbered
// in reading order. Every output format (PDF, HTML, Markdown, CSV, W3C, ClaimReview) is a pure
// function of an ExportDocument, so they always agree on which claims exist and their numbers.
import type { ArticleContent } from '../article/model';
import type { Claim } from '../domain/claim';
import type { Tag } from '../domain/codebook';
import { claimColor, claimStripes } from '../domain/claim-color';
import type { EvidenceItem } from '../domain/evidence';
import type { Article, Author, Project } from '../domain/project';
import { cpLength } from '../text/codepoints';
import { articleAppendix, type ArticleAppendix } from './appendix';
import type { ExportOptions } from './options';

/** One article as the store gives it, with its claims and each claim's evidence. */
export interface ExportSourceArticle {
  article: Article;
  claims: Claim[];
  evidence: ReadonlyMap<string, EvidenceItem[]>;
}

/** A screenshot of a comparison, with its region notes as pixel rectangles. */
export interface ExportScreenshot {
  label: string;
  caption: string;
  /** A URL the layout can show: a data: URI in self-contained output. */
  src: string;
  width: number;
  height: number;
  regions: { x: number; y: number; width: number; height: number; note: string }[];
}

/** A screenshot comparison (截图对比); `claimId` ties it to a claim, else it belongs to the article. */
export interface ExportComparison {
  articleId: string;
  claimId: string | null;
  title: string;
  note: string;
  screenshots: ExportScreenshot[];
}

export interface ExportSource {
  project: Project;
  articles: ExportSourceArticle[];
  tags: Tag[];
  authors: Author[];
  comparisons?: ExportComparison[];
  /** The suggestions dismissed in the project (shared/suggest/key.ts): the appendix leaves them out. */
  dismissedSuggestions?: readonly string[];
}

export interface ExportTag {
  id: string;
  name: string;
  color: string;
}

export interface ExportClaim {
  /** 1-based, in reading order across all exported articles. */
  number: number;
  id: string;
  articleId: string;
  /** The quote and positions, in code points over the article's text. */
  anchor: Claim['anchor'];
  /** False when the claim could not be placed in the exported text (orphan or old revision). */
  placed: boolean;
  tags: ExportTag[];
  /** The claim's colour by the one colour rule (shared/domain/claim-color.ts). */
  color: string;
  /** Its split underline's colours, by the same rule: one per tag when it has several, else none. */
  stripes: string[];
  strength: Claim['strength'];
  verdict: Claim['verdict'];
  status: Claim['status'];
  /** Plain text of the note; empty when notes are left out. */
  note: string;
  evidence: EvidenceItem[];
  /** Display names of who created and last changed it; empty when author names are left out. */
  authors: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ExportArticle {
  id: string;
  revisionId: string;
  content: ArticleContent;
  claims: ExportClaim[];
  comparisons: ExportComparison[];
  /** Open claim suggestions and repost traces, when the appendix is asked for (PDF and HTML). */
  appendix?: ArticleAppendix;
}

export interface ExportDocument {
  options: ExportOptions;
  project: Project;
  exportedAt: string;
  /** Names of everyone who edited the project; empty when author names are left out. */
  editors: string[];
  tags: ExportTag[];
  articles: ExportArticle[];
  /** All exported claims in number order. */
  claims: ExportClaim[];
}

export function buildExportDocument(source: ExportSource, options: ExportOptions, now = new Date().toISOString()): ExportDocument {
  const tagById = new Map(source.tags.map((t) => [t.id, { id: t.id, name: t.name, color: t.color }]));
  const nameOf = new Map(source.authors.map((a) => [a.id, a.name]));
  const chosen = options.articleIds ? new Set(options.articleIds) : null;
  const withAuthors = options.include.authors;
  const withAppendix = options.include.appendix && (options.format === 'pdf' || options.format === 'html');
  const dismissed = new Set([...(source.dismissedSuggestions ?? []), ...(options.dismissedSuggestions ?? [])]);
  let number = 0;
  const articles: ExportArticle[] = [];
  for (const { article, claims, evidence } of source.articles) {
    if (chosen && !chosen.has(article.id)) continue;
    const textLength = cpLength(article.content.text);
    const kept = claims.filter((c) => keepClaim(c, options)).sort(readingOrder);
    const exported = kept.map((c): ExportClaim => {
      // In codebook order, so the tag listed first is the one whose colour the claim takes.
      const tags = source.tags.filter((t) => c.tagIds.includes(t.id)).map((t) => tagById.get(t.id)!);
      return {
        number: ++number,
        id: c.id,
        articleId: article.id,
        anchor: c.anchor,
        placed: !c.orphan && c.revisionId === article.revisionId && c.anchor.end <= textLength && c.anchor.start < c.anchor.end,
        tags,
        color: claimColor(c, source.tags),
        stripes: claimStripes(c, source.tags),
        strength: c.strength,
        verdict: c.verdict,
        status: c.status,
        note: options.include.notes ? c.note.text : '',
        evidence: options.include.evidence ? (evidence.get(c.id) ?? []) : [],
        authors: withAuthors ? [...new Set([c.createdBy, c.updatedBy])].map((id) => nameOf.get(id) ?? id) : [],
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      };
    });
    const comparisons = options.include.screenshots ? (source.comparisons ?? []).filter((k) => k.articleId === article.id) : [];
    const appendix = withAppendix ? { appendix: articleAppendix(article.id, article.content.text, claims, dismissed) } : {};
    articles.push({ id: article.id, revisionId: article.revisionId, content: article.content, claims: exported, comparisons, ...appendix });
  }
  return {
    options,
    project: source.project,
    exportedAt: options.exportedAt ?? now,
    editors: withAuthors ? source.authors.map((a) => a.name) : [],
    tags: [...tagById.values()],
    articles,
    claims: articles.flatMap((a) => a.claims),
  };
}

/** Reading order: where the claim starts, then the longer (enclosing) claim first. */
const readingOrder = (a: Claim, b: Claim): number =>
  Number(a.orphan) - Number(b.orphan) || a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end || a.createdAt.localeCompare(b.createdAt);

function keepClaim(c: Claim, o: ExportOptions): boolean {
  if (o.verdicts && !o.verdicts.includes(c.verdict ?? 'none')) return false;
  if (o.statuses && !o.statuses.includes(c.status)) return false;
  if (o.strengths && !o.strengths.includes(c.strength ?? 'none')) return false;
  if (o.tagIds && !c.tagIds.some((id) => o.tagIds!.includes(id))) return false;
  return true;
}
