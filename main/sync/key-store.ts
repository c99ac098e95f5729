// Where the app keeps how each synced project reaches its server: the address, the project's
// name there and its key, by project id, in `sync-connections.json` in the user's config folder.
// The key is sealed by a SecretBox: in Electron the OS keychain (safeStorage), so the file holds
// only ciphertext; in browser mode and the CLI there is no keychain to ask, so the key is kept as
// typed, in a file only its owner may read (0600), and the dialog says so.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Seals and opens a secret for storage. */
export interface SecretBox {
  /** 'keychain': sealed by the OS keychain; 'file': kept as typed in an owner-only file. */
  kind: 'keychain' | 'file';
  seal(secret: string): string;
  open(sealed: string): string;
}

/** No keychain: the key is stored as typed; the file's permissions are what protect it. */
export const ownerOnlyFile: SecretBox = { kind: 'file', seal: (s) => s, open: (s) => s };

export interface SyncConnection {
  /** ws:// or wss:// address of the server. */
  server: string;
  /** The project's name on the server. */
  project: string;
  key: string;
}

interface Stored {
  server: string;
  project: string;
  sealed: string;
  kind: SecretBox['kind'];
}

export const CONNECTIONS_FILE = 'sync-connections.json';

export class SyncKeyStore {
  readonly file: string;

  constructor(
    configDir: string,
    readonly box: SecretBox = ownerOnlyFile,
  ) {
    this.file = join(configDir, CONNECTIONS_FILE);
  }

  /** The connection remembered for a project, or null (none, or sealed by a keychain no longer there). */
  get(projectId: string): SyncConnection | null {
    const stored = this.read()[projectId];
    if (!stored || stored.kind !== this.box.kind) return null;
    try {
      return { server: stored.server, project: stored.project, key: this.box.open(stored.sealed) };
    } catch {
      return null;
    }
  }

  set(projectId: string, connection: SyncConnection): void {
    const all = this.read();
    all[projectId] = { server: connection.server, project: connection.project, sealed: this.box.seal(connection.key), kind: this.box.kind };
    this.write(all);
  }

  forget(projectId: string): void {
    const all = this.read();
    if (!(projectId in all)) return;
    delete all[projectId];
    this.write(all);
  }

  private read(): Record<string, Stored> {
    if (!existsSync(this.file)) return {};
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, Stored>) : {};
    } catch {
      // A damaged file forgets the connections; the projects themselves are untouched.
      return {};
    }
  }

  /** Written whole beside the target and renamed over it, readable by its owner only. */
  private write(all: Record<string, Stored>): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    let fd: number | undefined;
    try {
      fd = openSync(tmp, 'wx', 0o600);
      writeSync(fd, JSON.stringify(all, null, 2));
      fsyncSync(fd);
      closeSync(fd);
      fd = undefined;
      renameSync(tmp, this.file);
    } catch (err) {
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
      throw err;
    }
  }
}
