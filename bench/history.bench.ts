// A claim's history and the size of the change log (issue 12): projects of 5,000 and 20,000
// claims (200 articles, 100 comparisons) with a long history (three passes of edits over every
// claim). Reports the time to read one claim's history (the inspector shows it on every
// selection) against the v3 way (every tag and evidence row opened as JSON) on the same content,
// and the file size against the same content with the change log written the v3 way, and how
// long opening that v3 file takes (the one-time migration to v4, with its VACUUM).
// `npm run bench -- history [CLAIMS...]`
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from '../main/project/store';
import { EDITOR } from '../main/project/testing/fixtures';
import { buildProject, claimIds, markAsV3, toV3Log, V3_CLAIM_HISTORY_SQL } from './history-project';
import { mb, ratio, report, result, time } from './lib';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [5000, 20000];
const ROUNDS = 3;
const SAMPLE = 100;

const logBytes = (path: string): number => {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const row = db.prepare("SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE 'change_log%' OR name LIKE 'sqlite_autoindex_change_log%'").get();
    return Number(row!.n);
  } catch {
    return NaN;
  } finally {
    db.close();
  }
};

const figures: Record<string, unknown> = {};
const dir = mkdtempSync(join(tmpdir(), 'pizhu-bench-history-'));
try {
  for (const claims of SIZES) {
    const built = join(dir, `built-${claims}.pizhu`);
    const v4 = join(dir, `v4-${claims}.pizhu`);
    const v3 = join(dir, `v3-${claims}.pizhu`);
    const t0 = performance.now();
    buildProject(built, { claims, rounds: ROUNDS });
    const store = ProjectStore.open(built, { author: EDITOR, readOnly: true });
    store.compactCopy(v4);
    store.compactCopy(v3);
    store.close();
    toV3Log(v3);
    report(`${claims} claims: built, ${ROUNDS} passes of edits (s)`, ((performance.now() - t0) / 1000).toFixed(1));

    const ids = claimIds(v4);
    const sample = Array.from({ length: SAMPLE }, (_, i) => ids[Math.floor((i * ids.length) / SAMPLE)]!);
    const opened = ProjectStore.open(v4, { author: EDITOR, readOnly: true });
    let n = 0;
    const v4Time = await time(() => opened.claimHistory(sample[n++ % SAMPLE]!), { runs: SAMPLE, warmup: 5 });
    const entries = opened.claimHistory(sample[0]!).length;
    opened.close();
    const old = new DatabaseSync(v3, { readOnly: true });
    const oldQuery = old.prepare(V3_CLAIM_HISTORY_SQL);
    const v3Time = await time(() => oldQuery.all(sample[n++ % SAMPLE]!, 200), { runs: 15, warmup: 1 });
    old.close();

    const [v4Bytes, v3Bytes] = [statSync(v4).size, statSync(v3).size];
    const [v4Log, v3Log] = [logBytes(v4), logBytes(v3)];
    markAsV3(v3);
    const m0 = performance.now();
    ProjectStore.open(v3, { author: EDITOR }).close();
    const migrateMs = performance.now() - m0;
    const migratedBytes = statSync(v3).size;
    report(`${claims}: a claim's history, ${entries} entries (ms)`, `${v4Time.medianMs.toFixed(2)} (v3 way: ${v3Time.medianMs.toFixed(1)})`);
    report(`${claims}: file size, v4 / v3 log (MB)`, `${mb(v4Bytes)} / ${mb(v3Bytes)} = ${ratio(v4Bytes, v3Bytes)}`);
    report(`${claims}: change log share of the file, v4 / v3`, `${ratio(v4Log, v4Bytes)} / ${ratio(v3Log, v3Bytes)}`);
    report(`${claims}: opening the v3 file, migrated to v4 (s), MB after`, `${(migrateMs / 1000).toFixed(1)}, ${mb(migratedBytes)}`);
    figures[`claims${claims}`] = {
      historyMs: Math.round(v4Time.medianMs * 100) / 100,
      v3HistoryMs: Math.round(v3Time.medianMs * 10) / 10,
      historySpeedup: ratio(v3Time.medianMs, v4Time.medianMs),
      fileMB: mb(v4Bytes),
      v3FileMB: mb(v3Bytes),
      sizeVsV3: ratio(v4Bytes, v3Bytes),
      logShare: ratio(v4Log, v4Bytes),
      v3LogShare: ratio(v3Log, v3Bytes),
      migrateFromV3Ms: Math.round(migrateMs),
      migratedMB: mb(migratedBytes),
    };
    for (const f of [built, v4, v3]) rmSync(f, { force: true });
  }
  result(figures);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
