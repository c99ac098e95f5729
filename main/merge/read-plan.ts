// Reading and planning a merge from the two files, without writing either: the part of a merge
// that can run in a worker thread. Only the change records after the copies' common history are
// read: that history is the longest common prefix of the two logs, found by comparing the chain
// link (a hash of every change id up to a row) at one seq at a time, in a binary search. After
// it, ids come first; whole records only for each side's own changes since the split.
import { performance } from 'node:perf_hooks';
import { threadId } from 'node:worker_threads';
import { divergence, settleBases, type LogEntry } from '../../shared/merge/log';
import { planMerge, type MergePlan } from '../../shared/merge/plan';
import type { Row } from '../../shared/merge/log';
import type { CopyReader, LogHead } from '../project/copy-reader';
import type { LogRecord, LogTail } from '../project/store';

export interface ReadPlan {
  projectId: string;
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
  /** Whole change records read from each file (only each side's own since the split, and what rewinds them). */
  logRowsRead: { mine: number; theirs: number };
  /** Change records after the common prefix of which only ids were read. */
  logHeadsRead: { mine: number; theirs: number };
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

/**
 * The records a side's edits need to be rewound to their state before its first edit: its own
 * change records, and those it shares with the other side after the common prefix (copies that
 * merged each other hold them in different orders) that touched the same records.
 */
function rewindLog(reader: CopyReader, heads: readonly LogHead[], own: readonly LogEntry[], edited: ReadonlySet<string>): LogEntry[] {
  const have = new Set(own.map((e) => e.id));
  const more = heads.filter((h) => edited.has(h.key) && !have.has(h.id)).map((h) => h.id);
  return more.length === 0 ? [...own] : [...own, ...reader.logByIds(more)].sort((a, b) => a.seq - b.seq);
}

export function readAndPlanWith(mine: CopyReader, theirs: CopyReader): ReadPlan {
  const started = performance.now();
  const mineTail = mine.tail();
  const common = commonSeq(mine, theirs);
  // After the common prefix, first only ids: the records both hold are common history all the same.
  const mineHeads = mine.logHeadsAfter(common);
  const theirsHeads = theirs.logHeadsAfter(common);
  const [mineIds, theirsIds] = [new Set(mineHeads.map((h) => h.id)), new Set(theirsHeads.map((h) => h.id))];
  const mineOnly = mine.logByIds(mineHeads.filter((h) => !theirsIds.has(h.id)).map((h) => h.id));
  const theirsOnly = theirs.logByIds(theirsHeads.filter((h) => !mineIds.has(h.id)).map((h) => h.id));
  const div = divergence(mineOnly, theirsOnly);
  const keys = new Set([...div.mineEdited.keys(), ...div.theirsEdited.keys()]);
  const mineRows = mine.rows(keys);
  const theirsRows = fitColumns(theirs.rows(keys), mine);
  settleBases(div.mineEdited, rewindLog(mine, mineHeads, mineOnly, new Set(div.mineEdited.keys())), mineRows);
  settleBases(div.theirsEdited, rewindLog(theirs, theirsHeads, theirsOnly, new Set(div.theirsEdited.keys())), theirsRows);
  const plan = planMerge({ divergence: div, mineRows, theirsRows, mineReferrers: (table, id) => mine.referrers(table, id) });
  const have = new Set(mine.assetHashes());
  return {
    projectId: mine.projectId(),
    plan,
    theirsLog: div.theirsOnly.map(({ seq: _seq, ...r }) => r),
    theirsAuthors: theirs.authors(),
    missingAssets: theirs.assetHashes().filter((h) => !have.has(h)),
    theirsConflicts: theirs.conflicts(),
    mineTail,
    commonSeq: common,
    logRowsRead: { mine: mine.logRowsRead, theirs: theirs.logRowsRead },
    logHeadsRead: { mine: mine.logHeadsRead, theirs: theirs.logHeadsRead },
    thread: threadId,
    planMs: performance.now() - started,
  };
}
