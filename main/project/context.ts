// What the record modules share: the connection, the file's name for messages, and the
// "not found" error they all raise.
import type { FileContext } from './errors';
import { projectError, projectPhrase } from './errors';
import type { Row, Sql } from './sql';

export interface StoreContext extends FileContext {
  sql: Sql;
}

export type RecordKind = 'article' | 'claim' | 'tag' | 'evidence' | 'asset' | 'comparison' | 'screenshot' | 'region';

export const notFound = (ctx: StoreContext, what: RecordKind, id: string) =>
  projectError(ctx, 'not-found', 'recordNotFound', { what: projectPhrase(`what.${what}`), id });

/** Row value for a note: its JSON and its plain text. */
export const noteColumns = (note: { json: string; text: string }) => ({ note_json: note.json, note_text: note.text });

export const noteOf = (row: Row) => ({
  json: String(row.note_json),
  text: String(row.note_text),
});
