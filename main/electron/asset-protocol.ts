// pizhu-asset://asset/HASH: screenshots and other project assets streamed to the renderer, never
// as base64 through IPC. Images keep their type; stored originals only ever come as downloads.
import { protocol } from 'electron';
import { Readable } from 'node:stream';
import type { ProjectSession } from '../services/project-session';
import { assetHeaders } from '../services/asset-headers';

export const ASSET_SCHEME = 'pizhu-asset';

/** Must run before the app is ready. */
export function registerAssetScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function handleAssetProtocol(session: ProjectSession): void {
  protocol.handle(ASSET_SCHEME, (request) => {
    const hash = new URL(request.url).pathname.replace(/^\//, '');
    if (!/^[0-9a-f]{64}$/.test(hash)) return new Response('bad asset id', { status: 400 });
    try {
      const store = session.current();
      const meta = store.assetMeta(hash);
      const body = Readable.toWeb(store.streamAsset(hash)) as ReadableStream;
      return new Response(body, { headers: assetHeaders(meta) });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
