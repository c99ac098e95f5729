// The record graph of a project file, declared once: every table, which columns point at which
// records and what deleting the record pointed at does to them, which columns hold JSON, and
// which record (claim, comparison, article) a row belongs to in history. Deleting records, the
// merge's reference rules, the change log's table lists and `pizhu check` are all derived from
// this declaration; a test holds it against the foreign keys of a freshly migrated file.

/**
 * What deleting the record a column points at does to the row holding the column:
 * - `cascade`: the row is deleted too, with whatever hangs off it;
 * - `unlink`: the link is undone: the column becomes NULL, or, in a link table, the link row goes;
 * - `lift`: (a table pointing at itself) the row takes over the deleted record's own value of the
 *   column, as a subtag moves up to its parent's parent;
 * - `keep`: the record pointed at is never deleted while the row points at it (authors, assets).
 */
export type DeleteRule = 'cascade' | 'unlink' | 'lift' | 'keep';

export interface ReferenceDecl {
  column: string;
  table: string;
  onDelete: DeleteRule;
}

/** What a JSON column holds, so it can be validated on write and repaired on read. */
export type JsonKind = 'note' | 'blocks' | 'links' | 'source' | 'import' | 'row' | 'value';

/** The record a row's history belongs to. */
export type OwnerKind = 'claim' | 'comparison' | 'article';

export interface TableDecl {
  name: string;
  /** Primary key column: a UUID `id`, the content hash of an asset, or a change group's or sync update's number. */
  key: 'id' | 'hash' | 'no';
  /**
   * `record`: edits change it through the change log and merges reconcile it; `conflict`: the
   * merge's own logged conflict records; `setting`: the project's settings, edited through the
   * change log (so undo and crash rules hold) but neither merged nor synced yet; false: written
   * outside the change log.
   */
  logged: 'record' | 'conflict' | 'setting' | false;
  /** A table whose rows only join two records (deleting either end deletes the row). */
  link?: true;
  references: readonly ReferenceDecl[];
  json: Readonly<Record<string, JsonKind>>;
  /** Whose history a row is part of: itself (`self`), or that of the row a column points at. */
  owner: { self: OwnerKind } | { through: string } | null;
  /** Columns whose target's owner also files the row in its history (a link row, say, in both ends'). */
  alsoOwnedThrough?: readonly string[];
}

const keep = (column: string, table = 'authors'): ReferenceDecl => ({ column, table, onDelete: 'keep' });
const created = [keep('created_by')];
const stamped = [keep('created_by'), keep('updated_by')];

