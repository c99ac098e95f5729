// Team merge benchmark (issues 8 and 12): two copies of a project of 5,000 and of 20,000 claims
// (200 articles, 100 comparisons), 1,000 claims changed on each side since they split (100 of
// them with the same verdict changed differently, so the merge records conflicts), once after a
// short history and once after a long one (three passes of edits over every claim before the
// split): the merge reads only what follows the common history, so its cost should not grow
// with the history. Reports, in a child process each so that building the copies does not count:
// `pizhu merge` (on a copy of mine) wall time and peak RSS above a child that loads the
// same code and merges nothing; the app's preview and merge (planned in a worker, written through
// the open store; the preview includes starting the worker, which under tsx compiles the code)
// and the longest the app's main thread went without answering meanwhile.
// `npm run bench -- merge [CLAIMS...]`
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ProjectStore } from '../main/project/store';
import { CHECKER, EDITOR } from '../main/project/testing/fixtures';
import { mergeIntoStoreInWorker, mergeProjects, previewMergeInWorker } from '../main/merge/merge-projects';
import { buildProject, changeClaims, claimIds } from './history-project';
import { mb, ratio, report, result } from './lib';

const CHANGED = 1000;
const OVERLAP = 100;
const LONG_ROUNDS = 3;

interface ChildFigures {
  ms: number;
  previewMs?: number;
  planMs?: number;
  stallMs?: number;
  rss: number;
  conflicts: number;
  logRowsRead?: { mine: number; theirs: number };
}

const rss = () => process.resourceUsage().maxRSS * 1024;

// Child modes: merge once and report; or load the same code and merge nothing, for the RSS that
// tsx and the modules take on their own.
if (process.argv[2] === '--child-baseline') {
  process.stdout.write(JSON.stringify({ ms: 0, rss: rss(), conflicts: 0 }) + '\n');
  process.exit(0);
}
if (process.argv[2] === '--child-cli') {
  const [mine, theirs, out] = process.argv.slice(3) as [string, string, string];
  const t0 = performance.now();
  const r = mergeProjects(mine, theirs, { author: EDITOR, lang: 'en', outPath: out });
  const figures: ChildFigures = { ms: performance.now() - t0, rss: rss(), conflicts: r.conflicts.length, logRowsRead: r.reading.logRowsRead };
  process.stdout.write(JSON.stringify(figures) + '\n');
  process.exit(0);
}
if (process.argv[2] === '--child-app') {
  const [mine, theirs] = process.argv.slice(3) as [string, string];
  const store = ProjectStore.open(mine, { author: EDITOR, lang: 'en' });
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const t0 = performance.now();
  const preview = await previewMergeInWorker(store, theirs, { author: EDITOR, lang: 'en' });
  const t1 = performance.now();
  const r = await mergeIntoStoreInWorker(store, theirs, { author: EDITOR, lang: 'en' });
  const t2 = performance.now();
  stalls.disable();
  store.close();
  const figures: ChildFigures = { previewMs: t1 - t0, planMs: preview.reading.planMs, ms: t2 - t1, stallMs: stalls.max / 1e6, rss: rss(), conflicts: r.conflicts.length };
  process.stdout.write(JSON.stringify(figures) + '\n');
  process.exit(0);
}

function child(...args: string[]): ChildFigures {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [5000, 20000];
const figures: Record<string, unknown> = {};
const dir = mkdtempSync(join(tmpdir(), 'pizhu-bench-merge-'));
try {
  const baseline = child('--child-baseline');
  report('peak RSS of a process merging nothing (MB)', mb(baseline.rss));
  for (const claims of SIZES) {
    for (const [history, rounds] of [['short', 0], ['long', LONG_ROUNDS]] as const) {
      const name = `${claims}-${history}`;
      const mine = join(dir, `mine-${name}.pizhu`);
      const theirs = join(dir, `theirs-${name}.pizhu`);
      const t0 = performance.now();
      buildProject(mine, { claims, rounds });
      copyFileSync(mine, theirs);
      const ids = claimIds(mine);
      changeClaims(mine, EDITOR, ids.slice(0, CHANGED), (i) => ({ verdict: 'true', strength: (i + 1) % 5 }));
      changeClaims(theirs, CHECKER, ids.slice(CHANGED - OVERLAP, 2 * CHANGED - OVERLAP), (i) => ({ verdict: 'false', note: { json: '', text: `复核 ${i}` } }));
      report(`${name}: built two copies, ${mb(statSync(mine).size)} MB each (s)`, ((performance.now() - t0) / 1000).toFixed(1));

      const cli = child('--child-cli', mine, theirs, join(dir, `merged-${name}.pizhu`));
      const app = child('--child-app', mine, theirs);
      report(`${name}: pizhu merge (ms)`, cli.ms.toFixed(0));
      report(`${name}: pizhu merge peak RSS above baseline (MB)`, mb(cli.rss - baseline.rss));
      report(`${name}: change records read (mine / theirs)`, `${cli.logRowsRead!.mine} / ${cli.logRowsRead!.theirs}`);
      report(`${name}: app preview (of which planning in the worker) / merge (ms)`, `${app.previewMs!.toFixed(0)} (${app.planMs!.toFixed(0)}) / ${app.ms.toFixed(0)}`);
      report(`${name}: app main thread longest stall (ms)`, app.stallMs!.toFixed(0));
      report(`${name}: app peak RSS above baseline (MB)`, mb(app.rss - baseline.rss));
      report(`${name}: conflicts recorded`, cli.conflicts);
      figures[name] = {
        cliMs: Math.round(cli.ms),
        cliRssAboveBaselineMB: mb(cli.rss - baseline.rss),
        logRowsRead: cli.logRowsRead,
        appPreviewMs: Math.round(app.previewMs!),
        appPlanMs: Math.round(app.planMs!),
        appMergeMs: Math.round(app.ms),
        appStallMs: Math.round(app.stallMs!),
        appRssAboveBaselineMB: mb(app.rss - baseline.rss),
        conflicts: cli.conflicts,
      };
      for (const f of [mine, theirs, join(dir, `merged-${name}.pizhu`)]) rmSync(f, { force: true });
    }
    const short = figures[`${claims}-short`] as { cliMs: number; appPlanMs: number };
    const long = figures[`${claims}-long`] as { cliMs: number; appPlanMs: number };
    // pizhu merge also opens, checks and copies the whole file, which a longer history makes bigger.
    figures[`${claims}-longVsShortHistory`] = { cli: ratio(long.cliMs, short.cliMs), planning: ratio(long.appPlanMs, short.appPlanMs) };
    report(`${claims}: long / short history, pizhu merge / planning`, `${ratio(long.cliMs, short.cliMs)} / ${ratio(long.appPlanMs, short.appPlanMs)}`);
  }
  result(figures);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
