// Merging one copy of a project (theirs) into another (mine). Reading and planning use their own
// connections (in a worker for the app); the writes go through the store as one undoable edit.
// From the command line the work happens on a copy of mine next to the target; only when it has
// succeeded does the copy replace mine (an atomic rename) or become the output file.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PizhuError } from '../../shared/api/result';
import type { Author } from '../../shared/domain/project';
import { MERGE_ACTION } from '../../shared/merge/log';
import { summarize, type MergePlan, type MergeSummary } from '../../shared/merge/plan';
import type { Language } from '../../shared/preferences';
import { CopyReader } from '../project/copy-reader';
import { ProjectStore, type MergeConflict, type Side } from '../project/store';
import { cachedPlan, checkAndPlan, forgetPlan } from './plan-off-thread';
import type { ReadPlan } from './read-plan';

export type { MergeConflict, Side };

export interface MergeOptions {
  /** Who merges: recorded with the merge's changes. */
  author: Author;
  lang?: Language;
  /** Write the result here instead of replacing mine (the file must not exist). */
  outPath?: string;
  /** Resolve every conflict of this merge to one side at once. */
  prefer?: Side;
  /** Only compute what the merge would do; write nothing. */
  dryRun?: boolean;
}

export interface MergeReport {
  projectId: string;
  /** What theirs brings: records added, changed and deleted per table, and conflicts. */
  summary: MergeSummary & { assets: number; theirChanges: number };
  /** The conflicts this merge found (before any `prefer`). */
  conflicts: MergePlan['conflicts'];
  /** Conflicts the written project still holds unresolved, from this merge or earlier ones. */
  unresolved: MergeConflict[];
  /** The file written, or null for a dry run. */
  written: string | null;
  /** How the plan was read: after which seq both logs are one history, change records read, on which thread. */
  reading: Pick<ReadPlan, 'commonSeq' | 'logRowsRead' | 'logHeadsRead' | 'thread' | 'planMs'>;
}

const readingOf = ({ commonSeq, logRowsRead, logHeadsRead, thread, planMs }: ReadPlan): MergeReport['reading'] => ({ commonSeq, logRowsRead, logHeadsRead, thread, planMs });

export interface StoreMergeOptions {
  /** Who merges; with the store's own author, as the app has it. */
  author: Author;
  lang?: Language;
  prefer?: Side;
}

const previewOf = (plan: ReadPlan): MergeReport => ({
  projectId: plan.projectId,
  summary: { ...summarize(plan.plan), assets: plan.missingAssets.length, theirChanges: plan.theirsLog.length },
  conflicts: plan.plan.conflicts,
  unresolved: [],
  written: null,
  reading: readingOf(plan),
});

/** Writes a plan through the store; null when mine changed since it was planned. */
function writePlan(store: ProjectStore, theirsPath: string, plan: ReadPlan, prefer: Side | undefined): MergeReport | null {
  const theirs = CopyReader.open(theirsPath);
  let done;
  try {
    const assets = plan.missingAssets.map((hash) => ({ meta: theirs.assetMeta(hash)!, body: () => theirs.assetBody(hash) }));
    done = store.applyMerge(
      MERGE_ACTION,
      { plan: plan.plan, theirsLog: plan.theirsLog, authors: plan.theirsAuthors, assets, theirsConflicts: plan.theirsConflicts },
      plan.mineTail,
    );
  } finally {
    theirs.close();
  }
  if (!done) return null;
  if (prefer) store.resolveConflicts(prefer);
  return {
    projectId: plan.projectId,
    summary: { ...summarize(plan.plan), assets: done.assets, theirChanges: plan.theirsLog.length },
    conflicts: done.conflicts,
    unresolved: store.listConflicts({ unresolvedOnly: true }),
    written: store.path,
    reading: readingOf(plan),
  };
}

/**
 * Merges theirs into an open project as one undoable edit (`store.undo()` takes the whole merge
 * back), planning on this thread. With `prefer`, resolving the conflicts is a second edit.
 */
export function mergeIntoStore(store: ProjectStore, theirsPath: string, { author, lang = 'zh-CN', prefer }: StoreMergeOptions): MergeReport {
  const request = { minePath: store.path, theirsPath, author, lang };
  const report = writePlan(store, theirsPath, checkAndPlan(request), prefer);
  // Nothing else writes between planning and writing on this thread.
  if (!report) throw new Error('the project changed while the merge was planned');
  return report;
}

/** What merging theirs into the open project would do, planned in a worker and kept for the merge. */
export async function previewMergeInWorker(store: ProjectStore, theirsPath: string, { author, lang = 'zh-CN' }: StoreMergeOptions): Promise<MergeReport> {
  return previewOf(await cachedPlan({ minePath: store.path, theirsPath, author, lang }, store.logTail()));
}

/**
 * Merges theirs into the open project as one undoable edit, planned in a worker (the plan of the
 * preview when neither file changed since); the project keeps answering while it is planned.
 */
export async function mergeIntoStoreInWorker(store: ProjectStore, theirsPath: string, { author, lang = 'zh-CN', prefer }: StoreMergeOptions): Promise<MergeReport> {
  const request = { minePath: store.path, theirsPath, author, lang };
  for (let attempt = 0; ; attempt++) {
    const report = writePlan(store, theirsPath, await cachedPlan(request, store.logTail()), prefer);
    forgetPlan(store.path, theirsPath);
    if (report) return report;
    // Someone edited mine while the plan was made: plan again from the new state, or in the end here.
    if (attempt === 2) return mergeIntoStore(store, theirsPath, { author, lang, ...(prefer ? { prefer } : {}) });
  }
}

/** What merging theirs into mine would do, read from both files without writing either. */
export function previewMerge(minePath: string, theirsPath: string, { author, lang = 'zh-CN' }: Pick<MergeOptions, 'author' | 'lang'>): MergeReport {
  return previewOf(checkAndPlan({ minePath, theirsPath, author, lang }));
}

/**
 * Merges theirs into mine on a copy of mine; the copy then replaces mine atomically, or becomes
 * `outPath`. If anything fails, mine is untouched and the copy is removed.
 */
export function mergeProjects(minePath: string, theirsPath: string, opts: MergeOptions): MergeReport {
  const lang = opts.lang ?? 'zh-CN';
  if (resolve(minePath) === resolve(theirsPath)) {
    throw PizhuError.keyed('invalid-argument', 'merge.sameFile', { file: minePath }, lang);
  }
  if (opts.dryRun) return previewMerge(minePath, theirsPath, opts);
  const target = opts.outPath ?? minePath;
  if (opts.outPath && existsSync(opts.outPath)) throw PizhuError.keyed('io', 'project.exists', { file: opts.outPath }, lang);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.merging`);
  try {
    const mineStore = ProjectStore.open(minePath, { author: opts.author, lang, readOnly: true });
    let merged: ProjectStore;
    try {
      merged = mineStore.openCopy(tmp, opts.author);
    } finally {
      mineStore.close();
    }
    let result: MergeReport;
    try {
      result = mergeIntoStore(merged, theirsPath, { author: opts.author, lang, ...(opts.prefer ? { prefer: opts.prefer } : {}) });
    } finally {
      merged.close();
    }
    renameSync(tmp, target);
    return { ...result, written: target };
  } finally {
    rmSync(tmp, { force: true });
  }
}
