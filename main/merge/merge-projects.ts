// Merging one copy of a project (theirs) into another (mine). The work happens on a compact
// copy of mine next to the target, in one transaction; only when it has succeeded does the copy
// replace mine (an atomic rename) or become the output file. Mine is never written in place.
import { DatabaseSync } from 'node:sqlite';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PizhuError } from '../../shared/api/result';
import type { Author } from '../../shared/domain/project';
import { translate } from '../../shared/i18n';
import { divergence, MERGE_ACTION, type Divergence } from '../../shared/merge/log';
import { planMerge, summarize, type MergePlan, type MergeSummary } from '../../shared/merge/plan';
import type { Language } from '../../shared/preferences';
import { SCHEMA_VERSION } from '../project/format';
import { Sql } from '../project/sql';
import { ProjectStore } from '../project/store';
import { applyMerge } from './apply';
import { listConflicts, resolveConflicts, type MergeConflict, type Side } from './conflicts';
import { missingAssets, readLog, readRows, referrersIn } from './read-copy';

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
}

function planFor(mine: Sql, theirs: Sql): { divergence: Divergence; plan: MergePlan } {
  const div = divergence(readLog(mine), readLog(theirs));
  const keys = new Set([...div.mineEdited.keys(), ...div.theirsEdited.keys()]);
  const plan = planMerge({ divergence: div, mineRows: readRows(mine, keys), theirsRows: readRows(theirs, keys), mineReferrers: referrersIn(mine) });
  return { divergence: div, plan };
}

function openRaw(path: string): Sql {
  return new Sql(new DatabaseSync(path, { readOnly: true }));
}

/** Opens theirs read-only (lock and checks included) and refuses another project or a newer file. */
function openTheirs(theirsPath: string, projectId: string, minePath: string, lang: Language, author: Author): ProjectStore {
  const theirs = ProjectStore.open(theirsPath, { author, lang, readOnly: true });
  const t = theirs.info();
  const refuse = (key: string, vars: Record<string, string | number>) => {
    theirs.close();
    throw new PizhuError('invalid-argument', translate(lang, `merge.${key}`, { mine: minePath, theirs: theirsPath, ...vars }));
  };
  if (t.id !== projectId) refuse('differentProject', { mineId: projectId, theirsId: t.id });
  if (t.schemaVersion > SCHEMA_VERSION) refuse('newerProject', { version: t.schemaVersion });
  return theirs;
}

export interface StoreMergeOptions {
  /** Who merges; with the store's own author, as the app has it. */
  author: Author;
  lang?: Language;
  prefer?: Side;
}

/**
 * Merges theirs into an open project as one undoable edit (`store.undo()` takes the whole merge
 * back). With `prefer`, resolving the conflicts is a second edit, undone on its own.
 */
export function mergeIntoStore(store: ProjectStore, theirsPath: string, { author, lang = 'zh-CN', prefer }: StoreMergeOptions): MergeReport {
  const projectId = store.info().id;
  const theirsStore = openTheirs(theirsPath, projectId, store.path, lang, author);
  const theirs = openRaw(theirsPath);
  try {
    const done = store.runEdit(MERGE_ACTION, (rec, ctx) => {
      const { divergence: div, plan } = planFor(ctx.sql, theirs);
      const applied = applyMerge(ctx, rec, theirs, div, plan);
      return { div, plan, assets: applied.assets, conflicts: applied.conflicts };
    });
    if (prefer) store.runEdit('resolveConflict', (rec, ctx) => resolveConflicts(ctx, rec, prefer));
    return {
      projectId,
      summary: { ...summarize(done.plan), assets: done.assets, theirChanges: done.div.theirsOnly.length },
      conflicts: done.conflicts,
      unresolved: store.runRead((ctx) => listConflicts(ctx.sql, { unresolvedOnly: true })),
      written: store.path,
    };
  } finally {
    theirs.db.close();
    theirsStore.close();
  }
}

/** What merging theirs into mine would do, read from both files without writing either. */
export function previewMerge(minePath: string, theirsPath: string, { author, lang = 'zh-CN' }: Pick<MergeOptions, 'author' | 'lang'>): MergeReport {
  const mineStore = ProjectStore.open(minePath, { author, lang, readOnly: true });
  try {
    const projectId = mineStore.info().id;
    openTheirs(theirsPath, projectId, minePath, lang, author).close();
    const [mine, theirs] = [openRaw(minePath), openRaw(theirsPath)];
    try {
      const { divergence: div, plan } = planFor(mine, theirs);
      return {
        projectId,
        summary: { ...summarize(plan), assets: missingAssets(mine, theirs), theirChanges: div.theirsOnly.length },
        conflicts: plan.conflicts,
        unresolved: [],
        written: null,
      };
    } finally {
      mine.db.close();
      theirs.db.close();
    }
  } finally {
    mineStore.close();
  }
}

/**
 * Merges theirs into mine on a compact copy of mine; the copy then replaces mine atomically, or
 * becomes `outPath`. If anything fails, mine is untouched and the copy is removed.
 */
export function mergeProjects(minePath: string, theirsPath: string, opts: MergeOptions): MergeReport {
  const lang = opts.lang ?? 'zh-CN';
  if (resolve(minePath) === resolve(theirsPath)) {
    throw new PizhuError('invalid-argument', translate(lang, 'merge.sameFile', { file: minePath }));
  }
  if (opts.dryRun) return previewMerge(minePath, theirsPath, opts);
  const target = opts.outPath ?? minePath;
  if (opts.outPath && existsSync(opts.outPath)) throw new PizhuError('io', translate(lang, 'project.exists', { file: opts.outPath }));
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.merging`);
  try {
    const mineStore = ProjectStore.open(minePath, { author: opts.author, lang, readOnly: true });
    try {
      openTheirs(theirsPath, mineStore.info().id, minePath, lang, opts.author).close();
      mineStore.compactCopy(tmp);
    } finally {
      mineStore.close();
    }
    const merged = ProjectStore.open(tmp, { author: opts.author, lang });
    let result: MergeReport;
    try {
      result = mergeIntoStore(merged, theirsPath, { author: opts.author, lang, prefer: opts.prefer });
    } finally {
      merged.close();
    }
    renameSync(tmp, target);
    return { ...result, written: target };
  } finally {
    rmSync(tmp, { force: true });
  }
}
