// Team sync benchmark (issue 19). A `pizhu serve` child process on loopback (its RSS is read
// from /proc), then:
// 1. live editing: 10 and 50 clients (Y.Docs through the real provider, in this process), each
//    editing its own claim once a second (the note, and every other second the status register)
//    for --seconds (60 by default); one more client only watches. Edit-to-visible latency (the
//    edit's time written into the note, read when the watcher's document has it): median and
//    p99; server RSS; document size and the server's SQLite file before and after.
// 2. first sync of a 20,000-claim project (200 articles, evidence on every other claim, 100
//    comparisons): sharing it from its file (seeding the document and sending it), and joining
//    it from the server into a new file until every claim is in its tables; sizes. The baseline
//    is a byte copy of the same file (store.copyFile), measured in the same run.
// 3. the update log through a day offline: a shared 2,000-claim project, --edits edits (1,000 by
//    default) made in its file while offline, as a checker works through one article's 50
//    claims (a note of a paragraph saved again and again, the status moved on), then back
//    online: the log's rows and bytes before and after it is folded (once the server has every
//    edit), and how long until it is.
// `npm run bench -- sync [--seconds N] [--claims N] [--edits N]`
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { ProjectDoc } from '../shared/sync/project-doc';
import { ProjectStore } from '../main/project/store';
import { CHECKER, EDITOR } from '../main/project/testing/fixtures';
import { SyncBridge } from '../main/sync/bridge';
import { connect, type Connection, type ServerAddress } from '../main/sync/client';
import { addKey } from '../main/sync/keys';
import { buildProject } from './history-project';
import { mb, ratio, report, result } from './lib';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 60);
const CLAIMS = arg('claims', 20_000);
const EDITS = arg('edits', 1000);
const dir = mkdtempSync(join(tmpdir(), 'pizhu-bench-sync-'));
const dataDir = join(dir, 'server');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(import.meta.dirname, '../bin/pizhu.mjs'), 'serve', '--port', '0', '--data', dataDir, '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      try {
        resolve((JSON.parse(out) as { url: string }).url);
      } catch {
        // The JSON document is not complete yet.
      }
    });
    child.once('exit', () => reject(new Error('pizhu serve ended')));
  });
  return { child, url };
}

const rssOf = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
const serverFileBytes = () =>
  ['pizhu-sync.sqlite', 'pizhu-sync.sqlite-wal'].map((f) => join(dataDir, f)).filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function live(url: string, pid: number, clients: number): Promise<{ medianMs: number; p99Ms: number; rss: number; docGrowth: number; fileGrowth: number; edits: number }> {
  const project = `live-${clients}`;
  const address: ServerAddress = { url, project, token: addKey(dataDir, project, 'read-write') };
  const meta = (i: number) => ({ author: `author-${i}`, at: new Date().toISOString() });
  const docs = Array.from({ length: clients }, () => new ProjectDoc(new Y.Doc()));
  docs[0]!.doc.transact(() => {
    for (let i = 0; i < clients; i++) docs[0]!.write('claims', `claim-${i}`, { id: `claim-${i}`, note_text: '', status: 'to-check' }, meta(0));
  });
  const connections: Connection[] = docs.map((d) => connect(address, d.doc));
  await Promise.all(connections.map((c) => c.synced));
  const watcher = new ProjectDoc(new Y.Doc());
  const watching = connect(address, watcher.doc);
  await watching.synced;
  while (watcher.rows('claims').length < clients) await sleep(20);

  const samples: number[] = [];
  watcher.doc.on('afterTransaction', (tr: Y.Transaction) => {
    const seen = performance.now();
    for (const key of watcher.changedRecords(tr)) {
      const sent = Number(watcher.read('claims', key.id)?.note_text);
      if (sent > 0) samples.push(seen - sent);
    }
  });
  const docBefore = Y.encodeStateAsUpdate(watcher.doc).byteLength;
  const fileBefore = serverFileBytes();
  let rss = rssOf(pid);
  let edits = 0;
  const timers = docs.map((d, i) =>
    setTimeout(() => {
      let n = 0;
      const edit = () => {
        d.doc.transact(() => {
          const fields: Record<string, string> = { note_text: String(performance.now()) };
          if (n % 2 === 1) fields.status = n % 4 === 1 ? 'in-progress' : 'checked';
          d.write('claims', `claim-${i}`, fields, meta(i));
        });
        n++;
        edits++;
      };
      edit();
      intervals.push(setInterval(edit, 1000));
    }, (1000 * i) / clients),
  );
  const intervals: ReturnType<typeof setInterval>[] = [];
  for (let s = 0; s < SECONDS; s++) {
    await sleep(1000);
    rss = Math.max(rss, rssOf(pid));
  }
  timers.forEach(clearTimeout);
  intervals.forEach(clearInterval);
  await sleep(2000);
  const docAfter = Y.encodeStateAsUpdate(watcher.doc).byteLength;
  const fileAfter = serverFileBytes();
  for (const c of [...connections, watching]) c.close();
  samples.sort((a, b) => a - b);
  return { medianMs: percentile(samples, 50), p99Ms: percentile(samples, 99), rss, docGrowth: docAfter - docBefore, fileGrowth: fileAfter - fileBefore, edits };
}

