// Bundles the `pizhu` command (main/cli) with esbuild into out/cli/: an entry `pizhu.js` that
// loads almost nothing, one chunk per command (main.ts imports each command only when it runs),
// and the worker threads' entries (import, merge plan) under the file names their
// callers look for beside them. Packages stay in node_modules (sharp, pdfjs, node:sqlite are
// loaded by Node as they are). `inputs.json` lists the sources, so bin/pizhu.mjs can tell
// whether the bundle is older than the code. `node scripts/build-cli.mjs --if-stale` builds only
// then; the electron-vite build calls buildCli() after the app's own bundles.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Entry names: the workers' are the names off-thread.ts and plan-off-thread.ts load. */
export const CLI_ENTRIES = {
  pizhu: 'main/cli/main.ts',
  'import-worker': 'main/import/import-worker.ts',
  'merge-plan-worker': 'main/merge/plan-worker.ts',
};

/** True when `outDir` holds a bundle at least as new as every source it was made from. */
export function cliBundleFresh(outDir = join(root, 'out', 'cli')) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(outDir, 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  for (const input of manifest.inputs) {
    try {
      if (statSync(join(root, input)).mtimeMs > manifest.builtAt) return false;
    } catch {
      // A source that is gone changed whatever imported it, which is checked too.
    }
  }
  return true;
}

/**
 * Builds the CLI into `outDir` (out/cli by default). It is written beside it first and then
 * moved in place, so a command started meanwhile sees the old bundle or the new one, whole.
 */
export async function buildCli(outDir = join(root, 'out', 'cli')) {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  const staging = `${outDir}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: CLI_ENTRIES,
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22.13',
    packages: 'external',
    // Chunks sit beside the entries: the workers are found by `new URL('./x.js', import.meta.url)`
    // from whichever chunk their caller ended up in.
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(root, join(root, p)));
  writeFileSync(join(staging, 'inputs.json'), JSON.stringify({ builtAt, inputs }, null, 1) + '\n');
  mkdirSync(dirname(outDir), { recursive: true });
  const old = `${outDir}.old-${process.pid}`;
  try {
    renameSync(outDir, old);
  } catch {
    // No bundle yet.
  }
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  return { outDir, files: Object.keys(result.metafile.outputs).length, inputs: inputs.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--if-stale') && cliBundleFresh()) process.exit(0);
  const t0 = performance.now();
  const built = await buildCli();
  process.stderr.write(`pizhu CLI bundled into ${relative(root, built.outDir)}: ${built.files} files from ${built.inputs} sources in ${Math.round(performance.now() - t0)} ms\n`);
}
