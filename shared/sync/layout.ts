// How each table of the project file lives in the shared Y.Doc, and the concurrency rule of
// every field, declared once (docs/sync.md explains them). Each synced table is a top-level
// Y.Map of records by id; a record is a Y.Map of its columns. What two replicas editing the same
// thing at the same time get is decided here, never left to Yjs's client-id tiebreak by accident:
// - register fields (a claim's verdict and status) and every record's deletion are multi-value
//   registers: concurrent different values are a conflict shown to people;
// - link maps (a claim's tags) are maps keyed by the linked record: adding the same tag twice is
//   one link, and an add concurrent with a removal of the link keeps it (Y.Map: a delete only
//   removes what it saw);
// - write-once tables (article revisions) are never changed after their insert, so a claim's
//   anchor (code points into a revision's text) always means the same text;
// - every other column is last-writer-wins per field: two people changing different fields of a
//   record both keep their change; two changing the same plain field (a title, an evidence URL,
//   an order) get one of the two values, the same one everywhere.
import { RECORD_TABLES } from '../domain/tables';

/**
 * Tables whose rows are records in the document: authors (id and name), assets (metadata by hash;
 * the bytes go through the server's asset route) and the logged record tables. merge_conflicts
 * stays local to a file merge; claim_tags lives in its claims (LINK_MAPS).
 */
export const SYNCED_TABLES: readonly string[] = ['authors', 'assets', ...RECORD_TABLES.filter((t) => t !== 'claim_tags')];

/** Columns that are multi-value registers, by table. */
export const REGISTER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  claims: ['verdict', 'status'],
};

/** Tables whose records are written once and never changed. */
export const WRITE_ONCE: ReadonlySet<string> = new Set(['article_revisions', 'assets']);

/**
 * A link table kept inside the records of one end as a map keyed by the other end: the owner
 * record's Y.Map holds the link row under `prefix + key column's value`.
 */
export interface LinkMap {
  table: string;
  /** The table whose records hold the links, and the link's column pointing at them. */
  owner: { table: string; column: string };
  /** The link's column pointing at the other end: the map's key. */
  key: string;
  prefix: string;
}

export const LINK_MAPS: readonly LinkMap[] = [
  { table: 'claim_tags', owner: { table: 'claims', column: 'claim_id' }, key: 'tag_id', prefix: '~tag:' },
];

/** The register field that says whether a record is deleted. */
export const DELETED = '~deleted';

/** The record map key of a register entry: registers live as keys of the record's own map. */
export const registerKey = (field: string, entryId: string): string => `~r:${field}:${entryId}`;

/** The field and entry id of a register key, or null for any other key. */
export function parseRegisterKey(key: string): { field: string; entryId: string } | null {
  if (!key.startsWith('~r:')) return null;
  const colon = key.indexOf(':', 3);
  return { field: key.slice(3, colon), entryId: key.slice(colon + 1) };
}

/** Columns that are only local to a file (when an author was first and last seen there). */
export const LOCAL_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  authors: ['first_seen_at', 'last_seen_at'],
};

export const isRegister = (table: string, column: string): boolean => REGISTER_FIELDS[table]?.includes(column) ?? false;

export const linkMapOf = (table: string): LinkMap | undefined => LINK_MAPS.find((l) => l.table === table);

/** True for a record map key that is not a column (a register's internals, a link map). */
export const isInternalKey = (key: string): boolean => key.startsWith('~');
