// Runs each import in a worker thread with budgets, so nothing a file contains can stall the
// process that asked for it: the app's main process, the browser-mode host (other API calls keep
// answering meanwhile) or the CLI. The worker's JavaScript heap is capped (resourceLimits) and it
// is terminated when the time budget runs out; either way the caller gets a PizhuError naming
// the file, in the user's language, and nothing was written.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { PizhuError, type ErrorCode, type Phrase, type PhraseVars } from '../../shared/api/result';
import type { Language } from '../../shared/preferences';
import { importError, isStackOverflow } from './errors';
import type { ImportOptions, ImportPreview } from './index';
import { IMPORT_HEAP_LIMIT_MB, IMPORT_TIME_LIMIT_MS } from './limits';

export type ImportJob =
  | { kind: 'file'; fileName: string; bytes: Uint8Array; options: ImportOptions; lang: Language }
  | { kind: 'paste'; text: string; html?: string; options: { disabledCleanups?: string[]; title?: string }; lang: Language };

export interface ImportBudget {
  timeMs: number;
  heapMb: number;
}

export const DEFAULT_BUDGET: ImportBudget = { timeMs: IMPORT_TIME_LIMIT_MS, heapMb: IMPORT_HEAP_LIMIT_MB };

type Reply<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string; phrase: Phrase | null };

/** The file a job reads, as its messages name it. */
export const fileOf = (job: ImportJob): string | Phrase => (job.kind === 'paste' ? { key: 'import.pasted' } : job.fileName);

/** Runs `work` and turns its outcome into a message a worker can post (errors keep their key). */
export async function replyOf<T>(work: () => Promise<T>, file?: string | Phrase): Promise<Reply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    const e =
      err instanceof PizhuError
        ? err
        : isStackOverflow(err) && file !== undefined
          ? PizhuError.keyed('bad-input', 'import.error.tooDeep', { file })
          : new PizhuError('internal', err instanceof Error ? err.message : String(err));
    return { ok: false, code: e.code, message: e.message, phrase: e.phrase };
  }
}

/** The flags that load modules (--import, --require, --conditions), the only ones a worker needs
 *  and some of the few it accepts: a process started with --expose-gc would make the Worker throw. */
function loaderArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!/^--(?:import|require|conditions|loader)(?:=|$)|^-[rC]$/.test(flag)) continue;
    out.push(flag);
    if (!flag.includes('=') && i + 1 < argv.length) out.push(argv[++i]!);
  }
  return out;
}

/**
 * The worker's module: the TypeScript source under tsx (CLI, tests, browser mode), or the file
 * the build puts beside the main bundle (electron.vite.config.ts).
 */
function workerModule(): { url: URL; execArgv?: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    const loaders = loaderArgs(process.execArgv);
    const tsx = loaders.some((a) => a.includes('tsx'));
    return { url: new URL('./import-worker.ts', import.meta.url), execArgv: tsx ? loaders : [...loaders, '--import', 'tsx'] };
  }
  const url = new URL('./import-worker.js', import.meta.url);
  if (!existsSync(url)) throw new PizhuError('internal', `the import worker is missing: ${url.pathname}`);
  return { url };
}

// One worker is kept warm between imports (its parsers loaded, its code compiled), for a
// while: starting one costs most of a second. It is used again only after a job that ended on
// its own; a worker stopped by a budget is gone, and the next job gets a fresh one.
const KEEP_IDLE_MS = 30_000;
const YOUNG_GENERATION_MB = 48;
let idle: { worker: Worker; heapMb: number; timer: NodeJS.Timeout } | undefined;

function takeWorker(heapMb: number): Worker {
  if (idle && idle.heapMb === heapMb) {
    const { worker, timer } = idle;
    idle = undefined;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  const { url, execArgv } = workerModule();
  // A larger young generation than the default: parsing a page makes millions of short-lived
  // nodes and strings, and with the default the worker spent a third of a long page's import
  // collecting them.
  const worker = new Worker(url, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    ...(execArgv ? { execArgv } : {}),
  });
  // An idle worker that fails is forgotten (a running job hears of it through its own listeners).
  const forget = () => {
    if (idle?.worker !== worker) return;
    clearTimeout(idle.timer);
    idle = undefined;
  };
  return worker.on('error', forget).on('exit', forget);
}

function keepIdle(worker: Worker, heapMb: number): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  // An idle worker holds no process open (the CLI exits when its work is done).
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker !== worker) return;
    idle = undefined;
    void worker.terminate();
  }, KEEP_IDLE_MS);
  timer.unref();
  idle = { worker, heapMb, timer };
}

/** Runs the job in a worker within `budget`; resolves to its preview or rejects with why not. */
export function importInWorker(job: ImportJob, budget: ImportBudget = DEFAULT_BUDGET): Promise<ImportPreview> {
  const file = fileOf(job);
  const vars = (extra: PhraseVars): PhraseVars => ({ file, ...extra });
  const worker = takeWorker(budget.heapMb);
  return new Promise<ImportPreview>((done, fail) => {
    const settle = (outcome: () => void, reusable: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) keepIdle(worker, budget.heapMb);
      else void worker.terminate();
      outcome();
    };
    const onMessage = (reply: Reply<ImportPreview>) =>
      settle(() => (reply.ok ? done(reply.value) : fail(new PizhuError(reply.code, reply.message, reply.phrase))), true);
    const onError = (err: Error & { code?: string }) =>
      settle(
        () =>
          fail(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? importError('bad-input', job.lang, 'outOfMemory', vars({ limit: budget.heapMb }))
              : isStackOverflow(err)
                ? importError('bad-input', job.lang, 'tooDeep', vars({}))
                : new PizhuError('internal', err.message),
          ),
        false,
      );
    const onExit = (code: number) => settle(() => fail(new PizhuError('internal', `the import stopped unexpectedly (exit code ${code})`)), false);
    const timer = setTimeout(
      () => settle(() => fail(importError('bad-input', job.lang, 'timedOut', vars({ seconds: Math.round(budget.timeMs / 100) / 10 }))), false),
      budget.timeMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}
