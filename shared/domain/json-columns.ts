// The JSON columns the record graph declares, validated on write and repaired on read (the way
// excalidraw's `restore` repairs a drawing): a merged copy, an API call or an older build may
// have stored something the app cannot use, and a reader must never throw on it. Repairs keep
// what can be kept: a note that is not a Lexical editor state becomes one holding its plain text.
import { z } from 'zod';
import { BlockSchema, InlineLinkSchema, SourceMetadataSchema, type Block, type InlineLink, type SourceMetadata } from '../article/model';
import type { RichNote } from './claim';
import { ImportInfoSchema, type ImportInfo } from './project';
import type { JsonKind } from './record-graph';

const paragraph = (line: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: line ? [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: line }] : [],
});

/** A plain-text note as the app's note editor stores it: one paragraph per line. */
export function plainNote(text: string): RichNote {
  const root = { type: 'root', version: 1, direction: null, format: '', indent: 0, children: text.split('\n').map(paragraph) };
  return { json: JSON.stringify({ root }), text };
}

// A Lexical node as serialised: a type, and children that are nodes too. Element nodes other
// than the root are not checked field by field: Lexical fills in what its importJSON needs.
interface SerializedNode {
  type: string;
  children?: SerializedNode[];
}
const NodeSchema: z.ZodType<SerializedNode> = z.lazy(() =>
  z.looseObject({ type: z.string().min(1), children: z.array(NodeSchema).optional() }),
);
const EditorStateSchema = z.looseObject({
  root: z.looseObject({ type: z.literal('root'), children: z.array(NodeSchema) }),
});

/** True when `json` is empty (no rich text: the note is its plain text) or a Lexical editor state. */
export function isNoteJson(json: string): boolean {
  if (json === '') return true;
  try {
    return EditorStateSchema.safeParse(JSON.parse(json)).success;
  } catch {
    return false;
  }
}

/** The note as stored, or, when its JSON is not an editor state, one holding its plain text. */
export function repairNote(note: RichNote): RichNote {
  if (isNoteJson(note.json)) return note;
  return note.text ? plainNote(note.text) : { json: '', text: '' };
}

function parsed(json: unknown): unknown {
  try {
    return JSON.parse(String(json));
  } catch {
    return undefined;
  }
}

/** Keeps the entries of a list that are valid; anything that is not a list becomes empty. */
function validEntries<T>(schema: z.ZodType<T>, json: unknown): T[] {
  const value = parsed(json);
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const r = schema.safeParse(v);
    return r.success ? [r.data] : [];
  });
}

function validObject<T>(schema: z.ZodType<T>, json: unknown, empty: T): T {
  const r = schema.safeParse(parsed(json));
  return r.success ? r.data : empty;
}

export const repairBlocks = (json: unknown): Block[] => validEntries(BlockSchema, json);
export const repairLinks = (json: unknown): InlineLink[] => validEntries(InlineLinkSchema, json);
export const repairSource = (json: unknown): SourceMetadata => validObject(SourceMetadataSchema, json, {});
export const repairImportInfo = (json: unknown): ImportInfo => validObject(ImportInfoSchema, json, {});

const LIST_OF: Partial<Record<JsonKind, z.ZodType>> = { blocks: BlockSchema, links: InlineLinkSchema };
const OBJECT_OF: Partial<Record<JsonKind, z.ZodType>> = { source: SourceMetadataSchema, import: ImportInfoSchema };

/** True when a stored JSON column of `kind` would have to be repaired on read (NULL is allowed where the column is). */
export function jsonProblem(kind: JsonKind, value: unknown): boolean {
  if (value === null) return false;
  if (typeof value !== 'string') return true;
  if (kind === 'note') return !isNoteJson(value);
  const data = parsed(value);
  if (data === undefined) return true;
  const item = LIST_OF[kind];
  if (item) return !Array.isArray(data) || data.some((v) => !item.safeParse(v).success);
  const object = OBJECT_OF[kind];
  return object ? !object.safeParse(data).success : false;
}
