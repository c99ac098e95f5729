// Import as the app and the CLI use it: resolve the source (file bytes, a path, pasted text),
// run the import pipeline in a worker thread within its time and memory budgets
// (main/import/off-thread.ts), and commit the result to the project in one transaction.
import { PizhuError } from '../../shared/api/result';
import type { ImportOptions as ImportOptionsArg, ImportSource } from '../../shared/api/contract';
import type { ImportPreviewView } from '../../shared/api/views';
import type { Article } from '../../shared/domain/project';
import type { Language } from '../../shared/preferences';
import { translate } from '../../shared/i18n';
import { readArticleFile, withSourceEdits, type ImportPreview } from '../import';
import { DEFAULT_BUDGET, importInWorker, type ImportBudget } from '../import/off-thread';
import type { ArticleFileOptions, ProjectStore } from '../project/store';
import type { ArticleContent } from '../../shared/article/model';
import { createAnchorer } from '../../shared/anchoring/reanchor';
import { describeSpan } from '../../shared/anchoring/selectors';
import { REVISION_SIMILARITY, shingles, similarity } from '../import/similarity';

export type { ImportSource };

const ORIGINAL_MIME: Record<string, string> = {
  text: 'text/plain',
  html: 'text/html',
  markdown: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A source read and converted, ready to be shown or added. */
export interface Resolved {
  kind: ImportSource['kind'];
  fileName: string;
  preview: ImportPreview;
  original?: { bytes: Uint8Array; mime: string };
}

/**
 * The budgets of one import. PIZHU_IMPORT_TIME_LIMIT_MS and PIZHU_IMPORT_HEAP_LIMIT_MB lower
 * them, so tests can reach them with small files.
 */
export function importBudget(env: NodeJS.ProcessEnv = process.env): ImportBudget {
  const timeMs = Number(env['PIZHU_IMPORT_TIME_LIMIT_MS']);
  const heapMb = Number(env['PIZHU_IMPORT_HEAP_LIMIT_MB']);
  return {
    timeMs: timeMs > 0 ? timeMs : DEFAULT_BUDGET.timeMs,
    heapMb: heapMb > 0 ? heapMb : DEFAULT_BUDGET.heapMb,
  };
}

/** Reads and converts a source (in the worker, within the budgets) without touching a project. */
export async function resolveImport(source: ImportSource, options: ImportOptionsArg, lang: Language): Promise<Resolved> {
  if (source.kind === 'paste') {
    const { disabledCleanups, title } = options;
    const pasteOptions = { ...(disabledCleanups ? { disabledCleanups } : {}), ...(title !== undefined ? { title } : {}) };
    const job = { kind: 'paste' as const, text: source.text, ...(source.html !== undefined ? { html: source.html } : {}), options: pasteOptions, lang };
    const preview = withSourceEdits(await importInWorker(job, importBudget()), options.source);
    return { kind: 'paste', fileName: translate(lang, 'import.pasted'), preview };
  }
  const file = source.kind === 'path' ? await readArticleFile(source.path, lang) : { fileName: source.fileName, bytes: source.bytes };
  const preview = withSourceEdits(await importInWorker({ kind: 'file', fileName: file.fileName, bytes: file.bytes, options, lang }, importBudget()), options.source);
  return { kind: source.kind, fileName: file.fileName, preview, original: { bytes: file.bytes, mime: ORIGINAL_MIME[preview.format] ?? 'application/octet-stream' } };
}

/**
 * The article an import is likely a new version of: the one with the same source URL, else the
 * one whose text is most alike, if at least REVISION_SIMILARITY (a re-saved page, a corrected
 * .txt under another name).
 */
function sameSourceArticle(store: ProjectStore | undefined, content: ArticleContent): string | null {
  if (!store) return null;
  const { url } = content.source;
  const articles = store.listArticles().map((summary) => store.getArticle(summary.id));
  if (url) {
    const same = articles.find((a) => a.content.source.url === url);
    if (same) return same.id;
  }
  const incoming = shingles(content.text);
  let best: { id: string; score: number } | null = null;
  for (const article of articles) {
    const score = similarity(incoming, shingles(article.content.text));
    if (score >= REVISION_SIMILARITY && (!best || score > best.score)) best = { id: article.id, score };
  }
  return best?.id ?? null;
}

export async function importPreview(
  store: ProjectStore | undefined,
  source: ImportSource,
  options: ImportOptionsArg,
  lang: Language,
): Promise<ImportPreviewView> {
  const { fileName, preview } = await resolveImport(source, options, lang);
  return {
    fileName,
    format: source.kind === 'paste' ? 'paste' : preview.format,
    ...(preview.encoding ? { encoding: { ...preview.encoding } } : {}),
    content: preview.content,
    cleanups: preview.cleanups,
    warnings: preview.warnings,
    images: preview.embeddedImages.map((i) => ({ hash: i.hash, mime: i.mime, bytes: i.bytes.byteLength })),
    stats: preview.stats,
    sameSourceArticleId: sameSourceArticle(store, preview.content),
  };
}

export async function importCommit(
  store: ProjectStore,
  source: ImportSource,
  options: ImportOptionsArg,
  lang: Language,
  asRevisionOf?: string,
): Promise<Article> {
  return commitResolved(store, await resolveImport(source, options, lang), lang, asRevisionOf);
}

/** Adds a resolved source to the project: a new article, or a new revision of `asRevisionOf`. */
export function commitResolved(store: ProjectStore, resolved: Resolved, lang: Language, asRevisionOf?: string): Article {
  const { kind, preview, original } = resolved;
  const fileOptions = {
    ...(original ? { original } : {}),
    images: preview.embeddedImages.map((i) => ({ bytes: i.bytes, mime: i.mime })),
    importInfo: {
      ...(preview.encoding ? { encoding: preview.encoding.name, confidence: preview.encoding.confidence } : {}),
      importer: kind === 'paste' ? 'paste' : preview.format,
      warnings: preview.warnings,
    },
  };
  if (asRevisionOf) {
    store.getArticle(asRevisionOf);
    return importRevision(store, asRevisionOf, preview.content, fileOptions).article;
  }
  if (preview.content.text.length === 0) {
    throw PizhuError.keyed('bad-input', 'import.error.empty', { file: kind === 'paste' ? { key: 'import.pasted' } : '' }, lang);
  }
  return store.addArticle(preview.content, fileOptions);
}

/**
 * Brings in a new revision of an article and moves its claims onto the new text with the
 * re-anchoring module: each claim lands where its quote and context best match, with a
 * confidence, or becomes an orphan (kept and listed) when no place is good enough.
 */
export function importRevision(store: ProjectStore, articleId: string, content: ArticleContent, opts: ArticleFileOptions) {
  const anchor = createAnchorer(content.text);
  return store.addRevisionMovingClaims(articleId, content, opts, (claim) => {
    const { exact, prefix, suffix, start, end } = claim.anchor;
    const found = anchor([
      { type: 'TextQuoteSelector', exact, prefix, suffix },
      { type: 'TextPositionSelector', start, end },
    ]);
    if (found.status !== 'anchored') return null;
    const { quote, position } = describeSpan(content.text, found.start, found.end);
    return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end };
  });
}
