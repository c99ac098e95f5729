// Team sync as the app's services run it (the same as browser mode and Electron, without the
// window): two people with their own config folders and names share and join a project through
// the API, see each other (presence by first-run name and selected claim), get colleagues' edits
// as the status's change set, are told in their language when a key is refused, and go back
// online by themselves when the project is opened again.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PizhuApi } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import type { SyncStatusView } from '../../shared/sync/views';
import { anchorOf, SAMPLE_TEXT } from '../project/testing/fixtures';
import { dispatch } from '../services/dispatch';
import { createNodeServices } from '../services/node-services';
import { addKey } from './keys';
import { startSyncServer, type SyncServer } from './server';

let dir: string;
let server: SyncServer;
let key: string;
const closers: (() => void)[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pizhu-sync-service-'));
  server = await startSyncServer({ dataDir: join(dir, 'server') });
  key = addKey(join(dir, 'server'), '混元核查', 'read-write');
});
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** One person's app: its own config folder and first-run name, answered by the services in this process. */
function person(name: string, config = join(dir, `config-${name}`)): { api: PizhuApi; raw: (method: string, arg?: unknown) => Promise<Result<unknown>>; config: string } {
  const services = createNodeServices({ mode: 'browser', configDir: config });
  services.prefs.update({ authorName: name });
  closers.push(() => services.session.close());
  const raw = (method: string, arg?: unknown) => dispatch(services.handlers, method, arg, 'zh-CN', services.takeChanges);
  const api: Record<string, (arg?: unknown) => Promise<Result<unknown>>> = {};
  for (const m of METHOD_NAMES) api[m] = (arg) => raw(m, arg);
  return { api: api as unknown as PizhuApi, raw, config };
}

const value = <T,>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('team sync through the app’s services', () => {
  it('shares, joins, shows who is where, and brings a colleague’s edit as the status’s change set', async () => {
    const a = person('张编辑');
    const b = person('李核查');
    value(await a.api.projectNew({ path: join(dir, 'a.pizhu'), title: '混元核查' }));
    const article = value(await a.api.importCommit({ source: { kind: 'paste', text: SAMPLE_TEXT } }));
    const claim = value(await a.api.addClaim({ articleId: article.id, anchor: anchorOf(article.content.text, '389B') }));
    const connection = { server: server.url, project: '混元核查', key };

    expect(value(await a.api.syncStatus()).state).toBe('off');
    expect(value(await a.api.syncShare(connection))).toMatchObject({ state: 'synced', server: server.url, project: '混元核查', keyStorage: 'file' });
    const joined = value(await b.api.syncJoin({ ...connection, path: join(dir, 'b.pizhu') }));
    expect(joined.project.title).toBe('混元核查');
    expect(statSync(value(await b.api.syncStatus()).keyFile).mode & 0o777).toBe(0o600);

    value(await b.api.syncPresence({ claimId: claim.id }));
    const seen = await until('A sees B on the claim', () => a.api.syncStatus().then(value), (s: SyncStatusView) => s.peers.length > 0);
    expect(seen.peers).toEqual([{ id: expect.any(String), name: '李核查', claimId: claim.id }]);

    value(await a.api.updateClaim({ id: claim.id, patch: { verdict: 'false' } }));
    const arrived = await until('B’s status brings A’s verdict', () => b.raw('syncStatus'), (r) => r.ok && (r.changes?.claims?.upsert.some((c) => c.id === claim.id && c.verdict === 'false') ?? false));
    expect(arrived.ok).toBe(true);
    // A read does not take the change set away from the status that delivers it.
    value(await a.api.updateClaim({ id: claim.id, patch: { status: 'checked' } }));
    await until('B has the status', () => b.api.listClaims({ articleId: article.id }).then(value), (cs) => cs[0]?.status === 'checked');
    const status = await b.raw('syncStatus');
    expect(status.ok && status.changes?.claims?.upsert.map((c) => c.status)).toEqual(['checked']);
  });

  it('says in the user’s words when the server refuses the key, and goes online again when the project is opened', async () => {
    const a = person('张编辑');
    value(await a.api.projectNew({ path: join(dir, 'a.pizhu'), title: '混元核查' }));
    const refused = await a.api.syncShare({ server: server.url, project: '混元核查', key: 'not-a-key' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(/不接受项目「混元核查」的这个密钥/);
    expect(value(await a.api.syncStatus()).state).toBe('off');

    value(await a.api.syncShare({ server: server.url, project: '混元核查', key }));
    value(await a.api.projectClose());
    expect(value(await a.api.syncStatus()).state).toBe('off');
    value(await a.api.projectOpen({ path: join(dir, 'a.pizhu') }));
    await until('A is online again', () => a.api.syncStatus().then(value), (s) => s.state === 'synced');

    const stopped = value(await a.api.syncStop());
    expect(stopped.state).toBe('off');
    value(await a.api.projectClose());
    value(await a.api.projectOpen({ path: join(dir, 'a.pizhu') }));
    expect(value(await a.api.syncStatus()).state).toBe('off');

    // Shared again later: back to its own project, never merged into another one on the server.
    const otherKey = addKey(join(dir, 'server'), '另一个项目', 'read-write');
    const b = person('李核查');
    value(await b.api.projectNew({ path: join(dir, 'other.pizhu'), title: '另一个项目' }));
    value(await b.api.syncShare({ server: server.url, project: '另一个项目', key: otherKey }));
    const merged = await a.api.syncShare({ server: server.url, project: '另一个项目', key: otherKey });
    expect(!merged.ok && merged.error.message).toMatch(/已经有项目「另一个项目」/);
    expect(value(await a.api.syncShare({ server: server.url, project: '混元核查', key }))).toMatchObject({ state: 'synced' });
  });
});
