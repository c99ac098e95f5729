// The desk's day on loopback, no Electron (issue 19, "What must be true" 1): a sync server in
// this process on 127.0.0.1 with its SQLite file, three project files A, B and C in temp
// folders. A shares a project; the server stops; A and B work offline (A a verdict, evidence and
// a 5 MB screenshot; B another verdict, the note and a tag, then closes and reopens its file);
// the server restarts from its file, all reconnect and C joins fresh. Every table then matches
// row for row, the two verdicts are one conflict on every replica, C settles it, and B's undo
// takes back B's edit only.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../../shared/domain/tables';
import { ProjectStore } from '../project/store';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle } from '../project/testing/fixtures';
import { SyncBridge } from './bridge';
import { addKey } from './keys';
import { startSyncServer, type SyncServer } from './server';
import type { ServerAddress } from './client';

const A = EDITOR;
const B = CHECKER;
const C = { id: '3c9d2e11-7b4a-4f0e-9a6b-2d1c0e9f8a7b', name: '主编王' };

let dir: string;
let server: SyncServer;
let address: ServerAddress;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pizhu-loopback-'));
  const key = addKey(path('server'), '混元核查', 'read-write');
  server = await startSyncServer({ dataDir: path('server') });
  address = { url: server.url, project: '混元核查', token: key };
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Every record table of a project file, row for row. */
const tablesOf = (store: ProjectStore) => Object.fromEntries([...RECORD_TABLES.filter((t) => t !== 'merge_conflicts'), 'assets'].map((t) => [t, store.syncRows(t)]));

async function until(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A 5 MB "screenshot": PNG magic, then bytes that do not compress. */
function bigScreenshot(): Uint8Array {
  const bytes = new Uint8Array(5 * 1024 * 1024);
  let x = 2463534242;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

describe('three replicas through a sync server on loopback', () => {
  it('keep every offline edit, show one verdict conflict alike, and undo only their own edits', async () => {
    // A shares a project with an article and a claim; B joins it.
    const storeA = ProjectStore.create(path('a.pizhu'), { title: '混元核查', author: A });
    const articleId = storeA.addArticle(sampleArticle()).id;
    const claimId = storeA.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '389B'), note: { json: '', text: '参数量' } }).id;
    const a = await SyncBridge.share(storeA, A, address);
    await a.settled();
    let b = await SyncBridge.join(path('b.pizhu'), address, { author: B });
    await until('B has the claim', () => b.store.syncRows('claims').length === 1);
    expect(b.store.getClaim(claimId).note.text).toBe('参数量');

    // The server stops; both work offline.
    const port = server.port;
    await server.stop();
    storeA.updateClaim(claimId, { verdict: 'false' });
    storeA.addEvidence(claimId, { title: '腾讯财报', url: 'https://www.tencent.com/zh-cn/investors.html', stance: 'refutes' });
    const big = bigScreenshot();
    const shot = storeA.addScreenshot({ bytes: big, mime: 'image/png', width: 1440, height: 9000 }, { bytes: big.slice(0, 2048), mime: 'image/png', width: 144, height: 900 });
    storeA.addComparison({ title: '元宝与 Kimi', claimIds: [claimId], items: [
      { assetHash: shot.hash, thumbnailHash: shot.thumbnailHash, label: '元宝' },
      { assetHash: shot.thumbnailHash, label: 'Kimi' },
    ] });

    b.store.updateClaim(claimId, { verdict: 'misleading' });
    b.store.updateClaim(claimId, { note: { json: '', text: '参数量：𠮷🙂 见技术报告' } });
    const tagId = b.store.listTags()[0]!.id;
    b.store.updateClaim(claimId, { tagIds: [tagId] });
    b.close();
    b.store.close();
    const reopenedB = ProjectStore.open(path('b.pizhu'), { author: B });
    b = SyncBridge.open(reopenedB, B)!;
    expect(b.store.getClaim(claimId).verdict).toBe('misleading');

    // The server restarts from its file on the same port; all reconnect, C joins fresh.
    server = await startSyncServer({ dataDir: path('server'), port });
    await b.connect(address);
    await until('A is back online', () => a.status().uploadsWaiting === 0 && a.status().error === null);
    const c = await SyncBridge.join(path('c.pizhu'), address, { author: C });
    const replicas = [a, b, c];
    const same = () => {
      const t = replicas.map((r) => JSON.stringify(tablesOf(r.store)));
      return t[0] === t[1] && t[1] === t[2] && replicas.every((r) => r.conflicts().length === 1);
    };
    await until('all three hold the same tables', same);

    const conflicts = replicas.map((r) => r.conflicts());
    expect(conflicts[1]).toEqual(conflicts[0]);
    expect(conflicts[2]).toEqual(conflicts[0]);
    expect(conflicts[0]!.map((x) => [x.field, x.heads.map((h) => [h.value, h.author]).sort()])).toEqual([
      ['verdict', [['false', A.id], ['misleading', B.id]]],
    ]);
    for (const r of replicas) {
      const claim = r.store.getClaim(claimId);
      expect(claim.note.text).toBe('参数量：𠮷🙂 见技术报告');
      expect(claim.tagIds).toEqual([tagId]);
      expect(r.store.listEvidence(claimId).map((e) => e.title)).toEqual(['腾讯财报']);
      expect(r.store.listComparisons(claimId).map((x) => x.items.length)).toEqual([2]);
      const bytes = r.store.readAsset(shot.hash);
      expect(bytes.byteLength).toBe(5 * 1024 * 1024);
      expect(sha256(bytes)).toBe(shot.hash);
      const names = new Set(r.store.claimHistory(claimId).map((h) => h.authorName));
      expect(names).toEqual(new Set([A.name, B.name]));
    }

    // C settles the conflict; it is gone everywhere, with C's choice.
    c.resolve(conflicts[2]![0]!, 'false');
    await until('the conflict is gone everywhere', () => replicas.every((r) => r.conflicts().length === 0 && r.store.getClaim(claimId).verdict === 'false'));

    // B rewrites the note, A then sets the strength; B's undo takes back only B's note.
    b.store.updateClaim(claimId, { note: { json: '', text: 'B 的改稿' } });
    await until('A sees B\u2019s note', () => a.store.getClaim(claimId).note.text === 'B 的改稿');
    a.store.updateClaim(claimId, { strength: 3 });
    await until('B sees A\u2019s strength', () => b.store.getClaim(claimId).strength === 3);
    expect(b.undo()).toBe(true);
    await until('B\u2019s note is taken back everywhere', () =>
      replicas.every((r) => r.store.getClaim(claimId).note.text === '参数量：𠮷🙂 见技术报告'),
    );
    for (const r of replicas) {
      expect(r.store.getClaim(claimId).strength).toBe(3);
      expect(r.store.getClaim(claimId).verdict).toBe('false');
    }
    await until('all three hold the same tables', () => {
      const t = replicas.map((r) => JSON.stringify(tablesOf(r.store)));
      return t[0] === t[1] && t[1] === t[2];
    });

    for (const r of replicas) {
      r.close();
      r.store.close();
    }
  }, 60_000);
});
