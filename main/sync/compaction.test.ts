// The update log in a synced project file is folded into one update once the server has every
// local edit and everything that arrived is in the tables: it stops growing with every edit, a
// file reopened from it holds the same document, and edits made offline are never folded away
// before the server has them (they are still counted as waiting after a restart).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../project/store';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle } from '../project/testing/fixtures';
import { COMPACT_AT, SyncBridge } from './bridge';
import { addKey } from './keys';
import { startSyncServer, type SyncServer } from './server';
import type { ServerAddress } from './client';

let dir: string;
let server: SyncServer;
let address: ServerAddress;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pizhu-compaction-'));
  server = await startSyncServer({ dataDir: join(dir, 'server') });
  address = { url: server.url, project: '混元核查', token: addKey(join(dir, 'server'), '混元核查', 'read-write') };
});
afterEach(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function waitFor(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const STATUSES = ['to-check', 'in-progress', 'needs-review', 'checked'] as const;
/** A note of a few paragraphs, saved again and again: what folding has to drop. */
const PARAGRAPH = '腾讯混元大模型技术报告第 12 页写明总参数量为 389B，激活参数 52B。'.repeat(12);

describe('the update log of a synced project file', () => {
  it('is folded once the server has everything, and a file reopened from it holds the same document', async () => {
    const a = ProjectStore.create(join(dir, 'a.pizhu'), { title: '混元核查', author: EDITOR });
    const articleId = a.addArticle(sampleArticle()).id;
    const claimId = a.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '389B') }).id;
    const bridgeA = await SyncBridge.share(a, EDITOR, address);
    const bridgeB = await SyncBridge.join(join(dir, 'b.pizhu'), address, { author: CHECKER });
    const b = bridgeB.store;
    await waitFor('B has the claim', () => b.syncRows('claims').length === 1);

    // More edits than the log keeps unfolded, each acknowledged before the next.
    for (let i = 0; i < COMPACT_AT + 8; i++) {
      a.updateClaim(claimId, { status: STATUSES[i % STATUSES.length]!, note: { json: '', text: `${PARAGRAPH}第 ${i} 次修改 𠮷` } });
      await bridgeA.settled();
    }
    await waitFor('B has the last edit', () => b.getClaim(claimId).note.text === `${PARAGRAPH}第 ${COMPACT_AT + 7} 次修改 𠮷`);
    await bridgeB.settled();
    for (const bridge of [bridgeA, bridgeB]) {
      expect(bridge.status().logRows).toBeLessThan(COMPACT_AT);
      expect(bridge.store.syncUpdates().length).toBe(bridge.status().logRows);
      expect(bridge.status().pendingEdits).toBe(0);
    }
    // Folded, the log drops the notes overwritten on the way, which A's document still holds for its undo.
    const logBytes = a.syncUpdates().reduce((n, u) => n + u.byteLength, 0);
    expect(logBytes).toBeLessThan(Y.encodeStateAsUpdate(bridgeA.doc).byteLength / 2);

    // The folded log rebuilds the document the replica had.
    const before = Y.encodeStateVector(bridgeA.doc);
    const rows = bridgeA.shared.rows('claims');
    bridgeA.close();
    a.close();
    const reopened = ProjectStore.open(join(dir, 'a.pizhu'), { author: EDITOR });
    const again = SyncBridge.open(reopened, EDITOR)!;
    expect(Y.encodeStateVector(again.doc)).toEqual(before);
    expect(again.shared.rows('claims')).toEqual(rows);
    expect(again.status().pendingEdits).toBe(0);
    for (const x of [again, bridgeB]) {
      x.close();
      x.store.close();
    }
  });

  it('keeps edits made offline unfolded and counted as waiting, across a restart, until the server has them', async () => {
    const a = ProjectStore.create(join(dir, 'a.pizhu'), { title: '混元核查', author: EDITOR });
    const articleId = a.addArticle(sampleArticle()).id;
    const claimId = a.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '389B') }).id;
    const bridgeA = await SyncBridge.share(a, EDITOR, address);
    const bridgeB = await SyncBridge.join(join(dir, 'b.pizhu'), address, { author: CHECKER });
    await waitFor('B has the claim', () => bridgeB.store.syncRows('claims').length === 1);

    bridgeB.disconnect();
    const offline = COMPACT_AT + 6;
    for (let i = 0; i < offline; i++) bridgeB.store.updateClaim(claimId, { note: { json: '', text: `${PARAGRAPH}离线第 ${i} 次` } });
    expect(bridgeB.status().pendingEdits).toBe(offline);
    expect(bridgeB.store.syncUpdates().length).toBeGreaterThan(offline);
    bridgeB.close();
    bridgeB.store.close();

    const reopened = ProjectStore.open(join(dir, 'b.pizhu'), { author: CHECKER });
    const again = SyncBridge.open(reopened, CHECKER)!;
    expect(again.status().pendingEdits).toBe(offline);
    await again.connect(address);
    await waitFor('A has B’s last offline edit', () => a.getClaim(claimId).note.text === `${PARAGRAPH}离线第 ${offline - 1} 次`);
    await waitFor('B’s log is folded', () => again.status().pendingEdits === 0 && again.status().logRows === 1);
    for (const x of [bridgeA, again]) {
      x.close();
      x.store.close();
    }
  });
});
