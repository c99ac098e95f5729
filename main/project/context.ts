// What the record modules share: the connection, the file's name for messages, and the
// "not found" error they all raise.
import type { FileContext } from './errors';
import { projectError, projectPhrase } from './errors';
import type { Row, Sql } from './sql';
import { repairNote } from '../../shared/domain/json-columns';

export interface StoreContext extends FileContext {
  sql: Sql;
}

export type RecordKind = 'article' | 'claim' | 'tag' | 'evidence' | 'asset' | 'comparison' | 'screenshot' | 'region';

export const notFound = (ctx: StoreContext, what: RecordKind, id: string) =>
  projectError(ctx, 'not-found', 'recordNotFound', { what: projectPhrase(`what.${what}`), id });

/** Row value for a note: its JSON (an editor state, or its plain text made into one) and its plain text. */
export const noteColumns = (input: { json: string; text: string }) => {
  const note = repairNote(input);
  return { note_json: note.json, note_text: note.text };
};

/** A stored note; one whose JSON is not an editor state comes back holding its plain text. */
export const noteOf = (row: Row) => repairNote({ json: String(row.note_json ?? ''), text: String(row.note_text ?? '') });

/** The columns of `changes` whose values differ from `row`: an edit that changes nothing writes nothing. */
export function changedColumns(row: Row, changes: Row): Row {
  return Object.fromEntries(Object.entries(changes).filter(([column, value]) => row[column] !== value));
}
