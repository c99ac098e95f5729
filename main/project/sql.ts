// A connection with its prepared statements cached by SQL text: the store runs the same few
// statements over and over, and preparing them is a measurable part of a small edit.
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';

/** A row as Pizhu's tables hold it (no BLOBs outside asset_content). */
export type Row = Record<string, string | number | null>;

export class Sql {
  private readonly cache = new Map<string, StatementSync>();

  constructor(readonly db: DatabaseSync) {}

  prepare(sql: string): StatementSync {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  get<T = Row>(sql: string, ...params: SQLInputValue[]): T | undefined {
    const row = this.prepare(sql).get(...params);
    return row === undefined ? undefined : ({ ...row } as T);
  }

  all<T = Row>(sql: string, ...params: SQLInputValue[]): T[] {
    return this.prepare(sql).all(...params).map((r) => ({ ...r }) as T);
  }

  run(sql: string, ...params: SQLInputValue[]): void {
    this.prepare(sql).run(...params);
  }
}
