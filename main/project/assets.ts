// Assets: screenshots and original article files, stored once per content (keyed by SHA-256).
// Putting the same bytes twice returns the same hash and stores nothing new.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AssetMeta } from '../../shared/domain/project';
import { notFound, type StoreContext } from './context';
import type { Sql } from './sql';

export interface AssetInput {
  mime: string;
  width?: number | null;
  height?: number | null;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Stores `bytes` unless an asset with the same content exists; returns its metadata. */
export function putAsset(sql: Sql, bytes: Uint8Array, input: AssetInput, at: string, authorId: string): AssetMeta {
  const hash = sha256Hex(bytes);
  const existing = sql.get('SELECT 1 FROM assets WHERE hash = ?', hash);
  if (!existing) {
    sql.run(
      'INSERT INTO assets (hash, mime, width, height, bytes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      hash,
      input.mime,
      input.width ?? null,
      input.height ?? null,
      bytes.byteLength,
      at,
      authorId,
    );
    sql.run('INSERT INTO asset_content (hash, content) VALUES (?, ?)', hash, bytes);
  }
  return assetMetaRow(sql, hash)!;
}

function assetMetaRow(sql: Sql, hash: string): AssetMeta | undefined {
  const r = sql.get('SELECT hash, mime, width, height, bytes, created_at FROM assets WHERE hash = ?', hash);
  return (
    r && {
      hash: String(r.hash),
      mime: String(r.mime),
      width: r.width === null ? null : Number(r.width),
      height: r.height === null ? null : Number(r.height),
      bytes: Number(r.bytes),
      createdAt: String(r.created_at),
    }
  );
}

export function assetMeta(ctx: StoreContext, hash: string): AssetMeta {
  const meta = assetMetaRow(ctx.sql, hash);
  if (!meta) throw notFound(ctx, 'asset', hash);
  return meta;
}

export function readAsset(ctx: StoreContext, hash: string): Uint8Array {
  const row = ctx.sql.prepare('SELECT content FROM asset_content WHERE hash = ?').get(hash);
  if (!row) throw notFound(ctx, 'asset', hash);
  return row.content as Uint8Array;
}

/** node:sqlite has no incremental blob reads; substr() keeps each piece small for the consumer. */
const STREAM_CHUNK = 1 << 20;

/** The asset's bytes as a stream of pieces of at most 1 MiB. */
export function streamAsset(ctx: StoreContext, hash: string): Readable {
  const size = assetMeta(ctx, hash).bytes;
  let offset = 0;
  return new Readable({
    read() {
      if (offset >= size) {
        this.push(null);
        return;
      }
      const row = ctx.sql
        .prepare('SELECT substr(content, ?, ?) AS piece FROM asset_content WHERE hash = ?')
        .get(offset + 1, STREAM_CHUNK, hash);
      const piece = row?.piece as Uint8Array | undefined;
      if (!piece || piece.byteLength === 0) {
        this.push(null);
        return;
      }
      offset += piece.byteLength;
      this.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
    },
  });
}
