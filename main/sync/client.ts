// A replica's connection to the sync server: a Hocuspocus provider over the project's Y.Doc,
// with promises for what callers wait on (the first sync, every local change acknowledged) and
// the asset route's PUT and GET.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { PizhuError } from '../../shared/api/result';

export interface ServerAddress {
  /** ws:// or wss:// address of the server. */
  url: string;
  /** The project's name on the server (its document). */
  project: string;
  /** A key of the project: a shared secret or a JWT. */
  token: string;
}

export interface Connection {
  provider: HocuspocusProvider;
  /** Resolves once the first exchange with the server is done; rejects when the key is refused. */
  synced: Promise<void>;
  /** Resolves once the server has acknowledged every local change so far. */
  flushed(): Promise<void>;
  /** Whether the socket is up and the first exchange of this connection is done. */
  connected(): boolean;
  /** True once the server has refused the key (it will not be accepted on retry either). */
  refused(): boolean;
  close(): void;
}

/** The server refused the key, in the user's words. */
export const keyRefused = (address: ServerAddress) =>
  PizhuError.keyed('unauthorized', 'sync.keyRefused', { server: address.url, project: address.project });

/**
 * Connects `doc` to the server's project. `firstSyncMs`: how long the first exchange may take
 * before `synced` rejects as unreachable (the provider keeps trying meanwhile); none by default,
 * for a replica that works offline until the server is back.
 */
export function connect(address: ServerAddress, doc: Y.Doc, firstSyncMs?: number): Connection {
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  let refused = false;
  const synced = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  if (firstSyncMs !== undefined) {
    const timer = setTimeout(() => settle.reject(PizhuError.keyed('io', 'sync.unreachable', { server: address.url })), firstSyncMs);
    void synced.then(() => clearTimeout(timer), () => clearTimeout(timer));
  }
  // Reconnects soon after the server comes back (a restart, a train leaving a tunnel), never
  // waiting more than 5 s between attempts.
  const socket = new HocuspocusProviderWebsocket({ url: address.url, delay: 200, minDelay: 100, factor: 1.5, maxDelay: 5000 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: address.project,
    token: address.token,
    document: doc,
    onSynced: () => settle.resolve(),
    onAuthenticationFailed: () => {
      refused = true;
      settle.reject(keyRefused(address));
    },
  });
  // A provider given its socket does not attach itself to it.
  provider.attach();
  return {
    provider,
    synced,
    flushed: () =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (provider.unsyncedChanges > 0) return;
          provider.off('unsyncedChanges', check);
          resolve();
        };
        provider.on('unsyncedChanges', check);
        check();
      }),
    connected: () => socket.status === WebSocketStatus.Connected && provider.isSynced,
    refused: () => refused,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

const assetUrl = (address: ServerAddress, httpUrl: string, hash: string) =>
  `${httpUrl}/assets/${encodeURIComponent(address.project)}/${hash}`;

/** The http(s) address beside a ws(s) one. */
export const httpUrlOf = (url: string) => url.replace(/^ws/, 'http');

export async function uploadAsset(address: ServerAddress, hash: string, mime: string, bytes: Uint8Array): Promise<void> {
  const res = await fetch(assetUrl(address, httpUrlOf(address.url), hash), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${address.token}`, 'Content-Type': mime },
    // A copy over its own ArrayBuffer: what fetch's types take as a body under every tsconfig.
    body: new Uint8Array(bytes),
  });
  if (!res.ok) throw new Error(`uploading asset ${hash}: ${res.status} ${await res.text()}`);
}

/** The asset's bytes and type, or null when the server does not have it (yet). */
export async function downloadAsset(address: ServerAddress, hash: string): Promise<{ bytes: Uint8Array; mime: string } | null> {
  const res = await fetch(assetUrl(address, httpUrlOf(address.url), hash), { headers: { Authorization: `Bearer ${address.token}` } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`downloading asset ${hash}: ${res.status} ${await res.text()}`);
  return { bytes: new Uint8Array(await res.arrayBuffer()), mime: res.headers.get('content-type') ?? 'application/octet-stream' };
}
