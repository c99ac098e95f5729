// Who may open a project on the sync server. Each project has keys, read-write or read-only: a
// shared secret handed to the desk, or a JWT (HS256) signed with the project's JWT secret, whose
// `mode` claim says read-only or read-write. The keys file (DATA/keys.json) keeps only SHA-256
// hashes of shared secrets, so reading it does not give anyone a key.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtVerify } from 'jose';

export type KeyMode = 'read-write' | 'read-only';

interface ProjectKeys {
  /** SHA-256 (hex) of each shared secret, with what it allows. */
  secrets: { hash: string; mode: KeyMode; label?: string }[];
  /** Secret for JWTs signed by the newsroom's own system (HS256). */
  jwtSecret?: string;
}

export interface KeysFile {
  projects: Record<string, ProjectKeys>;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

export const keysPath = (dataDir: string) => join(dataDir, 'keys.json');

export function readKeys(dataDir: string): KeysFile {
  const path = keysPath(dataDir);
  if (!existsSync(path)) return { projects: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as KeysFile;
}

function writeKeys(dataDir: string, keys: KeysFile): void {
  const path = keysPath(dataDir);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

/** Makes a new shared secret for a project and records its hash; returns the secret, shown once. */
export function addKey(dataDir: string, project: string, mode: KeyMode, label?: string): string {
  const secret = `pzk_${randomBytes(24).toString('base64url')}`;
  const keys = readKeys(dataDir);
  const entry = (keys.projects[project] ??= { secrets: [] });
  entry.secrets.push({ hash: sha256(secret).toString('hex'), mode, ...(label ? { label } : {}) });
  writeKeys(dataDir, keys);
  return secret;
}

/** Sets the secret JWTs for a project are signed with. */
export function setJwtSecret(dataDir: string, project: string, secret: string): void {
  const keys = readKeys(dataDir);
  (keys.projects[project] ??= { secrets: [] }).jwtSecret = secret;
  writeKeys(dataDir, keys);
}

/** What `token` may do in `project`, or null when it is no key of it. */
export async function checkKey(keys: KeysFile, project: string, token: string): Promise<KeyMode | null> {
  const entry = Object.hasOwn(keys.projects, project) ? keys.projects[project] : undefined;
  if (!entry || !token) return null;
  const given = sha256(token);
  for (const s of entry.secrets) {
    const stored = Buffer.from(s.hash, 'hex');
    if (stored.length === given.length && timingSafeEqual(stored, given)) return s.mode;
  }
  if (entry.jwtSecret && token.split('.').length === 3) {
    try {
      const { payload } = await jwtVerify(token, new TextEncoder().encode(entry.jwtSecret), { algorithms: ['HS256'] });
      if (payload.project !== undefined && payload.project !== project) return null;
      return payload.mode === 'read-write' ? 'read-write' : 'read-only';
    } catch {
      return null;
    }
  }
  return null;
}
