// `pizhu serve`: a Hocuspocus server for a desk's projects, in this process. Each project is one
// Y.Doc named after it, persisted in the server's SQLite file (server-store.ts); a connection
// needs one of the project's keys and gets read-only or read-write from it (keys.ts); assets go
// through the HTTP route beside the WebSocket (assets-route.ts). It listens on 127.0.0.1 unless
// told otherwise.
import { mkdirSync } from 'node:fs';
import type { Socket } from 'node:net';
import { Server, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { handleAssetRequest } from './assets-route';
import { checkKey, readKeys } from './keys';
import { ServerStore } from './server-store';

export interface SyncServerOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Told why listening beyond loopback is risky. */
  warn?: (message: string) => void;
}

export interface SyncServer {
  port: number;
  host: string;
  /** ws://host:port */
  url: string;
  /** http://host:port, for the asset route. */
  httpUrl: string;
  /** Stores every open document and stops listening. */
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** The Hocuspocus extension that keeps documents in the server's SQLite file. */
function persistence(store: ServerStore): Extension {
  return {
    extensionName: 'pizhu-sqlite',
    async onLoadDocument({ document, documentName }) {
      const state = store.load(documentName);
      if (state) Y.applyUpdate(document, state);
    },
    async onChange({ documentName, update }) {
      store.append(documentName, update);
    },
    async onStoreDocument({ document, documentName }) {
      store.compact(documentName, Y.encodeStateAsUpdate(document));
    },
  };
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const host = options.host ?? '127.0.0.1';
  mkdirSync(options.dataDir, { recursive: true });
  if (!LOOPBACK.has(host)) {
    options.warn?.(
      `listening on ${host} without TLS: keys and documents cross the network in the clear. ` +
        'Put the server behind a TLS proxy (https/wss) or keep it on loopback.',
    );
  }
  const store = new ServerStore(options.dataDir);
  const server = new Server({
    port: options.port ?? 0,
    address: host,
    quiet: true,
    stopOnSignals: false,
    debounce: 2000,
    maxDebounce: 10_000,
    extensions: [persistence(store)],
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const mode = await checkKey(readKeys(options.dataDir), documentName, token);
      if (!mode) throw new Error('no key of this project');
      connectionConfig.readOnly = mode === 'read-only';
      return { mode };
    },
    async onRequest({ request, response }) {
      if (await handleAssetRequest(request, response, store, options.dataDir)) {
        // Hocuspocus answers any request a hook did not stop; a rejection with null stops it.
        throw null;
      }
    },
  });
  // Hocuspocus's destroy() stops listening but leaves upgraded WebSockets open; a stopped server
  // must drop them, so clients see it gone and reconnect when it is back.
  const sockets = new Set<Socket>();
  server.httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await server.listen();
  const port = server.address.port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    port,
    host,
    url: `ws://${shown}:${port}`,
    httpUrl: `http://${shown}:${port}`,
    async stop() {
      server.hocuspocus.flushPendingStores();
      await server.destroy();
      for (const socket of sockets) socket.destroy();
      store.close();
    },
  };
}
