// The project file's record tables that edits change, derived from the record graph. The change
// log accepts edits to exactly these; a merge reconciles all of them but its own conflict records.
// One declaration, so a table added by a migration cannot be logged and then silently left out
// of merges.
import { RECORD_GRAPH } from './record-graph';

export const RECORD_TABLES: readonly string[] = RECORD_GRAPH.filter((t) => t.logged === 'record').map((t) => t.name);

/** Conflicts a merge keeps until someone resolves them; logged, so undo and later merges see them. */
export const CONFLICT_TABLE = RECORD_GRAPH.find((t) => t.logged === 'conflict')!.name;

/** The project's settings (v6): logged edits, not reconciled by merges nor synced (docs/project-file.md). */
export const SETTING_TABLES: readonly string[] = RECORD_GRAPH.filter((t) => t.logged === 'setting').map((t) => t.name);

export const LOGGED_TABLES: readonly string[] = [...RECORD_TABLES, CONFLICT_TABLE, ...SETTING_TABLES];
