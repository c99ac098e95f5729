// What makes a file a Pizhu project, read straight from the SQLite header so that a file can be
// classified without letting SQLite touch it.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** PRAGMA application_id of every Pizhu project: the ASCII bytes "PZHU". */
export const APPLICATION_ID = 0x505a4855;

/** The newest schema version this build reads and writes (PRAGMA user_version). */
export const SCHEMA_VERSION = 6;

export const PROJECT_EXTENSION = '.pizhu';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export type FileKind =
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  /** Starts like SQLite but its header is cut off or its pages are missing. */
  | { kind: 'truncated'; ours?: boolean }
  | { kind: 'foreign'; applicationId: number }
  | { kind: 'pizhu'; userVersion: number };

/** Classifies the file at `path` from its first 100 bytes and its size; never writes. */
export function classifyFile(path: string): FileKind {
  const size = statSync(path).size;
  if (size === 0) return { kind: 'empty' };
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read < SQLITE_MAGIC.length || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return { kind: 'not-sqlite' };
  }
  if (read < HEADER_BYTES) return { kind: 'truncated' };
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== APPLICATION_ID) return { kind: 'foreign', applicationId };
  // The in-header page count is authoritative when its "valid-for" counter matches the change
  // counter; a file shorter than that count has lost its end.
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  if (countValid && pageCount * pageSize > size) return { kind: 'truncated', ours: true };
  if (size % pageSize !== 0) return { kind: 'truncated', ours: true };
  return { kind: 'pizhu', userVersion: header.readUInt32BE(60) };
}
