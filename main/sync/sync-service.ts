// Team sync as the app runs it: the open project's SyncBridge, owned here beside the session.
// Sharing, joining and stopping come from 文件 → 团队同步…; a project that synced before and
// whose connection this app remembers goes online again when it is opened. The status bar,
// presence and the conflict list read from here. Plain Node: browser mode and Electron both use
// it; Electron only supplies the keychain that seals keys (key-store.ts).
import { PizhuError } from '../../shared/api/result';
import type { ProjectState } from '../../shared/api/views';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import type { RegisterValue } from '../../shared/sync/register';
import type { SyncConflictView, SyncPeer, SyncStatusView } from '../../shared/sync/views';
import type { ProjectSession } from '../services/project-session';
import type { ProjectStore } from '../project/store';
import { SyncBridge } from './bridge';
import type { ServerAddress } from './client';
import type { SyncConnection, SyncKeyStore } from './key-store';

/** How long sharing or joining waits for the server before saying it cannot reach it. */
const FIRST_SYNC_MS = 10_000;

/** What each window tells the others through Yjs awareness. */
interface PresenceState {
  user?: { id: string; name: string };
  claimId?: string | null;
}

export class SyncService {
  private bridge: SyncBridge | null = null;
  private address: ServerAddress | null = null;
  /** Why the connection failed (a refused key), in words for the user. */
  private failure: PizhuError | null = null;
  private conflictCount: number | null = null;
  private claimId: string | null = null;

  constructor(
    private readonly session: ProjectSession,
    private readonly keys: SyncKeyStore,
    private readonly lang: () => Language,
  ) {
    session.onSwitch((previous, next) => this.switched(previous, next));
  }

  status(): SyncStatusView {
    const base = { keyStorage: this.keys.box.kind, keyFile: this.keys.file };
    const bridge = this.bridge;
    if (!bridge || !this.address) {
      return { state: 'off', server: null, project: null, pending: 0, uploadsWaiting: 0, conflicts: 0, error: null, readOnly: false, peers: [], ...base };
    }
    const s = bridge.status();
    const error = s.refused
      ? translate(this.lang(), 'sync.keyRefused', { server: this.address.url, project: this.address.project })
      : (this.failure?.wordedIn(this.lang()) ?? (s.error ? translate(this.lang(), 'teamSync.failed', { detail: s.error }) : null));
    const state = error ? 'error' : !s.connected ? 'offline' : s.pendingEdits > 0 || s.uploadsWaiting > 0 ? 'syncing' : 'synced';
    this.conflictCount ??= bridge.conflicts().length;
    return {
      state,
      server: this.address.url,
      project: this.address.project,
      pending: s.pendingEdits,
      uploadsWaiting: s.uploadsWaiting,
      conflicts: this.conflictCount,
      error,
      readOnly: s.readOnly,
      peers: s.connected ? this.peers(bridge) : [],
      ...base,
    };
  }

  /**
   * Shares the open project as `project` on the server (it must not be there yet); a project
   * that synced before goes back online with its server instead.
   */
  async share(connection: SyncConnection): Promise<SyncStatusView> {
    const store = this.session.writable();
    if (this.bridge) throw PizhuError.keyed('invalid-argument', 'teamSync.alreadySyncing', { server: this.address?.url ?? '' }, this.lang());
    const address = addressOf(connection);
    const author = this.session.author();
    const reopened = SyncBridge.open(store, author);
    let bridge: SyncBridge;
    if (reopened) {
      try {
        // A file that synced before goes back only to its own project: never merged into another.
        const held = await SyncBridge.serverProjectId(address, FIRST_SYNC_MS);
        if (held !== null && held !== store.info().id) throw PizhuError.keyed('invalid-argument', 'sync.alreadyShared', { project: address.project }, this.lang());
        await reopened.connect(address, FIRST_SYNC_MS);
      } catch (err) {
        reopened.close();
        throw this.worded(err);
      }
      bridge = reopened;
    } else {
      bridge = await SyncBridge.share(store, author, address, FIRST_SYNC_MS).catch((err: unknown) => {
        throw this.worded(err);
      });
    }
    this.keys.set(store.info().id, connection);
    this.attach(bridge, address);
    return this.status();
  }

  /** Makes a new project file at `path` from the server's project, opens it and keeps it in step. */
  async join(path: string, connection: SyncConnection): Promise<ProjectState> {
    const address = addressOf(connection);
    const previous = this.bridge;
    this.detach();
    let bridge: SyncBridge;
    try {
      bridge = await SyncBridge.join(path, address, {
        author: this.session.author(),
        lang: this.lang(),
        firstSyncMs: FIRST_SYNC_MS,
        created: (projectId) => this.keys.set(projectId, connection),
      });
    } catch (err) {
      // The project open before stays open; it goes back online as it was.
      const open = this.session.state() ? this.session.current() : undefined;
      if (previous && open) this.resume(open);
      throw this.worded(err);
    }
    this.attach(bridge, address);
    return this.session.adopt(bridge.store);
  }

