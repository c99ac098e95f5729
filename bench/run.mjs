#!/usr/bin/env node
// `npm run bench -- NAME [args]`: runs bench/NAME.bench.ts with tsx. Each benchmark prints its
// figures and ends with one line `RESULT {json}` holding ratios measured in the same run.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
const [name, ...rest] = process.argv.slice(2);
if (!name || !names.includes(name)) {
  process.stderr.write(`usage: npm run bench -- NAME\nbenchmarks: ${names.join(', ') || '(none)'}\n`);
  process.exit(name ? 1 : 0);
}
const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, `${name}.bench.ts`), ...rest], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
