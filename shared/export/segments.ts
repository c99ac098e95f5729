// Splits an article's text into runs at every block and claim boundary (in code points), so that
// overlapping and nested claims all render: each run knows every claim covering it. In print each
// such run is a link of its own, which the PDF step uses to find each claim on the printed page.
import type { BlockKind } from '../article/model';
import { CodePointIndex } from '../text/codepoints';
import type { ExportArticle, ExportClaim } from './document';

export interface Run {
  text: string;
  /** Claims covering this run, outermost (earliest start) first. */
  claims: ExportClaim[];
  /** Claims whose last run this is: their numbers are printed right after it. */
  ending: ExportClaim[];
}

export interface RunBlock {
  kind: BlockKind;
  level?: number;
  runs: Run[];
}

export function articleRuns(article: ExportArticle): RunBlock[] {
  const index = new CodePointIndex(article.content.text);
  const placed = article.claims.filter((c) => c.placed);
  const spans = blockSpans(article, index);
  const cuts = new Set<number>();
  for (const s of spans) cuts.add(s.start).add(s.end);
  for (const c of placed) cuts.add(c.anchor.start).add(c.anchor.end);
  const points = [...cuts].sort((a, b) => a - b);
  const blocks = spans.map((span): RunBlock => {
    const runs: Run[] = [];
    const inside = points.filter((p) => p > span.start && p < span.end);
    const edges = [span.start, ...inside, span.end];
    for (let i = 0; i + 1 < edges.length; i++) {
      const [from, to] = [edges[i]!, edges[i + 1]!];
      runs.push({ text: index.slice(from, to), claims: placed.filter((c) => c.anchor.start < to && c.anchor.end > from), ending: [] });
    }
    return { kind: span.kind, level: span.level, runs };
  });
  // A claim's number goes after the last run it covers: not always a run ending where the claim
  // does, since a claim may end in the line break between two blocks.
  const last = new Map<ExportClaim, Run>();
  for (const run of blocks.flatMap((b) => b.runs)) for (const c of run.claims) last.set(c, run);
  for (const [claim, run] of last) run.ending.push(claim);
  return blocks;
}

/** The article's blocks, with any non-blank text that no block covers kept as paragraphs. */
function blockSpans(article: ExportArticle, index: CodePointIndex): { kind: BlockKind; level?: number; start: number; end: number }[] {
  const spans: { kind: BlockKind; level?: number; start: number; end: number }[] = [];
  let at = 0;
  const gap = (end: number) => {
    if (end > at && index.slice(at, end).trim()) spans.push({ kind: 'paragraph', start: at, end });
  };
  for (const b of [...article.content.blocks].sort((x, y) => x.start - y.start)) {
    if (b.start < at || b.end <= b.start) continue;
    gap(b.start);
    spans.push({ kind: b.kind, level: b.level, start: b.start, end: b.end });
    at = b.end;
  }
  gap(index.length);
  return spans;
}

export const claimMarker = (c: ExportClaim): string => `[${c.number}]`;

/**
 * The print layout wraps each run inside claims in a link to `runLink(article, block, run)`.
 * Chromium prints a link as one Link annotation per line box it covers, with the box's exact
 * place on its page: that is how the PDF step finds each claim on the printed pages, then hides
 * these links (they lead nowhere a reader needs).
 */
export const RUN_LINK = 'pizhu:run/';

export const runLink = (article: number, block: number, run: number): string => `${RUN_LINK}${article}.${block}.${run}`;

/** Every run inside claims of the export's articles, by its link. */
export function runsByLink(articles: readonly ExportArticle[]): Map<string, Run> {
  const runs = new Map<string, Run>();
  articles.forEach((article, a) =>
    articleRuns(article).forEach((block, b) =>
      block.runs.forEach((run, r) => {
        if (run.claims.length) runs.set(runLink(a, b, r), run);
      }),
    ),
  );
  return runs;
}
