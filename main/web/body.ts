// Request bodies in browser mode: each API method has a byte limit, checked against
// Content-Length before anything is read and again while reading, so a huge or endless body is
// refused (413) without being buffered. Only the methods that carry a file's bytes get room for
// one 50 MB file (base64 grows it by a third); every other call is small.
import type { IncomingMessage } from 'node:http';
import { MAX_IMPORT_BYTES } from '../import/limits';
import { MAX_IMAGE_BYTES } from '../images/limits';

const MB = 1024 * 1024;
/** Any API call without file bytes: notes, edits, queries. */
export const SMALL_BODY_BYTES = 8 * MB;
/** A 50 MB file as base64 in JSON, with room for the rest of the argument. */
export const FILE_BODY_BYTES = Math.ceil((Math.max(MAX_IMPORT_BYTES, MAX_IMAGE_BYTES) * 4) / 3) + 2 * MB;
/** The sign-in exchange carries a token and nothing else. */
export const SIGN_IN_BODY_BYTES = 1024;

const FILE_METHODS = new Set(['importPreview', 'importCommit', 'attachScreenshots']);

export function bodyLimit(method: string): number {
  return FILE_METHODS.has(method) ? FILE_BODY_BYTES : SMALL_BODY_BYTES;
}

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super('request body too large');
  }
}

/** True when the declared length already exceeds the limit: refuse without reading a byte. */
export function declaredTooLarge(req: IncomingMessage, limit: number): boolean {
  const declared = Number(req.headers['content-length'] ?? 0);
  return !Number.isFinite(declared) || declared > limit;
}

/** The whole body, or BodyTooLarge as soon as more than `limit` bytes have arrived. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      reject(new BodyTooLarge(limit));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
