// Reads what an export needs from an open project, in project order, including its screenshot
// comparisons. Screenshots are read from the project file one at a time, only for the articles
// exported and only when the format shows them, and (for print) scaled down as each is read.
import type { ExportComparison, ExportScreenshot, ExportSource } from '../../shared/export/document';
import type { ProjectStore } from '../project/store';
import { printScreenshot, printWidth, screenshotFromBytes } from './screenshots';

const PARALLEL = 3;

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
  // A screenshot shown in several comparisons (or for several claims) is read and scaled once.
  const work = new Map<string, { hash: string; mime: string; width: number; height: number; across: number }>();
  for (const { comparison: c } of placed) {
    for (const i of c.items) work.set(`${i.assetHash}/${c.items.length}`, { hash: i.assetHash, mime: i.mime, width: i.width ?? 0, height: i.height ?? 0, across: c.items.length });
  }
  const prepared = new Map<string, ExportScreenshot>();
  const queue = [...work];
  let done = 0;
  // A few at a time: sharp works on other threads, so the cores share the scaling, while only a
  // few screenshots are in memory at once.
  const prepareNext = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      check?.();
      const [key, w] = next;
      const input = { bytes: store.readAsset(w.hash), mime: w.mime, width: w.width, height: w.height, label: '' };
      prepared.set(key, printFolder ? await printScreenshot(input, printWidth(w.across), printFolder, `shot-${work.size - queue.length}`) : screenshotFromBytes(input));
      onImage?.(++done, work.size);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, prepareNext));
  return placed.flatMap(({ comparison: c, entries }) => {
    const screenshots = c.items.map((i) => ({
      ...prepared.get(`${i.assetHash}/${c.items.length}`)!,
      label: i.label,
      caption: i.caption,
      regions: i.regions.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height, note: r.note.text })),
    }));
    return entries.map(({ articleId, claimId }) => ({ articleId, claimId, title: c.title, note: c.note.text, screenshots }));
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
