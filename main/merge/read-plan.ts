// Reading and planning a merge from the two files, without writing either: the part of a merge
// that can run in a worker thread. Only the change records after the copies' common history are
// read: that history is the longest common prefix of the two logs, found by comparing the chain
// link (a hash of every change id up to a row) at one seq at a time, in a binary search.
import { performance } from 'node:perf_hooks';
import { threadId } from 'node:worker_threads';
import { divergence, settleBases } from '../../shared/merge/log';
import { planMerge, type MergePlan } from '../../shared/merge/plan';
import type { Row } from '../../shared/merge/log';
import { type CopyReader } from '../project/copy-reader';
import type { LogRecord, LogTail } from '../project/store';

export interface ReadPlan {
  projectId: string;
  theirsProjectId: string;
  plan: MergePlan;
  /** Theirs' change records mine lacks, in theirs' order. */
  theirsLog: LogRecord[];
  theirsAuthors: Row[];
  /** Hashes of theirs' assets that mine lacks. */
  missingAssets: string[];
  theirsConflicts: Row[];
  /** Mine's log tail when read: the plan holds while mine's log still ends there. */
  mineTail: LogTail;
  /** The seq up to which both logs are the same history. */
  commonSeq: number;
  /** Change records read from each file. */
  logRowsRead: { mine: number; theirs: number };
  /** The thread that read and planned (0: the main thread), and how long that took. */
  thread: number;
  planMs: number;
}

/** The last seq at which both logs hold the same history (0: none in common). */
export function commonSeq(mine: CopyReader, theirs: CopyReader): number {
  let lo = 0;
  let hi = Math.min(mine.tail().seq, theirs.tail().seq);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const link = mine.chainAt(mid);
    if (link !== null && link === theirs.chainAt(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Theirs' rows keep only the columns mine's tables have (a column a later format dropped). */
function fitColumns(rows: Map<string, Row>, mine: CopyReader): Map<string, Row> {
  for (const [key, row] of rows) {
    const cols = new Set(mine.columns(key.slice(0, key.indexOf('/'))));
    if (Object.keys(row).every((c) => cols.has(c))) continue;
    rows.set(key, Object.fromEntries(Object.entries(row).filter(([c]) => cols.has(c))));
  }
  return rows;
}

export function readAndPlanWith(mine: CopyReader, theirs: CopyReader): ReadPlan {
  const started = performance.now();
  const mineTail = mine.tail();
  const common = commonSeq(mine, theirs);
  const mineLog = mine.logAfter(common);
  const theirsLog = theirs.logAfter(common);
  const div = divergence(mineLog, theirsLog);
  const keys = new Set([...div.mineEdited.keys(), ...div.theirsEdited.keys()]);
  const mineRows = mine.rows(keys);
  const theirsRows = fitColumns(theirs.rows(keys), mine);
  settleBases(div.mineEdited, mineLog, mineRows);
  settleBases(div.theirsEdited, theirsLog, theirsRows);
  const plan = planMerge({ divergence: div, mineRows, theirsRows, mineReferrers: (table, id) => mine.referrers(table, id) });
  const have = new Set(mine.assetHashes());
  return {
    projectId: mine.projectId(),
    theirsProjectId: theirs.projectId(),
    plan,
    theirsLog: div.theirsOnly.map(({ seq: _seq, ...r }) => r),
    theirsAuthors: theirs.authors(),
    missingAssets: theirs.assetHashes().filter((h) => !have.has(h)),
    theirsConflicts: theirs.conflicts(),
    mineTail,
    commonSeq: common,
    logRowsRead: { mine: mine.logRowsRead, theirs: theirs.logRowsRead },
    thread: threadId,
    planMs: performance.now() - started,
  };
}
