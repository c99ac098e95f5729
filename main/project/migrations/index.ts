// The ordered list of schema migrations. Each takes a project from version - 1 to version, runs
// in its own transaction and sets user_version in it, so a file is always at one whole version.
import type { DatabaseSync } from 'node:sqlite';
import { SCHEMA_VERSION } from '../format';
import * as v1 from './v1';
import * as v2 from './v2';
import * as v3 from './v3';
import * as v4 from './v4';
import * as v5 from './v5';
import * as v6 from './v6';

export interface Migration {
  version: number;
  up(db: DatabaseSync): void;
  /**
   * Rebuilds tables that others point at (SQLite's way to drop a column): it runs with foreign
   * key enforcement off, as SQLite prescribes, and every reference is checked before it commits.
   * The pages the old tables held are then given back (VACUUM), or the file would grow.
   */
  rebuildsTables?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: v1.up },
  { version: 2, up: v2.up },
  { version: 3, up: v3.up },
  { version: 4, up: v4.up, rebuildsTables: true },
  { version: 5, up: v5.up },
  { version: 6, up: v6.up },
];

if (MIGRATIONS.at(-1)?.version !== SCHEMA_VERSION) {
  throw new Error('the last migration must bring a project to SCHEMA_VERSION');
}

export const userVersion = (db: DatabaseSync): number =>
  Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);

const isMemory = (db: DatabaseSync): boolean => (db.prepare('PRAGMA database_list').get() as { file: string }).file === '';

const foreignKeysOn = (db: DatabaseSync): boolean => Number((db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys) === 1;

/** Brings `db` from its user_version up to `target`, one version per transaction. */
export function migrate(db: DatabaseSync, target = SCHEMA_VERSION): void {
  for (const m of MIGRATIONS) {
    if (m.version <= userVersion(db) || m.version > target) continue;
    const enforced = m.rebuildsTables === true && foreignKeysOn(db);
    if (enforced) db.exec('PRAGMA foreign_keys = OFF');
    db.exec('BEGIN IMMEDIATE');
    try {
      m.up(db);
      if (m.rebuildsTables && db.prepare('PRAGMA foreign_key_check').all().length > 0) {
        throw new Error(`migration to version ${m.version} would leave records pointing at missing ones`);
      }
      db.exec(`PRAGMA user_version = ${m.version}`);
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    } finally {
      if (enforced) db.exec('PRAGMA foreign_keys = ON');
    }
    if (m.rebuildsTables && !isMemory(db)) db.exec('VACUUM');
  }
}
