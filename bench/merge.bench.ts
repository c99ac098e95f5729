// Team merge benchmark (issue 8): two copies of a project with 5,000 claims, 1,000 claims changed
// on each side since they split (100 of them with the same verdict changed differently, so the
// merge records conflicts). Reports the merge's wall time and the peak RSS of the process that
// merges, measured in a child so that building the copies does not count.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { addClaim, updateClaim } from '../main/project/claims';
import { ProjectStore } from '../main/project/store';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle } from '../main/project/testing/fixtures';
import { mergeProjects } from '../main/merge/merge-projects';
import { mb, report, result } from './lib';

const CLAIMS = 5000;
const CHANGED = 1000;
const OVERLAP = 100;
const QUOTES = ['389B', '52B', '据报道', '第 11 位', '200 万', '参数规模最大'];

// Child modes: merge once and report wall time and peak RSS; or load the same code and merge
// nothing, for the RSS that tsx and the modules take on their own.
if (process.argv[2] === '--child-baseline') {
  process.stdout.write(JSON.stringify({ ms: 0, rss: process.resourceUsage().maxRSS * 1024, conflicts: 0 }) + '\n');
  process.exit(0);
}
if (process.argv[2] === '--child-merge') {
  const [mine, theirs, out] = process.argv.slice(3) as [string, string, string];
  const t0 = performance.now();
  const r = mergeProjects(mine, theirs, { author: EDITOR, lang: 'en', outPath: out });
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024, conflicts: r.conflicts.length, changed: r.summary.changed }) + '\n');
  process.exit(0);
}

function buildBase(path: string): void {
  const store = ProjectStore.create(path, { title: 'bench', author: EDITOR });
  const article = store.addArticle(sampleArticle());
  const anchors = QUOTES.map((q) => anchorOf(SAMPLE_TEXT, q));
  store.runEdit('bench', (rec, ctx) => {
    for (let i = 0; i < CLAIMS; i++) {
      addClaim(ctx, rec, { articleId: article.id, anchor: anchors[i % anchors.length]!, strength: i % 5, note: { json: '', text: `核查记录 ${i}` } });
    }
  });
  store.close();
}

/** Changes `count` claims from `first` on, as one checker working through them. */
function changeClaims(path: string, author: typeof EDITOR, first: number, patch: (i: number) => Parameters<typeof updateClaim>[3]): void {
  const store = ProjectStore.open(path, { author });
  const claims = store.listClaims(store.listArticles()[0]!.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  store.runEdit('bench', (rec, ctx) => {
    for (let i = first; i < first + CHANGED; i++) updateClaim(ctx, rec, claims[i]!.id, patch(i));
  });
  store.close();
}

function child(...args: string[]): { ms: number; rss: number; conflicts: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!);
}

const dir = mkdtempSync(join(tmpdir(), 'pizhu-bench-merge-'));
try {
  const mine = join(dir, 'mine.pizhu');
  const theirs = join(dir, 'theirs.pizhu');
  const t0 = performance.now();
  buildBase(mine);
  copyFileSync(mine, theirs);
  changeClaims(mine, EDITOR, 0, (i) => ({ verdict: 'true', strength: (i + 1) % 5 }));
  changeClaims(theirs, CHECKER, CHANGED - OVERLAP, (i) => ({ verdict: 'false', note: { json: '', text: `复核 ${i}` } }));
  report('built two copies (s)', ((performance.now() - t0) / 1000).toFixed(1));

  const baseline = child('--child-baseline');
  const first = child('--child-merge', mine, theirs, join(dir, 'merged.pizhu'));
  report('claims per copy / changed per side', `${CLAIMS} / ${CHANGED}`);
  report('merge wall time (ms)', first.ms.toFixed(0));
  report('merge peak RSS (MB)', mb(first.rss));
  report('peak RSS of the same process merging nothing (MB)', mb(baseline.rss));
  report('conflicts recorded', first.conflicts);
  const again = child('--child-merge', join(dir, 'merged.pizhu'), theirs, join(dir, 'merged-again.pizhu'));
  report('merging the same copy again (ms)', again.ms.toFixed(0));

  result({
    claims: CLAIMS,
    changedPerSide: CHANGED,
    conflicts: first.conflicts,
    mergeMs: Math.round(first.ms),
    mergePeakRssMB: mb(first.rss),
    mergeRssAboveBaselineMB: mb(first.rss - baseline.rss),
    remergeMs: Math.round(again.ms),
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
