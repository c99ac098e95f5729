// What a `pizhu` command costs before and while it works: `--version`, `--help`, `info` on a
// project and `import` of the seed article, each run as a process through bin/pizhu.mjs, from
// the bundle (out/cli, built first when stale) and from the sources through tsx (the baseline,
// PIZHU_CLI=source), against `node -e 0`, the floor of starting Node at all. Wall time is the
// median of several runs, the two ways taking turns; peak memory is the process's maximum
// resident set (GNU time). The tsx path loads commands lazily too: before the bundle, every
// command was loaded for any of them (--version: 1.1-3 s and 210-360 MB, by machine and load).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCli, cliBundleFresh } from '../scripts/build-cli.mjs';
import { ratio, report, result } from './lib';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'pizhu.mjs');
const seed = join(root, 'fixtures', 'articles', 'seed-tencent-ai.txt');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const dir = mkdtempSync(join(tmpdir(), 'pizhu-bench-cli-'));
const env = { ...process.env, PIZHU_CONFIG_DIR: join(dir, 'config') };

interface Figure {
  ms: number;
  mb: number | null;
}

/** One run of `args` (a whole command line), its wall time and peak resident memory. */
function once(args: string[], extraEnv: Record<string, string>): Figure {
  const stats = join(dir, 'time.txt');
  const command = gnuTime ? [gnuTime, '-f', '%M', '-o', stats, ...args] : args;
  const t0 = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', env: { ...env, ...extraEnv } });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  const kb = gnuTime ? Number(readFileSync(stats, 'utf8').trim().split('\n').pop()) : NaN;
  return { ms, mb: Number.isFinite(kb) ? Math.round(kb / 1024) : null };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median wall time and peak memory of samples (null memory without GNU time). */
function summary(samples: Figure[]): Figure {
  const mbs = samples.map((s) => s.mb).filter((m): m is number => m !== null);
  return { ms: Math.round(median(samples.map((s) => s.ms)) * 10) / 10, mb: mbs.length ? median(mbs) : null };
}

/**
 * Each of `variants` run `runs` times after one unmeasured run, taking turns, so that a machine
 * busy with other work weighs on all of them alike.
 */
function measure(variants: { args: string[]; env: Record<string, string> }[], runs: number): Figure[] {
  for (const v of variants) once(v.args, v.env);
  const samples: Figure[][] = variants.map(() => []);
  for (let i = 0; i < runs; i++) variants.forEach((v, k) => samples[k]!.push(once(v.args, v.env)));
  return samples.map(summary);
}

const showMb = (f: Figure) => (f.mb === null ? 'n/a' : `${f.mb} MB`);

if (!cliBundleFresh()) {
  const t0 = performance.now();
  await buildCli();
  report('bundle built first (stale or missing)', `${Math.round(performance.now() - t0)} ms`);
}

const BUNDLE = { PIZHU_CLI: 'bundle' };
const SOURCE = { PIZHU_CLI: 'source' };
const projects = { bundle: join(dir, 'bundle.pizhu'), source: join(dir, 'source.pizhu') };
for (const file of Object.values(projects)) {
  once([process.execPath, bin, 'new', file], BUNDLE);
  once([process.execPath, bin, 'import', file, seed], BUNDLE);
}

const [floor] = measure([{ args: [process.execPath, '-e', '0'], env: {} }], 15) as [Figure];
report('node -e 0 (the floor)', `${floor.ms} ms, ${showMb(floor)}`);

const cases: { name: string; args: (project: string) => string[]; runs: number }[] = [
  { name: 'version', args: () => ['--version'], runs: 15 },
  { name: 'help', args: () => ['--help'], runs: 15 },
  { name: 'info', args: (p) => ['info', p], runs: 9 },
  { name: 'import', args: (p) => ['import', p, seed], runs: 7 },
];
const figures: Record<string, unknown> = { floor };
for (const c of cases) {
  const [bundle, source] = measure(
    [
      { args: [process.execPath, bin, ...c.args(projects.bundle)], env: BUNDLE },
      { args: [process.execPath, bin, ...c.args(projects.source)], env: SOURCE },
    ],
    c.runs,
  ) as [Figure, Figure];
  report(`${c.name}: bundle`, `${bundle.ms} ms, ${showMb(bundle)}`);
  report(`${c.name}: tsx (before)`, `${source.ms} ms, ${showMb(source)}`);
  report(`${c.name}: tsx / bundle, time`, ratio(source.ms, bundle.ms));
  if (bundle.mb !== null && source.mb !== null) report(`${c.name}: tsx / bundle, memory`, ratio(source.mb, bundle.mb));
  report(`${c.name}: bundle over node -e 0`, `+${Math.round(bundle.ms - floor.ms)} ms`);
  figures[c.name] = {
    bundle,
    source,
    speedup: ratio(source.ms, bundle.ms),
    memoryRatio: bundle.mb !== null && source.mb !== null ? ratio(source.mb, bundle.mb) : null,
    overFloorMs: Math.round(bundle.ms - floor.ms),
  };
}

const version = figures.version as { bundle: Figure };
const goals = { versionMs: version.bundle.ms <= 150, versionMb: version.bundle.mb === null ? null : version.bundle.mb <= 80 };
report('goal: pizhu --version ≤ 150 ms', goals.versionMs ? 'met' : 'missed');
report('goal: pizhu --version ≤ 80 MB', goals.versionMb === null ? 'n/a' : goals.versionMb ? 'met' : 'missed');
rmSync(dir, { recursive: true, force: true });
result({ ...figures, goals });
