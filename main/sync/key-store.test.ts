// Where the app keeps team sync keys: an owner-only file in the config folder, the key sealed by
// the keychain when there is one (here a reversible stand-in for safeStorage), as typed otherwise.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownerOnlyFile, SyncKeyStore, type SecretBox } from './key-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pizhu-keys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const connection = { server: 'ws://127.0.0.1:4455', project: '混元核查', key: 'k3y-𠮷-secret' };
/** Reverses the key's code points: enough to tell sealed from plain in the file. */
const reversing: SecretBox = { kind: 'keychain', seal: (s) => `sealed:${[...s].reverse().join('')}`, open: (s) => [...s.slice(7)].reverse().join('') };

describe('the team sync connections file', () => {
  it('keeps a connection by project id, readable by its owner only, and forgets it', () => {
    const keys = new SyncKeyStore(dir);
    keys.set('project-1', connection);
    expect(statSync(keys.file).mode & 0o777).toBe(0o600);
    expect(new SyncKeyStore(dir).get('project-1')).toEqual(connection);
    expect(keys.box).toBe(ownerOnlyFile);
    keys.forget('project-1');
    expect(keys.get('project-1')).toBeNull();
  });

  it('stores only the sealed key when a keychain seals it, and drops a key sealed another way', () => {
    const sealed = new SyncKeyStore(dir, reversing);
    sealed.set('project-1', connection);
    expect(readFileSync(sealed.file, 'utf8')).not.toContain(connection.key);
    expect(new SyncKeyStore(dir, reversing).get('project-1')).toEqual(connection);
    // Opened without the keychain that sealed it: forgotten, never handed out as a wrong key.
    expect(new SyncKeyStore(dir).get('project-1')).toBeNull();
  });

  it('treats a damaged file as no connections', () => {
    const keys = new SyncKeyStore(dir);
    writeFileSync(keys.file, '{not json');
    expect(keys.get('project-1')).toBeNull();
    keys.set('project-2', connection);
    expect(keys.get('project-2')).toEqual(connection);
  });
});
