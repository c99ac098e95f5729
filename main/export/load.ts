// Reads what an export needs from an open project, in project order, including its screenshot
// comparisons. Screenshots are read from the project file one at a time, only for the articles
// exported and only when the format shows them, and (for print) scaled down as each is read.
import type { ExportComparison, ExportScreenshot, ExportSource } from '../../shared/export/document';
import type { ProjectStore } from '../project/store';
import { printScreenshot, printWidth, screenshotFromBytes } from './screenshots';

export interface LoadComparisonsOptions {
  /** Only comparisons of these articles; all when absent. */
  articleIds?: readonly string[];
  /** For print (PDF): the folder the page is printed from, where each screenshot is written at
   * print resolution. Without it (HTML report) screenshots stay as they are, inline. */
  printFolder?: string;
  /** Called after each screenshot is placed, with how many there are in all. */
  onImage?(done: number, total: number): void;
  /** Called between screenshots; throws to stop (a cancelled export). */
  check?(): void;
}

/** The project's comparisons as the layout takes them: one per claim a comparison backs. */
export async function loadComparisons(store: ProjectStore, { articleIds, printFolder, onImage, check }: LoadComparisonsOptions): Promise<ExportComparison[]> {
  const wanted = articleIds ? new Set(articleIds) : null;
  const placed = store.listComparisons().flatMap((c) => {
    const claimIds: (string | null)[] = c.claimIds.length ? c.claimIds : [null];
    const entries = claimIds.flatMap((claimId) => {
      const articleId = c.articleId ?? (claimId ? store.getClaim(claimId).articleId : null);
      return articleId && (!wanted || wanted.has(articleId)) ? [{ articleId, claimId }] : [];
    });
    return entries.length ? [{ comparison: c, entries }] : [];
  });
  const total = placed.reduce((n, p) => n + p.comparison.items.length, 0);
  // A screenshot shown in several comparisons (or for several claims) is read and scaled once.
  const prepared = new Map<string, ExportScreenshot>();
  let done = 0;
  const out: ExportComparison[] = [];
  for (const { comparison: c, entries } of placed) {
    const screenshots: ExportScreenshot[] = [];
    for (const i of c.items) {
      check?.();
      const key = `${i.assetHash}/${c.items.length}`;
      let shot = prepared.get(key);
      if (!shot) {
        const input = { bytes: store.readAsset(i.assetHash), mime: i.mime, width: i.width ?? 0, height: i.height ?? 0, label: '' };
        shot = printFolder ? await printScreenshot(input, printWidth(c.items.length), printFolder, `shot-${prepared.size + 1}`) : screenshotFromBytes(input);
        prepared.set(key, shot);
      }
      screenshots.push({
        ...shot,
        label: i.label,
        caption: i.caption,
        regions: i.regions.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height, note: r.note.text })),
      });
      onImage?.(++done, total);
    }
    for (const { articleId, claimId } of entries) out.push({ articleId, claimId, title: c.title, note: c.note.text, screenshots });
  }
  return out;
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
