// The sync server's asset route: screenshots and original files go up and down by their SHA-256,
// `PUT/GET /assets/PROJECT/HASH` with the project key as a bearer token. A PUT is read up to the
// screenshot size limit, its hash checked on arrival, and refused with a key that only reads.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_IMAGE_BYTES } from '../images/limits';
import { checkKey, readKeys } from './keys';
import type { ServerStore } from './server-store';

const ROUTE = /^\/assets\/([^/]+)\/([0-9a-f]{64})$/;

/** Largest asset accepted: a screenshot's limit. */
export const MAX_ASSET_BYTES = MAX_IMAGE_BYTES;

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Handles the request when it is for an asset; returns false for any other path. */
export async function handleAssetRequest(req: IncomingMessage, res: ServerResponse, store: ServerStore, dataDir: string): Promise<boolean> {
  const match = ROUTE.exec(new URL(req.url ?? '/', 'http://host').pathname);
  if (!match) return false;
  const project = decodeURIComponent(match[1]!);
  const hash = match[2]!;
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  const mode = await checkKey(readKeys(dataDir), project, token);
  if (!mode) {
    reply(res, 401, 'no key of this project');
    return true;
  }
  if (req.method === 'GET') {
    const asset = store.getAsset(project, hash);
    if (!asset) reply(res, 404, 'no such asset');
    else {
      res.writeHead(200, { 'Content-Type': asset.mime, 'Content-Length': asset.body.length });
      res.end(asset.body);
    }
    return true;
  }
  if (req.method !== 'PUT') {
    reply(res, 405, 'GET or PUT');
    return true;
  }
  if (mode !== 'read-write') {
    reply(res, 403, 'this key only reads');
    return true;
  }
  const body = await readBody(req, MAX_ASSET_BYTES);
  if (!body) {
    reply(res, 413, `larger than ${MAX_ASSET_BYTES} bytes`);
    return true;
  }
  if (createHash('sha256').update(body).digest('hex') !== hash) {
    reply(res, 422, 'the content does not have this hash');
    return true;
  }
  store.putAsset(project, hash, String(req.headers['content-type'] ?? 'application/octet-stream'), body);
  reply(res, 201, 'stored');
  return true;
}
