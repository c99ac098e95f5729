// Reads what an export needs from an open project, in project order. Comparisons have no store
// API yet, so callers that hold screenshots pass them in (see ExportComparison).
import type { ExportComparison, ExportSource } from '../../shared/export/document';
import type { ProjectStore } from '../project/store';

export function loadExportSource(store: ProjectStore, articleIds?: readonly string[], comparisons: ExportComparison[] = []): ExportSource {
  const wanted = articleIds ? new Set(articleIds) : null;
  const articles = store
    .listArticles()
    .filter((a) => !wanted || wanted.has(a.id))
    .map((summary) => {
      const article = store.getArticle(summary.id);
      const claims = store.listClaims(summary.id);
      return { article, claims, evidence: new Map(claims.map((c) => [c.id, store.listEvidence(c.id)])) };
    });
  return { project: store.info(), articles, tags: store.listTags(), authors: store.authors(), comparisons };
}