  /** Stops syncing the open project: it stays a file with everything in it; the key is forgotten. */
  stop(): SyncStatusView {
    const store = this.session.current();
    this.detach();
    this.keys.forget(store.info().id);
    return this.status();
  }

  conflicts(): SyncConflictView[] {
    const bridge = this.bridge;
    if (!bridge) return [];
    const names = new Map<string, string>();
    const nameOf = (id: string) => {
      if (!names.has(id)) names.set(id, String(bridge.shared.read('authors', id)?.name ?? id));
      return names.get(id)!;
    };
    return bridge.conflicts().map((c) => {
      const row = bridge.shared.readKept(c.table, c.id);
      const claimId = c.table === 'claims' ? c.id : typeof row?.claim_id === 'string' ? row.claim_id : null;
      const claim = claimId ? bridge.shared.readKept('claims', claimId) : null;
      return {
        table: c.table,
        id: c.id,
        field: c.field,
        claimId,
        articleId: claim ? String(claim.article_id) : null,
        quote: claim ? String(claim.exact) : null,
        heads: c.heads.map((h) => ({ entryId: h.id, value: h.value, authorId: h.author, authorName: nameOf(h.author), at: h.at })),
      };
    });
  }

  /** Settles a conflict with one of its values; the tables follow as for any synced change. */
  async resolve(key: { table: string; id: string; field: string }, value: RegisterValue): Promise<void> {
    const bridge = this.bridge;
    if (!bridge) throw PizhuError.keyed('invalid-argument', 'teamSync.notSyncing', {}, this.lang());
    this.session.writable();
    bridge.resolve(key, value);
    await bridge.inTables();
  }

  /** Tells colleagues which claim this window has selected. */
  setPresence(claimId: string | null): void {
    this.claimId = claimId;
    this.bridge?.awareness?.setLocalStateField('claimId', claimId);
  }

  close(): void {
    this.detach();
  }

  private switched(previous: ProjectStore | undefined, next: ProjectStore | undefined): void {
    if (this.bridge && this.bridge.store !== next) this.detach();
    if (next && !this.bridge && next !== previous) this.resume(next);
  }

  /** Goes online again with a project that synced before, when this app remembers its connection. */
  private resume(store: ProjectStore): void {
    if (store.readOnlyPhrase) return;
    const connection = this.keys.get(store.info().id);
    if (!connection) return;
    const bridge = SyncBridge.open(store, this.session.author());
    if (!bridge) return;
    const address = addressOf(connection);
    this.attach(bridge, address);
    bridge.connect(address).catch((err: unknown) => {
      if (this.bridge === bridge) this.failure = this.worded(err);
    });
    this.announce(bridge);
  }

  private attach(bridge: SyncBridge, address: ServerAddress): void {
    this.bridge = bridge;
    this.address = address;
    this.failure = null;
    this.conflictCount = null;
    bridge.doc.on('update', () => {
      this.conflictCount = null;
    });
    this.announce(bridge);
  }

  private announce(bridge: SyncBridge): void {
    const author = this.session.author();
    bridge.awareness?.setLocalState({ user: { id: author.id, name: author.name }, claimId: this.claimId } satisfies PresenceState);
  }

  private detach(): void {
    this.bridge?.close();
    this.bridge = null;
    this.address = null;
    this.failure = null;
    this.conflictCount = null;
  }

  private peers(bridge: SyncBridge): SyncPeer[] {
    const awareness = bridge.awareness;
    if (!awareness) return [];
    const me = this.session.author().id;
    const out = new Map<string, SyncPeer>();
    for (const [clientId, state] of awareness.getStates()) {
      const user = (state as PresenceState).user;
      if (clientId === awareness.clientID || !user || user.id === me) continue;
      out.set(user.id, { id: user.id, name: user.name, claimId: (state as PresenceState).claimId ?? null });
    }
    return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** An error from the engine in the user's language (keyed errors are worded already). */
  private worded(err: unknown): PizhuError {
    if (err instanceof PizhuError) return err;
    return PizhuError.keyed('io', 'teamSync.failed', { detail: errorText(err) }, this.lang());
  }
}

const addressOf = (c: SyncConnection): ServerAddress => ({ url: c.server.trim(), project: c.project.trim(), token: c.key.trim() });
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
