// The project's settings (schema v6), read and written through the edit's ChangeRecorder like
// any record, so a settings change is logged, survives a crash once acknowledged, and can be
// undone. Each value is checked against the schema its key declares (shared/settings) on write
// and on read; a value that no longer passes reads as absent, never as an error. A file older
// than v6 opened read-only has no settings table: it reads as having none.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { DISMISSED_PREFIX, schemaOfKey, type Dismissal, type SettingKey, type SettingValues } from '../../shared/settings/settings';
import { articleOfSuggestionKey } from '../../shared/suggest/key';
import type { ChangeRecorder } from './change-log';
import type { StoreContext } from './context';

const TABLE = 'settings';

/** A setting's record id, derived from its key: every copy of a project names a setting alike. */
export function settingId(key: string): string {
  const h = createHash('sha256').update(`pizhu-setting:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const hasTable = (ctx: StoreContext) => ctx.sql.get("SELECT 1 AS x FROM sqlite_schema WHERE type = 'table' AND name = 'settings'") !== undefined;

function parseValue(key: string, json: string): unknown {
  const schema = schemaOfKey(key);
  if (!schema) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function readSetting<K extends SettingKey>(ctx: StoreContext, key: K): SettingValues[K] | undefined {
  if (!hasTable(ctx)) return undefined;
  const row = ctx.sql.get<{ value_json: string }>('SELECT value_json FROM settings WHERE key = ?', key);
  return row ? (parseValue(key, row.value_json) as SettingValues[K] | undefined) : undefined;
}

/** Every setting this version understands, by key (dismissals included). */
export function listSettings(ctx: StoreContext): Record<string, unknown> {
  if (!hasTable(ctx)) return {};
  const out: Record<string, unknown> = {};
  for (const row of ctx.sql.all<{ key: string; value_json: string }>('SELECT key, value_json FROM settings ORDER BY key')) {
    const value = parseValue(row.key, row.value_json);
    if (value !== undefined) out[row.key] = value;
  }
  return out;
}

/**
 * Sets `key` to `value` (checked against its schema; a ZodError for a bad value, an Error for an
 * unknown key). Setting the value already stored writes nothing.
 */
export function writeSetting(ctx: StoreContext, rec: ChangeRecorder, key: string, value: unknown): void {
  const schema = schemaOfKey(key);
  if (!schema) throw new Error(`not a project setting: ${key}`);
  const json = JSON.stringify((schema as z.ZodType).parse(value));
  const id = settingId(key);
  const row = rec.find(TABLE, id);
  if (!row) rec.insert(TABLE, { id, key, value_json: json, updated_at: rec.at, updated_by: rec.authorId });
  else if (row.value_json !== json) rec.update(TABLE, id, { value_json: json, updated_at: rec.at, updated_by: rec.authorId });
}

export function removeSetting(rec: ChangeRecorder, key: string): void {
  rec.remove(TABLE, settingId(key));
}

export const hasSetting = (ctx: StoreContext, key: string): boolean =>
  hasTable(ctx) && ctx.sql.get('SELECT 1 AS x FROM settings WHERE key = ?', key) !== undefined;

/** The keys (shared/suggest/key.ts) of the suggestions dismissed in the project, or in one article. */
export function dismissedSuggestions(ctx: StoreContext, articleId?: string): string[] {
  if (!hasTable(ctx)) return [];
  // A LIKE pattern would treat _ and % in an article id as wildcards; a range on the key does not.
  const from = articleId === undefined ? DISMISSED_PREFIX : `${DISMISSED_PREFIX}${articleId}:`;
  const to = `${from}\u{10FFFF}`;
  return ctx.sql
    .all<{ key: string }>('SELECT key FROM settings WHERE key >= ? AND key < ? ORDER BY key', from, to)
    .map((r) => r.key.slice(DISMISSED_PREFIX.length))
    .filter((k) => articleId === undefined || articleOfSuggestionKey(k) === articleId);
}

export function dismissal(ctx: StoreContext, suggestionKey: string): Dismissal | undefined {
  if (!hasTable(ctx)) return undefined;
  const row = ctx.sql.get<{ value_json: string }>('SELECT value_json FROM settings WHERE key = ?', DISMISSED_PREFIX + suggestionKey);
  return row ? (parseValue(DISMISSED_PREFIX + suggestionKey, row.value_json) as Dismissal | undefined) : undefined;
}
