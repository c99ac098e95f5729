// Reads what an export needs from an open project, in project order, including its screenshot
// comparisons (whose images are read only when the format shows them).
import type { ExportComparison, ExportSource } from '../../shared/export/document';
import type { ProjectStore } from '../project/store';
import { screenshotFromBytes } from './screenshots';

/** The project's comparisons as the layout takes them: one per claim a comparison backs. */
export function loadComparisons(store: ProjectStore): ExportComparison[] {
  return store.listComparisons().flatMap((c) => {
    const screenshots = c.items.map((i) =>
      screenshotFromBytes({
        bytes: store.readAsset(i.assetHash),
        mime: i.mime,
        width: i.width ?? 0,
        height: i.height ?? 0,
        label: i.label,
        caption: i.caption,
        regions: i.regions.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height, note: r.note.text })),
      }),
    );
    const claimIds: (string | null)[] = c.claimIds.length ? c.claimIds : [null];
    return claimIds.flatMap((claimId) => {
      const articleId = c.articleId ?? (claimId ? store.getClaim(claimId).articleId : null);
      return articleId ? [{ articleId, claimId, title: c.title, note: c.note.text, screenshots }] : [];
    });
  });
}

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
