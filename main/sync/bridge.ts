// Keeps a project file and the project's shared Y.Doc in step. Local edits go into the document
// inside the edit's own transaction (the store's SyncHook), and the Yjs update they make is
// appended to the file's update log in that transaction; what arrives from the server (or from
// undoing through the document, or settling a conflict) is written into the tables as their
// projection, logged under the author the document names, with the update, in one transaction.
// So the tables stay the local truth the CLI, export, check, search and the file-copy merge read,
// and the update log rebuilds the document when the file is opened again.
import * as Y from 'yjs';
import { RECORD_GRAPH, referrersOf } from '../../shared/domain/record-graph';
import { ProjectDoc, type Conflict, type EditMeta, type RecordKey, type Row } from '../../shared/sync/project-doc';
import { DELETED, SYNCED_TABLES, linkMapOf } from '../../shared/sync/layout';
import type { RegisterValue } from '../../shared/sync/register';
import { ProjectStore, type SyncedInput, type SyncedWrite, type Touched } from '../project/store';
import type { Author } from '../../shared/domain/project';
import type { Language } from '../../shared/preferences';
import { PizhuError } from '../../shared/api/result';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { connect, downloadAsset, uploadAsset, type Connection, type ServerAddress } from './client';

/** Where a Y transaction came from: the store's own edits and the log's replay are in the tables already. */
const LOCAL = Symbol('local edit');
const LOAD = Symbol('update log');
const RESOLVE = Symbol('conflict settled here');

/** Columns that point at an asset, by table (from the record graph). */
const ASSET_COLUMNS: ReadonlyMap<string, string[]> = new Map(
  RECORD_GRAPH.filter((t) => t.name !== 'asset_content')
    .map((t) => [t.name, t.references.filter((r) => r.table === 'assets').map((r) => r.column)] as const)
    .filter(([, cols]) => cols.length > 0),
);

const SYNCED = new Set([...SYNCED_TABLES, 'claim_tags']);
const keyColumn = (table: string) => RECORD_GRAPH.find((t) => t.name === table)!.key;
const now = () => new Date().toISOString();

/** Records arriving at once past which the file's links are read in one query rather than per claim. */
const BULK = 256;

/**
 * When the log is folded into one update, once the server has everything: it has at least
 * COMPACT_AT rows and what was appended since the last fold is at least FOLD_SHARE of the folded
 * state and at least FOLD_MIN_BYTES. Folding costs about a reading and two writings of the whole
 * document (seconds for a 20,000-claim project), so it waits for enough to drop.
 */
export const COMPACT_AT = 64;
export const FOLD_MIN_BYTES = 64 * 1024;
const FOLD_SHARE = 0.25;
/** On closing, a log is folded whatever was appended when the document is at most this large. */
const FOLD_AT_CLOSE_BYTES = 8 * 1024 * 1024;

export interface BridgeStatus {
  online: boolean;
  /** The socket is up and the first exchange of this connection is done. */
  connected: boolean;
  /** The server refused the key. */
  refused: boolean;
  /** Local edits the server has not acknowledged yet (since it last had everything). */
  pendingEdits: number;
  /** Rows in the file's update log. */
  logRows: number;
  /** Connected with a read-only key. */
  readOnly: boolean;
  /** Screenshots not yet on the server. */
  uploadsWaiting: number;
  conflicts: number;
  /** The last failure writing what arrived into the file, if any. */
  error: string | null;
}

export class SyncBridge {
  readonly doc: Y.Doc;
  readonly shared: ProjectDoc;
  /** Undoes this replica's own edits only: those made through the store here, and its resolutions. */
  readonly undoManager: Y.UndoManager;
  private connection: Connection | null = null;
  private address: ServerAddress | null = null;
  /** Records to write into the tables, with the author to log them under when it is this replica. */
  private readonly dirty = new Map<string, { key: RecordKey; asLocal: boolean }>();
  private readonly arrived: Uint8Array[] = [];
  private chain: Promise<void> = Promise.resolve();
  private uploading: Promise<void> = Promise.resolve();
  private retry: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private error: string | null = null;
  /** Rows in the file's update log, counted as they are appended (reading them costs their bytes). */
  private logRows: number;
  /** Bytes of the log's first row (the last fold, the join or the seed's base) and of the rows after it. */
  private foldedBytes: number;
  private appendedBytes: number;
  /**
   * Local edits since the server last had everything. A reopened file counts the rows after the
   * first: the log is folded whenever the server has acknowledged everything, so what follows
   * the fold was written since (offline edits, or what arrived and was not folded yet).
   */
  private pendingEdits: number;

