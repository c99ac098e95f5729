// Small helpers shared by the benchmarks: timing with warm-up, medians, peak memory, and the
// closing RESULT line.
import { performance } from 'node:perf_hooks';

export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and reports median and minimum. */
export async function time(fn: () => unknown, { runs = 15, warmup = 3 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, minMs: samples[0]!, runs };
}

export const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
export const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Prints a figure as a readable line. */
export function report(label: string, value: string | number): void {
  process.stdout.write(`${label.padEnd(48)} ${value}\n`);
}

/** The last line of every benchmark. */
export function result(figures: Record<string, unknown>): void {
  process.stdout.write(`RESULT ${JSON.stringify(figures)}\n`);
}
