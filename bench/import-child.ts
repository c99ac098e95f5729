// One import in a process of its own, for bench/import.bench.ts: reads FILE, imports it in the
// worker as the app does, and prints one JSON line with the outcome, the milliseconds the import
// took and the process's peak resident memory (worker thread included).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importInWorker } from '../main/import/off-thread';

const path = process.argv[2]!;
const bytes = new Uint8Array(readFileSync(path));
const t0 = performance.now();
let outcome: string;
try {
  const preview = await importInWorker({ kind: 'file', fileName: basename(path), bytes, options: {}, lang: 'en' });
  outcome = `imported ${preview.stats.codePoints} characters`;
} catch (err) {
  outcome = `refused: ${err instanceof Error ? err.message : String(err)}`;
}
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ outcome, ms, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
