// Reads what an export needs from an open project, in project order, including its screenshot
// comparisons. Screenshots are read from the project file one at a time, only for the articles
// exported and only when the format shows them, and (for print) scaled down as each is read,
// while Chromium already lays out the page: each image's file name is fixed first, and the page's
// request for it waits until it is written (PendingFiles).
import type { ExportComparison, ExportScreenshot, ExportSource } from '../../shared/export/document';
import type { ProjectStore } from '../project/store';
import type { PendingFiles } from './pdf-printer';
import { printScreenshot, printWidth, screenshotFromBytes } from './screenshots';

const PARALLEL = 2;

export interface LoadComparisonsOptions {
  /** Only comparisons of these articles; all when absent. */
  articleIds?: readonly string[];
  /** For print (PDF): the folder the page is printed from, where each screenshot is written at
   * print resolution. Without it (HTML report) screenshots stay as they are, inline. */
  printFolder?: string;
  /** Called after each screenshot is placed, with how many there are in all. */
  onImage?(done: number, total: number): void;
  /** Called between screenshots; throws to stop (a cancelled or failed export). */
  check?(): void;
}

export interface LoadedComparisons {
  /** One per claim a comparison backs, as the layout takes them. */
  comparisons: ExportComparison[];
  /** For print: the screenshots being written meanwhile. Already settled for the HTML report. */
  pending: PendingFiles;
}

/** Starts reading the project's comparisons; for print it returns before the screenshots are written. */
export async function loadComparisons(store: ProjectStore, { articleIds, printFolder, onImage, check }: LoadComparisonsOptions): Promise<LoadedComparisons> {
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
  const work = new Map<string, { hash: string; mime: string; width: number; height: number; across: number; name: string }>();
  for (const { comparison: c } of placed) {
    for (const i of c.items) {
      const key = `${i.assetHash}/${c.items.length}`;
      if (!work.has(key)) work.set(key, { hash: i.assetHash, mime: i.mime, width: i.width ?? 0, height: i.height ?? 0, across: c.items.length, name: `shot-${work.size + 1}` });
    }
  }
  const inline = new Map<string, string>();
  const ready = new Map([...work.values()].map((w) => [w.name, deferred()]));
  const queue = [...work];
  let done = 0;
  // Two at a time: sharp works on other threads, so the cores share the scaling, while only two
  // screenshots are in memory at once (three held some 25 MB more for no gain, as Chromium lays
  // out the page meanwhile).
  const prepareNext = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      check?.();
      const [key, w] = next;
      const input = { bytes: store.readAsset(w.hash), mime: w.mime, width: w.width, height: w.height, label: '' };
      if (printFolder) await printScreenshot(input, printWidth(w.across), printFolder, w.name);
      else inline.set(key, screenshotFromBytes(input).src);
      ready.get(w.name)!.resolve();
      onImage?.(++done, work.size);
    }
  };
  const all = Promise.all(Array.from({ length: PARALLEL }, prepareNext)).then(
    () => undefined,
    (err: unknown) => {
      // The page stops waiting for the files that will not come; the export fails through `all`.
      for (const d of ready.values()) d.resolve();
      throw err;
    },
  );
  // Whoever waits is told of a failure; nobody waiting (a print already stopped) is no crash.
  all.catch(() => undefined);
  if (!printFolder) await all;
  const pending: PendingFiles = { all, file: (name) => ready.get(name)?.promise ?? Promise.resolve() };
  const comparisons = placed.flatMap(({ comparison: c, entries }) => {
    const screenshots = c.items.map((i): ExportScreenshot => {
      const key = `${i.assetHash}/${c.items.length}`;
      const w = work.get(key)!;
      return {
        src: printFolder ? w.name : inline.get(key)!,
        width: w.width,
        height: w.height,
        label: i.label,
        caption: i.caption,
        regions: i.regions.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height, note: r.note.text })),
      };
    });
    return entries.map(({ articleId, claimId }) => ({ articleId, claimId, title: c.title, note: c.note.text, screenshots }));
  });
  return { comparisons, pending };
}

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
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
  return { project: store.info(), articles, tags: store.listTags(), authors: store.authors(), comparisons, dismissedSuggestions: store.dismissedSuggestions() };
}
