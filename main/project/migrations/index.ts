// The ordered list of schema migrations. Each takes a project from version - 1 to version, runs
// in its own transaction and sets user_version in it, so a file is always at one whole version.
import type { DatabaseSync } from 'node:sqlite';
import { SCHEMA_VERSION } from '../format';
import * as v1 from './v1';
import * as v2 from './v2';
import * as v3 from './v3';

export interface Migration {
  version: number;
  up(db: DatabaseSync): void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: v1.up },
  { version: 2, up: v2.up },
  { version: 3, up: v3.up },
];

if (MIGRATIONS.at(-1)?.version !== SCHEMA_VERSION) {
  throw new Error('the last migration must bring a project to SCHEMA_VERSION');
}

export const userVersion = (db: DatabaseSync): number =>
  Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);

/** Brings `db` from its user_version up to `target`, one version per transaction. */
export function migrate(db: DatabaseSync, target = SCHEMA_VERSION): void {
  for (const m of MIGRATIONS) {
    if (m.version <= userVersion(db) || m.version > target) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      m.up(db);
      db.exec(`PRAGMA user_version = ${m.version}`);
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
  }
}
