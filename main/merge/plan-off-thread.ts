// Planning a merge off the main thread, once for its preview and its merge: the plan is made in
// a worker (the app and the browser-mode host keep answering meanwhile) and kept, keyed by both
// files, until theirs changes on disk or mine's log moves on.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PizhuError, type ErrorCode } from '../../shared/api/result';
import type { Author } from '../../shared/domain/project';
import type { Language } from '../../shared/preferences';
import type { LogTail } from '../project/store';
import { CopyReader } from '../project/copy-reader';
import { checkSameProject, checkTheirsFile } from './check-theirs';
import { readAndPlanWith, type ReadPlan } from './read-plan';

export interface PlanRequest {
  minePath: string;
  theirsPath: string;
  author: Author;
  lang: Language;
}

type WorkerReply = { ok: true; value: ReadPlan } | { ok: false; code?: ErrorCode; message: string };

/** Checks theirs, then reads both files on this thread's own connections and plans. */
export function checkAndPlan({ minePath, theirsPath, author, lang }: PlanRequest): ReadPlan {
  checkTheirsFile(theirsPath, minePath, lang, author);
  const mine = CopyReader.open(minePath);
  try {
    const theirs = CopyReader.open(theirsPath);
    try {
      checkSameProject(mine.projectId(), theirs.projectId(), minePath, theirsPath, lang);
      return readAndPlanWith(mine, theirs);
    } finally {
      theirs.close();
    }
  } finally {
    mine.close();
  }
}

/**
 * The worker's module: the TypeScript source under tsx (CLI, tests, browser mode), or the file
 * the build puts beside the main bundle (electron.vite.config.ts); null when neither is there.
 */
function workerModule(): { url: URL; execArgv?: string[] } | null {
  if (import.meta.url.endsWith('.ts')) {
    const tsx = process.execArgv.some((a) => a.includes('tsx'));
    return { url: new URL('./plan-worker.ts', import.meta.url), execArgv: tsx ? process.execArgv : [...process.execArgv, '--import', 'tsx'] };
  }
  const url = new URL('./merge-plan-worker.js', import.meta.url);
  return existsSync(url) ? { url } : null;
}

/**
 * Runs checkAndPlan in a worker thread. If the worker itself cannot run (its module missing or
 * not loadable where the app is packaged), it plans on this thread instead: slower to answer,
 * never a failed merge.
 */
export function planInWorker(request: PlanRequest): Promise<ReadPlan> {
  const module = workerModule();
  const here = () => checkAndPlan(request);
  if (!module) return Promise.resolve().then(here);
  const { url, execArgv } = module;
  return new Promise<ReadPlan>((done, fail) => {
    let answered = false;
    const worker = new Worker(url, { workerData: request, ...(execArgv ? { execArgv } : {}) });
    const fallBack = () => {
      if (answered) return;
      answered = true;
      try {
        done(here());
      } catch (err) {
        fail(err);
      }
    };
    worker.once('message', (reply: WorkerReply) => {
      answered = true;
      if (reply.ok) done(reply.value);
      else fail(reply.code ? new PizhuError(reply.code, reply.message) : new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', fallBack);
    worker.once('exit', fallBack);
  });
}

interface Cached {
  theirs: string;
  mineTail: LogTail;
  plan: ReadPlan;
}

const cache = new Map<string, Cached>();
const cacheKey = (minePath: string, theirsPath: string) => `${resolve(minePath)}\n${resolve(theirsPath)}`;
const fileIdentity = (path: string): string => {
  const s = statSync(path);
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`;
};

/**
 * The plan for merging theirs into mine, made in a worker, or the one made for the preview if
 * neither file changed since. `mineTail` is where mine's log ends now.
 */
export async function cachedPlan(request: PlanRequest, mineTail: LogTail): Promise<ReadPlan> {
  const key = cacheKey(request.minePath, request.theirsPath);
  const theirs = fileIdentity(request.theirsPath);
  const hit = cache.get(key);
  if (hit && hit.theirs === theirs && hit.mineTail.seq === mineTail.seq && hit.mineTail.chain === mineTail.chain) return hit.plan;
  const plan = await planInWorker(request);
  cache.clear();
  cache.set(key, { theirs, mineTail: plan.mineTail, plan });
  return plan;
}

/** Forgets a plan once it has been written (mine's log moved on anyway). */
export function forgetPlan(minePath: string, theirsPath: string): void {
  cache.delete(cacheKey(minePath, theirsPath));
}
