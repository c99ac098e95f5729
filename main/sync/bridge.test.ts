// Sharing, joining and reopening a project through the sync server, and what a person is told
// when it cannot be done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ProjectStore } from '../project/store';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle } from '../project/testing/fixtures';
import { addShotComparison } from '../project/testing/comparisons';
import { SyncBridge } from './bridge';
import { addKey } from './keys';
import { startSyncServer, type SyncServer } from './server';
import type { ServerAddress } from './client';

let dir: string;
let server: SyncServer;
let address: ServerAddress;
const path = (name: string) => join(dir, name);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pizhu-bridge-'));
  server = await startSyncServer({ dataDir: path('server') });
  address = { url: server.url, project: '混元核查', token: addKey(path('server'), '混元核查', 'read-write') };
});
afterEach(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('sharing and joining a project', () => {
  it('leaves a project that never synced just a file, with no update log', () => {
    const store = ProjectStore.create(path('a.pizhu'), { title: '混元核查', author: EDITOR });
    store.addArticle(sampleArticle());
    expect(SyncBridge.open(store, EDITOR)).toBeNull();
    expect(store.syncUpdates()).toEqual([]);
    store.close();
  });

  it('says so when joining a project the server does not hold, or with a key of another project', async () => {
    const empty = { ...address, project: '空项目', token: addKey(path('server'), '空项目', 'read-write') };
    await expect(SyncBridge.join(path('b.pizhu'), empty, { author: CHECKER, firstSyncMs: 5000 })).rejects.toThrow(/上没有项目「空项目」/);
    await expect(SyncBridge.join(path('c.pizhu'), { ...empty, token: address.token }, { author: CHECKER, firstSyncMs: 5000 })).rejects.toThrow(
      /不接受项目「空项目」的这个密钥/,
    );
  });

  it('refuses to share a second project under a name the server already holds', async () => {
    const a = ProjectStore.create(path('a.pizhu'), { title: '混元核查', author: EDITOR });
    const shared = await SyncBridge.share(a, EDITOR, address);
    const other = ProjectStore.create(path('other.pizhu'), { title: '另一个项目', author: CHECKER });
    await expect(SyncBridge.share(other, CHECKER, address)).rejects.toThrow(/已经有项目「混元核查」/);
    expect(other.syncUpdates()).toEqual([]);
    other.close();
    shared.close();
    a.close();
  });

  it('finishes a join that stopped before the records were written, when the file is opened again', async () => {
    const a = ProjectStore.create(path('a.pizhu'), { title: '混元核查', author: EDITOR });
    const articleId = a.addArticle(sampleArticle()).id;
    a.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '52B') });
    const shared = await SyncBridge.share(a, EDITOR, address);
    await shared.settled();
    // What a join writes before it goes online: the file, with the shared document in its log,
    // in one transaction. The app stops here (closed or crashed) before a record reaches a table.
    const update = Y.encodeStateAsUpdate(shared.doc);
    ProjectStore.create(path('b.pizhu'), { title: '混元核查', author: CHECKER, joining: { projectId: a.info().id, update } }).close();
    const b = ProjectStore.open(path('b.pizhu'), { author: CHECKER });
    expect(b.listArticles()).toEqual([]);
    const reopened = SyncBridge.open(b, CHECKER)!;
    await reopened.settled();
    expect(b.listArticles().map((x) => x.id)).toEqual([articleId]);
    expect(b.listClaims(articleId).map((c) => c.anchor.exact)).toEqual(['52B']);
    for (const x of [shared, reopened]) x.close();
    for (const store of [a, b]) store.close();
  });

  it('shares a project with its screenshots, which a colleague joining gets byte for byte', async () => {
    const a = ProjectStore.create(path('a.pizhu'), { title: '混元核查', author: EDITOR });
    const articleId = a.addArticle(sampleArticle()).id;
    const claimId = a.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '52B') }).id;
    const comparison = addShotComparison(a, [claimId]);
    const shared = await SyncBridge.share(a, EDITOR, address);
    await shared.settled();
    expect(a.pendingUploads()).toEqual([]);
    const b = await SyncBridge.join(path('b.pizhu'), address, { author: CHECKER });
    await waitFor(() => b.store.listComparisons(claimId).length === 1);
    for (const item of comparison.items) expect(b.store.readAsset(item.assetHash)).toEqual(a.readAsset(item.assetHash));
    for (const x of [shared, b]) {
      x.close();
      x.store.close();
    }
  });

  it('keeps an article one checker deleted while another, offline, marked a claim in it', async () => {
    const a = ProjectStore.create(path('a.pizhu'), { title: '混元核查', author: EDITOR });
    const articleId = a.addArticle(sampleArticle()).id;
    const bridgeA = await SyncBridge.share(a, EDITOR, address);
    const bridgeB = await SyncBridge.join(path('b.pizhu'), address, { author: CHECKER });
    await waitFor(() => bridgeB.store.listArticles().length === 1);
    bridgeB.disconnect();
    a.deleteArticle(articleId);
    const claimId = bridgeB.store.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '389B') }).id;
    await bridgeA.settled();
    await bridgeB.connect(address);
    await waitFor(() => a.listArticles().length === 1 && bridgeB.store.listArticles().length === 1);
    for (const store of [a, bridgeB.store]) {
      expect(store.getClaim(claimId).articleId).toBe(articleId);
      expect(store.getArticle(articleId).content.text).toBe(SAMPLE_TEXT);
    }
    expect([bridgeA.status().error, bridgeB.status().error]).toEqual([null, null]);
    for (const x of [bridgeA, bridgeB]) {
      x.close();
      x.store.close();
    }
  });

  it('refuses edits on a file connected with a read-only key, and still shows colleagues’ edits', async () => {
    const a = ProjectStore.create(path('a.pizhu'), { title: '混元核查', author: EDITOR });
    const articleId = a.addArticle(sampleArticle()).id;
    const claimId = a.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '52B') }).id;
    const bridgeA = await SyncBridge.share(a, EDITOR, address);
    const readOnly = { ...address, token: addKey(path('server'), '混元核查', 'read-only') };
    const reader = await SyncBridge.join(path('r.pizhu'), readOnly, { author: CHECKER });
    await waitFor(() => reader.store.syncRows('claims').length === 1);
    expect(reader.status().readOnly).toBe(true);
    expect(() => reader.store.updateClaim(claimId, { verdict: 'false' })).toThrow(/只读密钥/);
    expect(reader.store.getClaim(claimId).verdict).toBeNull();
    a.updateClaim(claimId, { verdict: 'true' });
    await waitFor(() => reader.store.getClaim(claimId).verdict === 'true');
    for (const x of [bridgeA, reader]) {
      x.close();
      x.store.close();
    }
  });

  it('reopens a synced project from its compacted log, with a colleague’s edits that arrived meanwhile', async () => {
    const a = ProjectStore.create(path('a.pizhu'), { title: '混元核查', author: EDITOR });
    const articleId = a.addArticle(sampleArticle()).id;
    const claimId = a.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '52B') }).id;
    const bridgeA = await SyncBridge.share(a, EDITOR, address);
    const bridgeB = await SyncBridge.join(path('b.pizhu'), address, { author: CHECKER });
    await waitFor(() => bridgeB.store.syncRows('claims').length === 1);

    bridgeB.store.updateClaim(claimId, { status: 'checked' });
    await waitFor(() => a.getClaim(claimId).status === 'checked');
    expect(a.claimHistory(claimId)[0]).toMatchObject({ authorName: CHECKER.name, action: 'sync' });

    bridgeA.compact();
    expect(a.syncUpdates()).toHaveLength(1);
    bridgeA.close();
    a.close();
    const reopened = ProjectStore.open(path('a.pizhu'), { author: EDITOR });
    const again = SyncBridge.open(reopened, EDITOR)!;
    expect(again.shared.read('claims', claimId)).toMatchObject({ status: 'checked', updated_by: CHECKER.id });
    await again.connect(address);
    reopened.updateClaim(claimId, { verdict: 'true' });
    await waitFor(() => bridgeB.store.getClaim(claimId).verdict === 'true');
    for (const b of [again, bridgeB]) {
      b.close();
      b.store.close();
    }
  });
});

async function waitFor(ok: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
