// The sync server as a desk's IT person runs it: on loopback, with keys per project, keeping
// documents across a restart and assets by hash.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SignJWT } from 'jose';
import { connect, downloadAsset, uploadAsset, type ServerAddress } from './client';
import { addKey, setJwtSecret } from './keys';
import { startSyncServer, type SyncServer } from './server';

let dataDir: string;
let server: SyncServer | null = null;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'pizhu-serve-'));
});
afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dataDir, { recursive: true, force: true });
});

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};

describe('pizhu serve', () => {
  it('listens on loopback and keeps a project across a restart', async () => {
    const key = addKey(dataDir, '混元核查', 'read-write');
    server = await startSyncServer({ dataDir });
    expect(server.host).toBe('127.0.0.1');
    const address: ServerAddress = { url: server.url, project: '混元核查', token: key };
    const doc = new Y.Doc();
    const a = connect(address, doc);
    await a.synced;
    doc.getMap('claims').set('c1', '不实');
    await a.flushed();
    a.close();
    await server.stop();

    server = await startSyncServer({ dataDir });
    const fresh = new Y.Doc();
    const b = connect({ ...address, url: server.url }, fresh);
    await b.synced;
    expect(fresh.getMap('claims').get('c1')).toBe('不实');
    b.close();
  });

  it('refuses a connection without a key of the project, and a read-only key cannot write', async () => {
    const rw = addKey(dataDir, 'p1', 'read-write');
    const ro = addKey(dataDir, 'p1', 'read-only');
    addKey(dataDir, 'p2', 'read-write');
    server = await startSyncServer({ dataDir });
    for (const [project, token] of [['p1', 'guess'], ['p2', rw]] as const) {
      const refused = connect({ url: server.url, project, token }, new Y.Doc());
      await expect(refused.synced).rejects.toThrow(/不接受/);
      refused.close();
    }

    const writer = new Y.Doc();
    const reader = new Y.Doc();
    const w = connect({ url: server.url, project: 'p1', token: rw }, writer);
    const r = connect({ url: server.url, project: 'p1', token: ro }, reader);
    await Promise.all([w.synced, r.synced]);
    reader.getMap('claims').set('from-reader', 1);
    writer.getMap('claims').set('from-writer', 1);
    await until(() => reader.getMap('claims').has('from-writer'));
    await new Promise((r) => setTimeout(r, 100));
    expect(writer.getMap('claims').has('from-reader')).toBe(false);
    w.close();
    r.close();
  });

  it('accepts a JWT signed with the project secret, with its mode', async () => {
    setJwtSecret(dataDir, 'p1', 'newsroom-signing-secret-at-least-32-bytes');
    server = await startSyncServer({ dataDir });
    const jwt = await new SignJWT({ mode: 'read-write', project: 'p1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('newsroom-signing-secret-at-least-32-bytes'));
    const c = connect({ url: server.url, project: 'p1', token: jwt }, new Y.Doc());
    await c.synced;
    c.close();
    const forged = await new SignJWT({ mode: 'read-write' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('another-secret-of-at-least-32-bytes!!'));
    const refused = connect({ url: server.url, project: 'p1', token: forged }, new Y.Doc());
    await expect(refused.synced).rejects.toThrow(/不接受/);
    refused.close();
  });

  it('stores assets by SHA-256, checking the key and the hash', async () => {
    const rw = addKey(dataDir, 'p1', 'read-write');
    const ro = addKey(dataDir, 'p1', 'read-only');
    server = await startSyncServer({ dataDir });
    const bytes = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const address = { url: server.url, project: 'p1', token: rw };
    await expect(uploadAsset({ ...address, token: ro }, hash, 'image/png', bytes)).rejects.toThrow(/403/);
    await expect(uploadAsset(address, hash.replace(/^./, hash[0] === '0' ? '1' : '0'), 'image/png', bytes)).rejects.toThrow(/422/);
    await expect(uploadAsset({ ...address, token: 'guess' }, hash, 'image/png', bytes)).rejects.toThrow(/401/);
    await uploadAsset(address, hash, 'image/png', bytes);
    const got = await downloadAsset({ ...address, token: ro }, hash);
    expect(got!.mime).toBe('image/png');
    expect(createHash('sha256').update(got!.bytes).digest('hex')).toBe(hash);
    expect(await downloadAsset(address, '0'.repeat(64))).toBeNull();
  });

  it('warns when told to listen beyond loopback without TLS', async () => {
    const warnings: string[] = [];
    server = await startSyncServer({ dataDir, host: '0.0.0.0', warn: (m) => warnings.push(m) });
    expect(warnings.join()).toMatch(/without TLS/);
  });
});