async function firstSync(url: string): Promise<{ shareMs: number; joinMs: number; copyMs: number; logBytes: number; fileBytes: number; joinedBytes: number }> {
  const file = join(dir, 'big.pizhu');
  buildProject(file, { claims: CLAIMS });
  const project = 'big';
  const address: ServerAddress = { url, project, token: addKey(dataDir, project, 'read-write') };
  const store = ProjectStore.open(file, { author: EDITOR });
  let t0 = performance.now();
  store.copyFile(join(dir, 'copy.pizhu'));
  const copyMs = performance.now() - t0;

  t0 = performance.now();
  const shared = await SyncBridge.share(store, EDITOR, address);
  await shared.settled();
  const shareMs = performance.now() - t0;
  const logBytes = store.syncUpdates().reduce((n, u) => n + u.byteLength, 0);

  t0 = performance.now();
  const joined = await SyncBridge.join(join(dir, 'joined.pizhu'), address, { author: CHECKER });
  while (joined.store.stats().claims < CLAIMS) await sleep(50);
  await joined.settled();
  const joinMs = performance.now() - t0;
  const fileBytes = statSync(file).size;
  const joinedBytes = statSync(join(dir, 'joined.pizhu')).size;
  for (const b of [shared, joined]) {
    b.close();
    b.store.close();
  }
  return { shareMs, joinMs, copyMs, logBytes, fileBytes, joinedBytes };
}

async function offlineDay(url: string): Promise<{ rowsBefore: number; bytesBefore: number; rowsAfter: number; bytesAfter: number; foldMs: number }> {
  const file = join(dir, 'day.pizhu');
  buildProject(file, { claims: 2000, articles: 20, comparisons: 10 });
  const project = 'day';
  const address: ServerAddress = { url, project, token: addKey(dataDir, project, 'read-write') };
  const store = ProjectStore.open(file, { author: EDITOR });
  const shared = await SyncBridge.share(store, EDITOR, address);
  await shared.settled();
  const claims = store.syncRows('claims').map((r) => String(r.id)).slice(0, 50);
  shared.disconnect();
  const statuses = ['to-check', 'in-progress', 'needs-review', 'checked'] as const;
  const paragraph = '腾讯混元大模型技术报告第 12 页写明总参数量为 389B，激活参数 52B；文章所说的「参数规模最大」未说明比较范围，'.repeat(4);
  for (let i = 0; i < EDITS; i++) {
    const id = claims[i % claims.length]!;
    if (i % 4 === 3) store.updateClaim(id, { status: statuses[(i >> 2) % statuses.length]! });
    else {
      const text = `${paragraph}（第 ${i} 次修改）`;
      store.updateClaim(id, { note: { json: JSON.stringify({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } }), text } });
    }
  }
  const size = () => store.syncUpdates().reduce((n, u) => n + u.byteLength, 0);
  const rowsBefore = shared.status().logRows;
  const bytesBefore = size();
  const t0 = performance.now();
  await shared.connect(address);
  while (shared.status().pendingEdits > 0 || shared.status().logRows > 1) await sleep(20);
  const foldMs = performance.now() - t0;
  const result = { rowsBefore, bytesBefore, rowsAfter: shared.status().logRows, bytesAfter: size(), foldMs };
  shared.close();
  store.close();
  return result;
}

const { child, url } = await startServer();
try {
  const figures: Record<string, unknown> = {};
  const runs: Record<number, Awaited<ReturnType<typeof live>>> = {};
  for (const clients of SECONDS > 0 ? [10, 50] : []) {
    const r = (runs[clients] = await live(url, child.pid!, clients));
    report(`${clients} clients, ${SECONDS} s: edits`, r.edits);
    report(`  edit-to-visible median / p99 (ms)`, `${r.medianMs.toFixed(1)} / ${r.p99Ms.toFixed(1)}`);
    report(`  server RSS peak (MB)`, mb(r.rss));
    report(`  document growth (KB)`, Math.round(r.docGrowth / 1024));
    report(`  server file growth (KB)`, Math.round(r.fileGrowth / 1024));
    Object.assign(figures, { [`p50_ms_${clients}`]: Math.round(r.medianMs * 10) / 10, [`p99_ms_${clients}`]: Math.round(r.p99Ms * 10) / 10, [`server_rss_mb_${clients}`]: mb(r.rss) });
  }
  const big = await firstSync(url);
  report(`${CLAIMS} claims: byte copy of the file (ms, baseline)`, Math.round(big.copyMs));
  report(`  share (seed + send) (ms)`, Math.round(big.shareMs));
  report(`  join into a new file (ms)`, Math.round(big.joinMs));
  report(`  update log in the file (MB)`, mb(big.logBytes));
  report(`  project file / joined file (MB)`, `${mb(big.fileBytes)} / ${mb(big.joinedBytes)}`);
  report(`  server RSS after (MB)`, mb(rssOf(child.pid!)));
  const day = await offlineDay(url);
  report(`${EDITS} edits offline: update log rows / KB before folding`, `${day.rowsBefore} / ${Math.round(day.bytesBefore / 1024)}`);
  report(`  after (back online, folded) rows / KB`, `${day.rowsAfter} / ${Math.round(day.bytesAfter / 1024)}`);
  report(`  reconnect until folded (ms)`, Math.round(day.foldMs));
  result({
    ...figures,
    ...(runs[50] && runs[10] ? { p99_50_over_10: ratio(runs[50].p99Ms, runs[10].p99Ms) } : {}),
    share_ms: Math.round(big.shareMs),
    join_ms: Math.round(big.joinMs),
    join_over_copy: ratio(big.joinMs, big.copyMs),
    log_mb: mb(big.logBytes),
    log_kb_offline_day: Math.round(day.bytesBefore / 1024),
    log_kb_folded: Math.round(day.bytesAfter / 1024),
    folded_over_unfolded: ratio(day.bytesAfter, day.bytesBefore),
  });
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