export const RECORD_GRAPH: readonly TableDecl[] = [
  { name: 'authors', key: 'id', logged: false, references: [], json: {}, owner: null },
  { name: 'project', key: 'id', logged: 'record', references: created, json: {}, owner: null },
  { name: 'assets', key: 'hash', logged: false, references: created, json: {}, owner: null },
  { name: 'asset_content', key: 'hash', logged: false, references: [keep('hash', 'assets')], json: {}, owner: null },
  {
    name: 'articles',
    key: 'id',
    logged: 'record',
    references: [{ column: 'current_revision_id', table: 'article_revisions', onDelete: 'unlink' }, ...created],
    json: {},
    owner: { self: 'article' },
  },
  {
    name: 'article_revisions',
    key: 'id',
    logged: 'record',
    references: [
      { column: 'article_id', table: 'articles', onDelete: 'cascade' },
      keep('original_asset_hash', 'assets'),
      ...created,
    ],
    json: { blocks_json: 'blocks', links_json: 'links', source_json: 'source', import_json: 'import' },
    owner: { through: 'article_id' },
  },
  {
    name: 'claims',
    key: 'id',
    logged: 'record',
    references: [
      { column: 'article_id', table: 'articles', onDelete: 'cascade' },
      { column: 'revision_id', table: 'article_revisions', onDelete: 'cascade' },
      ...stamped,
    ],
    json: { note_json: 'note' },
    owner: { self: 'claim' },
  },
  {
    name: 'tags',
    key: 'id',
    logged: 'record',
    references: [{ column: 'parent_id', table: 'tags', onDelete: 'lift' }, ...created],
    json: {},
    owner: null,
  },
  {
    name: 'claim_tags',
    key: 'id',
    logged: 'record',
    link: true,
    references: [
      { column: 'claim_id', table: 'claims', onDelete: 'unlink' },
      { column: 'tag_id', table: 'tags', onDelete: 'unlink' },
      ...created,
    ],
    json: {},
    owner: { through: 'claim_id' },
  },
  {
    name: 'evidence_items',
    key: 'id',
    logged: 'record',
    references: [{ column: 'claim_id', table: 'claims', onDelete: 'cascade' }, ...stamped],
    json: { note_json: 'note' },
    owner: { through: 'claim_id' },
  },
  {
    name: 'comparisons',
    key: 'id',
    logged: 'record',
    references: [
      { column: 'article_id', table: 'articles', onDelete: 'unlink' },
      ...created,
    ],
    json: { note_json: 'note' },
    owner: { self: 'comparison' },
    alsoOwnedThrough: ['article_id'],
  },
  {
    name: 'comparison_items',
    key: 'id',
    logged: 'record',
    references: [
      { column: 'comparison_id', table: 'comparisons', onDelete: 'cascade' },
      keep('asset_hash', 'assets'),
      keep('thumbnail_hash', 'assets'),
    ],
    json: {},
    owner: { through: 'comparison_id' },
  },
  {
    name: 'regions',
    key: 'id',
    logged: 'record',
    references: [
      { column: 'item_id', table: 'comparison_items', onDelete: 'cascade' },
      { column: 'claim_id', table: 'claims', onDelete: 'unlink' },
    ],
    json: { note_json: 'note' },
    owner: { through: 'item_id' },
  },
  {
    name: 'claim_comparisons',
    key: 'id',
    logged: 'record',
    link: true,
    references: [
      { column: 'claim_id', table: 'claims', onDelete: 'unlink' },
      { column: 'comparison_id', table: 'comparisons', onDelete: 'unlink' },
      ...created,
    ],
    json: {},
    owner: { through: 'claim_id' },
    alsoOwnedThrough: ['comparison_id'],
  },
  {
    name: 'change_groups',
    key: 'no',
    logged: false,
    references: [keep('author_id')],
    json: {},
    owner: null,
  },
  {
    name: 'change_log',
    key: 'id',
    logged: false,
    references: [keep('group_no', 'change_groups')],
    json: { before_json: 'row', after_json: 'row' },
    owner: null,
  },
  {
    name: 'merge_conflicts',
    key: 'id',
    logged: 'conflict',
    references: [keep('theirs_author_id'), keep('merged_by'), keep('resolved_by')],
    json: { mine_json: 'value', theirs_json: 'value' },
    owner: null,
  },
  { name: 'sync_updates', key: 'no', logged: false, references: [], json: {}, owner: null },
  { name: 'sync_uploads', key: 'hash', logged: false, references: [], json: {}, owner: null },
  { name: 'settings', key: 'id', logged: 'setting', references: [keep('updated_by')], json: { value_json: 'value' }, owner: null },
];

const BY_NAME = new Map(RECORD_GRAPH.map((t) => [t.name, t]));

export function tableDecl(name: string): TableDecl {
  const decl = BY_NAME.get(name);
  if (!decl) throw new Error(`not a table of the record graph: ${name}`);
  return decl;
}

export interface Referrer extends ReferenceDecl {
  /** The table holding the column. */
  from: string;
}

/** Every column, in any table, that points at records of `table`, with its delete rule. */
export function referrersOf(table: string): Referrer[] {
  return RECORD_GRAPH.flatMap((t) => t.references.filter((r) => r.table === table).map((r) => ({ ...r, from: t.name })));
}

/** The record whose history a row of `table` is part of, and the columns followed to reach it. */
export function ownerPath(table: string): { kind: OwnerKind; columns: { table: string; column: string }[] } | null {
  const columns: { table: string; column: string }[] = [];
  for (let decl = tableDecl(table); ; ) {
    const owner = decl.owner;
    if (owner === null) return null;
    if ('self' in owner) return { kind: owner.self, columns };
    const ref = decl.references.find((r) => r.column === owner.through)!;
    columns.push({ table: decl.name, column: owner.through });
    decl = tableDecl(ref.table);
  }
}