  /** `joined`: the document a join just received, which the file's log already holds (not read back from it). */
  private constructor(
    readonly store: ProjectStore,
    private readonly author: Author,
    joined?: { doc: Y.Doc; bytes: number },
  ) {
    this.doc = joined?.doc ?? new Y.Doc();
    this.shared = new ProjectDoc(this.doc);
    if (joined) {
      this.logRows = 1;
      this.pendingEdits = 0;
      this.foldedBytes = joined.bytes;
      this.appendedBytes = 0;
    } else {
      const log = store.syncUpdates();
      for (const update of log) Y.applyUpdate(this.doc, update, LOAD);
      this.logRows = log.length;
      this.pendingEdits = Math.max(0, log.length - 1);
      this.foldedBytes = log[0]?.byteLength ?? 0;
      this.appendedBytes = log.slice(1).reduce((n, u) => n + u.byteLength, 0);
    }
    this.undoManager = new Y.UndoManager(
      [...SYNCED_TABLES].map((t) => this.doc.getMap(t)),
      { trackedOrigins: new Set([LOCAL, RESOLVE]), captureTimeout: 0 },
    );
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL && origin !== LOAD) this.arrived.push(update);
    });
    this.doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin === LOCAL || tr.origin === LOAD) return;
      const asLocal = tr.origin === RESOLVE || tr.origin === this.undoManager;
      for (const key of this.shared.changedRecords(tr)) this.dirty.set(`${key.table}\u0000${key.id}`, { key, asLocal });
      this.schedule();
    });
    store.attachSync({ localEdit: (edit) => this.localEdit(edit) });
  }

  /** A project that synced before, its document rebuilt from the file's log; null if it never synced. */
  static open(store: ProjectStore, author: Author): SyncBridge | null {
    if (store.syncUpdates().length === 0) return null;
    const bridge = new SyncBridge(store, author);
    // A join that stopped before its tables were filled from the log (the app closed or crashed
    // while the records were being written) finishes now: the log is what the file joined.
    if (SYNCED_TABLES.some((table) => bridge.shared.liveCount(table) > store.rowCount(table))) bridge.reconcileAll();
    return bridge;
  }

  /**
   * Shares a project that never synced: its records become the document, which the server must
   * not hold yet (a project is shared once; colleagues join it).
   */
  static async share(store: ProjectStore, author: Author, address: ServerAddress, firstSyncMs?: number): Promise<SyncBridge> {
    const bridge = new SyncBridge(store, author);
    try {
      await bridge.connect(address, firstSyncMs);
    } catch (err) {
      bridge.close();
      throw err;
    }
    if (!bridge.shared.empty) {
      bridge.close();
      throw PizhuError.keyed('invalid-argument', 'sync.alreadyShared', { project: address.project });
    }
    bridge.seed();
    return bridge;
  }

  /** The id of the project the server holds under `address.project`, or null when it holds none yet. */
  static async serverProjectId(address: ServerAddress, firstSyncMs?: number): Promise<string | null> {
    const probe = new Y.Doc();
    const connection = connect(address, probe, firstSyncMs);
    try {
      await connection.synced;
    } finally {
      connection.close();
    }
    const project = new ProjectDoc(probe).rows('project')[0];
    probe.destroy();
    return project ? String(project.id) : null;
  }

  /** Makes a new project file at `path` from the server's document and keeps it in step. */
  /**
   * `created` is told the project's id as soon as the file exists (with the shared document in its
   * log), before the bridge goes online: the app remembers the connection then, so a crash or a
   * lost connection from here on leaves a file that fills its tables from its log when reopened.
   */
  static async join(
    path: string,
    address: ServerAddress,
    options: { author: Author; lang?: Language; firstSyncMs?: number; created?: (projectId: string) => void },
  ): Promise<SyncBridge> {
    const probe = new Y.Doc();
    const connection = connect(address, probe, options.firstSyncMs);
    try {
      await connection.synced;
    } finally {
      connection.close();
    }
    const project = new ProjectDoc(probe).rows('project')[0];
    if (!project) throw PizhuError.keyed('not-found', 'sync.noSuchProject', { server: address.url, project: address.project });
    const state = Y.encodeStateAsUpdate(probe);
    const store = ProjectStore.create(path, {
      title: String(project.title),
      author: options.author,
      lang: options.lang,
      joining: { projectId: String(project.id), update: state },
    });
    options.created?.(String(project.id));
    const bridge = new SyncBridge(store, options.author, { doc: probe, bytes: state.byteLength });
    bridge.reconcileAll();
    await bridge.connect(address);
    return bridge;
  }

  /**
   * Goes online: exchanges what each side lacks, then keeps exchanging until disconnect().
   * `firstSyncMs` bounds the wait for the first exchange (see client.ts connect).
   */
  async connect(address: ServerAddress, firstSyncMs?: number): Promise<void> {
    this.disconnect();
    this.address = address;
    this.connection = connect(address, this.doc, firstSyncMs);
    // After every reconnection too: screenshots queued offline go up, waiting records are retried.
    this.connection.provider.on('synced', () => {
      this.drainUploads();
      this.schedule();
    });
    // The server has every local edit: nothing is waiting, and the log can be folded.
    this.connection.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0 && this.connection?.connected()) {
        this.pendingEdits = 0;
        this.compactWhenSafe();
      }
    });
    await this.connection.synced;
    this.drainUploads();
    this.schedule();
  }

  /** Goes offline; edits keep going into the file's log and are sent on the next connect(). */
  disconnect(): void {
    this.connection?.close();
    this.connection = null;
  }

  get online(): boolean {
    return this.connection !== null;
  }

  /** Who else is in the project and what they look at (Yjs awareness); null while offline. */
  get awareness(): HocuspocusProvider['awareness'] {
    return this.connection?.provider.awareness ?? null;
  }

  status(): BridgeStatus {
    return {
      online: this.online,
      connected: this.connection?.connected() ?? false,
      refused: this.connection?.refused() ?? false,
      pendingEdits: this.pendingEdits,
      logRows: this.logRows,
      readOnly: this.readOnly,
      uploadsWaiting: this.store.pendingUploads().length,
      conflicts: this.conflicts().length,
      error: this.error,
    };
  }

  /** Resolves once the server has every local edit and screenshot, and what arrived is in the tables. */
  async settled(): Promise<void> {
    await this.connection?.flushed();
    await this.uploading;
    await this.chain;
  }

  /** Resolves once what arrived, or was settled here, is in the tables; the server need not be reachable. */
  async inTables(): Promise<void> {
    await this.chain;
  }

  conflicts(): Conflict[] {
    return this.shared.conflicts();
  }

  /** Settles a conflict with `value` (one head's, or another): every replica then shows it. */
  resolve(conflict: RecordKey & { field: string }, value: RegisterValue): void {
    this.doc.transact(() => this.shared.resolve(conflict, conflict.field, value, { author: this.author.id, at: now() }), RESOLVE);
  }

  /** Takes back this replica's latest edit, and only it: colleagues' later edits stay. */
  undo(): boolean {
    return this.undoManager.undo() !== null;
  }

  /**
   * Replaces the file's update log by the document's state. Written from a fresh copy of the
   * document: this one's undo history keeps every overwritten value alive (Y.UndoManager keeps
   * deleted content), which the log need not carry; the copy drops it, as every replica without
   * that history does.
   */
  compact(): void {
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(this.doc));
    const state = Y.encodeStateAsUpdate(fresh);
    fresh.destroy();
    this.store.compactSyncUpdates(state);
    this.logRows = 1;
    this.foldedBytes = state.byteLength;
    this.appendedBytes = 0;
  }

  private logged(bytes: number): void {
    this.logRows++;
    this.appendedBytes += bytes;
  }

  /**
   * Folds the log once it has grown past COMPACT_AT rows, when that loses nothing on a crash:
   * everything that arrived is in the tables (so the folded log rebuilds a document the tables
   * match) and the server has every local edit (so what is pending is still counted right).
   * On closing, any log of more than one row of a document up to FOLD_AT_CLOSE_BYTES is folded,
   * so the next opening counts right.
   */
  private compactWhenSafe(atClose = false): void {
    const worth =
      this.logRows >= COMPACT_AT && this.appendedBytes >= Math.max(FOLD_MIN_BYTES, this.foldedBytes * FOLD_SHARE);
    const small = this.logRows >= 2 && this.foldedBytes + this.appendedBytes <= FOLD_AT_CLOSE_BYTES;
    if (this.closed || !(worth || (atClose && small)) || this.dirty.size || this.arrived.length || this.retry) return;
    if (this.pendingEdits > 0 || this.store.readOnlyPhrase) return;
    try {
      this.compact();
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    }
  }

  close(): void {
    if (this.closed) return;
    if (this.connection?.connected() && this.connection.provider.unsyncedChanges === 0) this.compactWhenSafe(true);
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.disconnect();
    this.store.attachSync(null);
    this.undoManager.destroy();
  }

  // Local edits into the document

  /** True while connected with a read-only key: local edits are refused, not kept apart from the desk's. */
  get readOnly(): boolean {
    return this.connection?.provider.authorizedScope === 'readonly';
  }

  private localEdit(edit: { touched: readonly Touched[]; authorId: string; at: string; read: (table: string, key: string) => Row | undefined }) {
    // Thrown inside the edit's transaction, so the edit is rolled back and the person told why.
    if (this.readOnly) throw PizhuError.keyed('read-only', 'sync.readOnlyKey', { project: this.address?.project ?? '' });
    const meta: EditMeta = { author: edit.authorId, at: edit.at };
    const updates: Uint8Array[] = [];
    const uploads: string[] = [];
    const capture = (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL) updates.push(update);
    };
    this.doc.on('update', capture);
    try {
      this.doc.transact(() => {
        this.ensureAuthor(edit.authorId, edit.read);
        // A claim's tag links stay in the claim it deletes along with them: hidden while it is
        // deleted, back with it if a colleague's edit keeps it (a deletion against an edit).
        const link = linkMapOf('claim_tags')!;
        const deletedClaims = new Set(edit.touched.filter((t) => t.table === 'claims' && t.op === 'delete').map((t) => t.recordId));
        for (const t of edit.touched) {
          if (!SYNCED.has(t.table)) continue;
          if (t.op === 'delete' && t.table === 'claim_tags' && deletedClaims.has(String(t.row[link.owner.column]))) continue;
          if (t.op === 'delete') this.shared.remove(t.table, t.recordId, t.row, meta);
          else {
            const fields = t.op === 'update' && t.fields ? Object.fromEntries(t.fields.map((c) => [c, t.row[c] ?? null])) : t.row;
            this.shared.write(t.table, t.recordId, fields, meta);
            uploads.push(...this.shareAssets(t.table, t.row, edit.read, meta));
          }
        }
        const project = edit.read('project', String(this.shared.rows('project')[0]?.id ?? ''));
        if (project) this.shared.write('project', String(project.id), { modified_at: project.modified_at ?? null }, meta);
      }, LOCAL);
    } finally {
      this.doc.off('update', capture);
    }
    if (!updates.length) return null;
    const update = Y.mergeUpdates(updates);
    this.pendingEdits++;
    this.logged(update.byteLength);
    if (uploads.length) queueMicrotask(() => this.drainUploads());
    return { update, uploads };
  }

  private ensureAuthor(id: string, read: (table: string, key: string) => Row | undefined): void {
    if (this.shared.read('authors', id)) return;
    const row = read('authors', id);
    if (row) this.shared.write('authors', id, { id, name: row.name ?? '' }, { author: id, at: now() });
  }

  /** Puts the assets a row points at into the document; returns those to upload. */
  private shareAssets(table: string, row: Row, read: (table: string, key: string) => Row | undefined, meta: EditMeta): string[] {
    const out: string[] = [];
    for (const column of ASSET_COLUMNS.get(table) ?? []) {
      const hash = row[column];
      if (typeof hash !== 'string' || this.shared.read('assets', hash)) continue;
      const asset = read('assets', hash);
      if (!asset) continue;
      this.shared.write('assets', hash, asset, meta);
      out.push(hash);
    }
    return out;
  }

  /** Writes every record of the file into the (empty) document: the project is shared from here. */
  private seed(): void {
    const at = now();
    const updates: Uint8Array[] = [];
    const uploads: string[] = [];
    const capture = (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL) updates.push(update);
    };
    const metaOf = (row: Row): EditMeta => ({
      author: String(row.updated_by ?? row.created_by ?? this.author.id),
      at: String(row.updated_at ?? row.created_at ?? at),
    });
    this.doc.on('update', capture);
    try {
      this.doc.transact(() => {
        for (const table of [...SYNCED_TABLES, 'claim_tags']) {
          for (const row of this.store.syncRows(table)) {
            const id = String(row[keyColumn(table)]);
            this.shared.write(table, id, row, metaOf(row));
            if (table === 'assets') uploads.push(id);
          }
        }
      }, LOCAL);
    } finally {
      this.doc.off('update', capture);
    }
    const update = Y.mergeUpdates(updates);
    this.store.appendSyncUpdate(update, uploads);
    // The seed is the log's base, as a fold would leave it.
    this.logRows++;
    this.foldedBytes += update.byteLength;
    this.drainUploads();
  }

  // What arrived into the tables

  private schedule(): void {
    if (this.closed) return;
    this.chain = this.chain.then(() => this.project()).catch((err: unknown) => {
      this.error = err instanceof Error ? err.message : String(err);
    });
  }

  /** Marks every record of the document to be written into the tables (a fresh join, a reopened file). */
  private reconcileAll(): void {
    for (const table of SYNCED_TABLES) {
      for (const id of this.doc.getMap(table).keys()) this.dirty.set(`${table}\u0000${id}`, { key: { table, id }, asLocal: false });
    }
    this.schedule();
  }

  private async project(): Promise<void> {
    if (this.closed || (this.dirty.size === 0 && this.arrived.length === 0)) return;
    const pending = [...this.dirty.values()];
    const input: SyncedInput & { writes: SyncedWrite[]; authors: { id: string; name: string; at: string }[]; assets: { row: Row; bytes: Uint8Array }[] } = {
      writes: [],
      authors: [],
      assets: [],
      update: null,
    };
    // Many records at once (a join, a reconnection after a long day): the file's tag links are
    // read in one query, not one per claim.
    const linksInFile = pending.length > BULK ? this.linksInFile() : undefined;
    for (const { key, asLocal } of pending) {
      if (key.table === 'authors') {
        const row = this.shared.read('authors', key.id);
        if (row) input.authors.push({ id: key.id, name: String(row.name ?? ''), at: now() });
        continue;
      }
      if (key.table === 'assets') continue;
      const row = this.shared.read(key.table, key.id);
      input.writes.push({ table: key.table, id: key.id, row, ...this.authorship(key, row, asLocal) });
      if (key.table === 'claims') input.writes.push(...this.linkWrites(key.id, asLocal, linksInFile));
      if (row && !(await this.fetchAssets(key.table, row, input.assets))) {
        // A screenshot not on the server yet: the records wait (shown as pending), nothing is half-written.
        this.retryLater();
        return;
      }
    }
    this.keepReferenced(input.writes);
    this.dirty.clear();
    input.update = this.arrived.length ? Y.mergeUpdates(this.arrived.splice(0)) : null;
    if (this.closed) return;
    this.store.applySynced(input);
    if (input.update) this.logged(input.update.byteLength);
    this.error = null;
    if (this.connection?.connected() && this.connection.provider.unsyncedChanges === 0) this.compactWhenSafe();
  }

  /**
   * Nothing is dropped: a record deleted on one replica while another, not knowing it, pointed a
   * new record at it (a claim on an article being deleted) is kept, as the file merge keeps it,
   * instead of leaving a reference to nothing. Rewrites `writes` in place.
   */
  private keepReferenced(writes: SyncedWrite[]): void {
    const index = new Map(writes.map((w, i) => [`${w.table}\u0000${w.id}`, i]));
    const at = (table: string, id: string) => index.get(`${table}\u0000${id}`) ?? -1;
    // Records not among the writes are looked up in the file once each (thousands of claims name the same few authors).
    const inFile = new Map<string, boolean>();
    const live = (table: string, id: string): boolean => {
      const i = at(table, id);
      if (i >= 0) return writes[i]!.row !== null;
      const k = `${table}\u0000${id}`;
      let found = inFile.get(k);
      if (found === undefined) inFile.set(k, (found = this.store.syncRows(table, undefined, id).length > 0));
      return found;
    };
    const keep = (table: string, id: string, by: SyncedWrite) => {
      const row = this.shared.readKept(table, id);
      if (!row) return;
      const i = at(table, id);
      const write = { table, id, row, author: by.author, at: by.at };
      if (i >= 0) writes[i] = write;
      else index.set(`${table}\u0000${id}`, writes.push(write) - 1);
    };
    for (let n = 0; n < writes.length; n++) {
      const w = writes[n]!;
      const decl = RECORD_GRAPH.find((t) => t.name === w.table)!;
      if (w.row) {
        // A live record pointing at one gone: bring that one back.
        for (const ref of decl.references) {
          const target = w.row[ref.column];
          if (typeof target !== 'string' || ref.onDelete === 'keep' || !SYNCED.has(ref.table)) continue;
          if (!live(ref.table, target) && !this.shared.read(ref.table, target)) keep(ref.table, target, w);
        }
      } else {
        // A deletion while live records still point at it: keep it.
        for (const from of referrersOf(w.table)) {
          if (from.onDelete === 'keep' || !SYNCED.has(from.from) || from.from === w.table) continue;
          if (this.shared.rows(from.from).some((r) => r[from.column] === w.id)) {
            keep(w.table, w.id, w);
            break;
          }
        }
      }
    }
  }

  /** Who a record's projected change is logged under: this replica for its own undo or resolution, else the document's author. */
  private authorship(key: RecordKey, row: Row | null, asLocal: boolean): { author: string; at: string } {
    if (asLocal) return { author: this.author.id, at: now() };
    if (!row) {
      const head = this.shared.headsOf(key, DELETED)[0];
      return { author: head?.author ?? this.author.id, at: head?.at ?? now() };
    }
    const heads = [...this.shared.headsOf(key, 'verdict'), ...this.shared.headsOf(key, 'status')];
    const updatedAt = String(row.updated_at ?? row.created_at ?? '');
    const newest = heads.sort((a, b) => (a.at < b.at ? 1 : -1))[0];
    if (newest && newest.at > updatedAt) return { author: newest.author, at: newest.at };
    return { author: String(row.updated_by ?? row.created_by ?? this.author.id), at: updatedAt || now() };
  }

  /** Every tag link in the file, by claim. */
  private linksInFile(): Map<string, Row[]> {
    const owner = linkMapOf('claim_tags')!.owner.column;
    const out = new Map<string, Row[]>();
    for (const row of this.store.syncRows('claim_tags')) {
      const id = String(row[owner]);
      const list = out.get(id);
      if (list) list.push(row);
      else out.set(id, [row]);
    }
    return out;
  }

  /** A claim's tag links as the document has them, against those the file has (`inFile`: read already). */
  private linkWrites(claimId: string, asLocal: boolean, inFile?: Map<string, Row[]>): SyncedWrite[] {
    const link = linkMapOf('claim_tags')!;
    const wanted = new Map(this.shared.linksOf('claim_tags', claimId).map((r) => [String(r.id), r]));
    const writes: SyncedWrite[] = [];
    const fallback = { author: this.author.id, at: now() };
    const current = inFile ? (inFile.get(claimId) ?? []) : this.store.syncRows('claim_tags', { column: link.owner.column, value: claimId });
    for (const row of current) {
      if (!wanted.has(String(row.id))) {
        const claim = this.shared.read('claims', claimId);
        const by = asLocal || !claim ? fallback : { author: String(claim.updated_by ?? fallback.author), at: String(claim.updated_at ?? fallback.at) };
        writes.push({ table: 'claim_tags', id: String(row.id), row: null, ...by });
      }
    }
    for (const [id, row] of wanted) {
      writes.push({ table: 'claim_tags', id, row, ...(asLocal ? fallback : { author: String(row.created_by ?? fallback.author), at: String(row.created_at ?? fallback.at) }) });
    }
    return writes;
  }

  /** Downloads the assets a row points at that the file lacks; false when one is not on the server yet. */
  private async fetchAssets(table: string, row: Row, into: { row: Row; bytes: Uint8Array }[]): Promise<boolean> {
    for (const column of ASSET_COLUMNS.get(table) ?? []) {
      const hash = row[column];
      if (typeof hash !== 'string' || this.store.hasAssetContent(hash) || into.some((a) => a.row.hash === hash)) continue;
      const meta = this.shared.read('assets', hash);
      const got = meta && this.address ? await downloadAsset(this.address, hash) : null;
      if (!meta || !got) return false;
      into.push({ row: meta, bytes: got.bytes });
    }
    return true;
  }

  private retryLater(): void {
    if (this.retry || this.closed) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.schedule();
    }, 300);
  }

  /** Sends queued screenshots up, one at a time; the queue is in the file, so it survives a restart. */
  private drainUploads(): void {
    this.uploading = this.uploading.then(async () => {
      for (const hash of this.store.pendingUploads()) {
        if (this.closed || !this.address || !this.connection) return;
        const meta = this.store.assetMeta(hash);
        await uploadAsset(this.address, hash, meta.mime, this.store.readAsset(hash));
        this.store.uploaded(hash);
      }
    }).catch((err: unknown) => {
      this.error = err instanceof Error ? err.message : String(err);
    });
  }
}
