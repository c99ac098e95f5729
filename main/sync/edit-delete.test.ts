// One checker deletes a claim while another, offline, edits it: when they meet again the claim
// is kept in both files with the edit, and the deletion is listed as a conflict for someone to
// settle (delete after all, or keep), never decided by losing the edit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../project/store';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle } from '../project/testing/fixtures';
import { SyncBridge } from './bridge';
import { addKey } from './keys';
import { startSyncServer, type SyncServer } from './server';
import type { ServerAddress } from './client';

let dir: string;
let server: SyncServer;
let address: ServerAddress;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pizhu-edit-delete-'));
  server = await startSyncServer({ dataDir: join(dir, 'server') });
  address = { url: server.url, project: '混元核查', token: addKey(join(dir, 'server'), '混元核查', 'read-write') };
});
afterEach(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function waitFor(what: string, ok: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const NOTE = '财报第 12 页写的是 389B 𠮷';
let TAG = '';

/** A deletes the claim while B, offline, writes its note; then they meet again. */
async function deletedWhileEdited() {
  const a = ProjectStore.create(join(dir, 'a.pizhu'), { title: '混元核查', author: EDITOR });
  const articleId = a.addArticle(sampleArticle()).id;
  const claimId = a.addClaim({ articleId, anchor: anchorOf(SAMPLE_TEXT, '389B'), tagIds: [a.listTags()[0]!.id] }).id;
  TAG = a.listTags()[0]!.id;
  const bridgeA = await SyncBridge.share(a, EDITOR, address);
  const bridgeB = await SyncBridge.join(join(dir, 'b.pizhu'), address, { author: CHECKER });
  const b = bridgeB.store;
  await waitFor('B has the claim and its tag', () => b.syncRows('claims').length === 1 && b.syncRows('claim_tags').length === 1);

  bridgeB.disconnect();
  a.deleteClaim(claimId);
  await bridgeA.settled();
  b.updateClaim(claimId, { note: { json: '', text: NOTE } });
  await bridgeB.connect(address);
  await waitFor('both have the conflict', () => bridgeA.conflicts().length === 1 && bridgeB.conflicts().length === 1);
  await Promise.all([bridgeA.settled(), bridgeB.settled()]);
  return { a, b, bridgeA, bridgeB, claimId };
}

describe('a claim deleted by one checker while another edits it', () => {
  it('is kept in both files with the edit, and listed alike as a deletion against an edit', async () => {
    const { a, b, bridgeA, bridgeB, claimId } = await deletedWhileEdited();
    await waitFor('A has the claim back', () => a.syncRows('claims').length === 1);
    for (const store of [a, b]) {
      expect(store.getClaim(claimId).note.text).toBe(NOTE);
      expect(store.getClaim(claimId).tagIds).toEqual([TAG]);
    }
    const [conflict] = bridgeA.conflicts();
    expect(conflict).toMatchObject({ table: 'claims', id: claimId, field: '~deleted' });
    expect(conflict!.heads.map((h) => [h.value, h.author]).sort()).toEqual([[false, CHECKER.id], [true, EDITOR.id]].sort());
    expect(bridgeB.conflicts()).toEqual(bridgeA.conflicts());
    for (const x of [bridgeA, bridgeB]) {
      x.close();
      x.store.close();
    }
  });

  it('goes from both files when the deletion is chosen, and stays when keeping it is', async () => {
    const { a, b, bridgeA, bridgeB, claimId } = await deletedWhileEdited();
    bridgeB.resolve({ table: 'claims', id: claimId, field: '~deleted' }, true);
    await waitFor('the claim is gone from both', () => a.syncRows('claims').length === 0 && b.syncRows('claims').length === 0);
    expect([a.syncRows('claim_tags'), b.syncRows('claim_tags')]).toEqual([[], []]);
    expect([bridgeA.conflicts(), bridgeB.conflicts()]).toEqual([[], []]);

    // Undoing that choice brings the claim back with the note: nothing was lost on the way.
    expect(bridgeB.undo()).toBe(true);
    await waitFor('the claim is back in both', () => a.syncRows('claims').length === 1 && b.syncRows('claims').length === 1);
    bridgeA.resolve({ table: 'claims', id: claimId, field: '~deleted' }, false);
    await Promise.all([bridgeA.settled(), bridgeB.settled()]);
    await waitFor('no conflict left', () => bridgeA.conflicts().length === 0 && bridgeB.conflicts().length === 0);
    for (const store of [a, b]) expect(store.getClaim(claimId).note.text).toBe(NOTE);
    for (const x of [bridgeA, bridgeB]) {
      x.close();
      x.store.close();
    }
  });
});
