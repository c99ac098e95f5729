// The project as a Y.Doc: one top-level Y.Map per synced table, holding each record as a Y.Map
// of its columns by id, with its registers (verdict, status, deletion) and link maps (a claim's
// tags) as keys of that same map (layout.ts). A record's map is made once, by the replica that
// inserts the record; nothing nested is ever made lazily, so two replicas never race to create
// the same map and lose each other's entries. Reading a record gives the row the project file's
// table holds: its columns, each register's current value, its links; null once deleted.
import * as Y from 'yjs';
import { headsOf, inConflict, newestFirst, nextEntry, type Head, type RegisterEntry, type RegisterValue } from './register';
import {
  DELETED,
  LOCAL_COLUMNS,
  REGISTER_FIELDS,
  SYNCED_TABLES,
  WRITE_ONCE,
  isRegister,
  linkMapOf,
  parseRegisterKey,
  registerKey,
  type LinkMap,
} from './layout';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** Who made an edit and when: carried in every register entry and link. */
export interface EditMeta {
  author: string;
  at: string;
}

export interface RecordKey {
  table: string;
  id: string;
}

/** A register whose heads disagree: the same list, in the same order, on every replica. */
export interface Conflict extends RecordKey {
  field: string;
  heads: Head[];
}

type RecordMap = Y.Map<unknown>;

/**
 * Each author's latest edit of a record, kept in the record's map under `~edit:AUTHOR` (only that
 * author writes it, so it never races): the n-th edit and when. A deletion records the stamps it
 * saw; an edit stamped after them, made without seeing the deletion, keeps the record and makes
 * the deletion a conflict instead of losing the edit.
 */
interface EditStamp {
  n: number;
  at: string;
}
const STAMP = '~edit:';

const isLocal = (table: string, column: string) => LOCAL_COLUMNS[table]?.includes(column) ?? false;

export class ProjectDoc {
  private readonly tableOf = new Map<unknown, string>();

  constructor(
    readonly doc: Y.Doc,
    private readonly newId: () => string = () => globalThis.crypto.randomUUID(),
  ) {
    for (const t of SYNCED_TABLES) this.tableOf.set(doc.getMap(t), t);
  }

  /** True when the document holds no record yet (a server's new document, a fresh replica). */
  get empty(): boolean {
    return SYNCED_TABLES.every((t) => this.records(t).size === 0);
  }

  private records(table: string): Y.Map<RecordMap> {
    return this.doc.getMap<RecordMap>(table);
  }

  /**
   * Writes a record's columns (an insert gives them all, an update those it changed): plain
   * columns are set, register columns get an entry over their heads, and a deleted record is
   * brought back. A link row goes into its owner's map.
   */
  write(table: string, id: string, fields: Row, meta: EditMeta): void {
    const link = linkMapOf(table);
    if (link) return this.writeLink(link, id, fields, meta);
    let record = this.records(table).get(id);
    if (!record) {
      record = new Y.Map<unknown>();
      this.records(table).set(id, record);
    } else if (WRITE_ONCE.has(table)) {
      return;
    } else {
      // Only edits of a record already there: whoever deletes a record has seen its insert.
      this.stamp(record, meta);
    }
    for (const [column, value] of Object.entries(fields)) {
      if (isLocal(table, column)) continue;
      if (isRegister(table, column)) this.writeRegister(record, column, value, meta);
      else if (record.get(column) !== value) record.set(column, value);
    }
    if (this.deleted(record)) this.writeRegister(record, DELETED, false, meta);
  }

  /** Deletes a record (its deletion register says so), or takes a link out of its owner's map. */
  remove(table: string, id: string, row: Row, meta: EditMeta): void {
    const link = linkMapOf(table);
    if (link) {
      const owner = this.records(link.owner.table).get(String(row[link.owner.column]));
      const key = link.prefix + String(row[link.key]);
      if (owner && (owner.get(key) as Row | undefined)?.id === id) {
        owner.delete(key);
        // Taking the links out of a record being deleted is part of the deletion, not an edit.
        if (!this.deleted(owner)) this.stamp(owner, meta);
      }
      return;
    }
    const record = this.records(table).get(id);
    // Deleting again what is kept for an unseen edit is a new deletion that has seen it.
    if (record) this.writeRegister(record, DELETED, true, meta, this.unseenEdits(record).length > 0);
  }

  /** Writes the value that settles a register's conflict: its parents are every head. */
  resolve(key: RecordKey, field: string, value: RegisterValue, meta: EditMeta): void {
    const record = this.records(key.table).get(key.id);
    if (!record) throw new Error(`no ${key.table} record ${key.id} in the document`);
    // Settling a deletion against an edit: even "delete" is written, as a deletion that saw the edit.
    this.writeRegister(record, field, value, meta, field === DELETED);
  }

  /** The row the table holds for a record, or null when it is deleted or unknown. */
  /** How many live records (or links, for a link table) a table has in the document. */
  liveCount(table: string): number {
    if (linkMapOf(table)) return this.rows(table).length;
    let n = 0;
    for (const record of this.records(table).values()) if (!this.deleted(record)) n++;
    return n;
  }

  read(table: string, id: string): Row | null {
    const link = linkMapOf(table);
    if (link) return this.links(link).find((r) => r.id === id) ?? null;
    const record = this.records(table).get(id);
    return record && !this.deleted(record) ? this.rowOf(table, record) : null;
  }

  /**
   * The row of a record even when it is deleted: what a replica keeps when a colleague, not
   * knowing of the deletion, still pointed a new record at it (as the file merge keeps it).
   */
  readKept(table: string, id: string): Row | null {
    const record = linkMapOf(table) ? undefined : this.records(table).get(id);
    return record ? this.rowOf(table, record) : this.read(table, id);
  }

  private rowOf(table: string, record: RecordMap): Row {
    const row: Row = {};
    for (const [key, value] of record.entries()) if (!key.startsWith('~')) row[key] = value as Cell;
    for (const field of REGISTER_FIELDS[table] ?? []) row[field] = (this.heads(record, field)[0]?.value ?? null) as Cell;
    return row;
  }

  /** Every live row of a table, by id. */
  rows(table: string): Row[] {
    const link = linkMapOf(table);
    if (link) return this.links(link);
    const ids = [...this.records(table).keys()].sort();
    return ids.map((id) => this.read(table, id)).filter((r): r is Row => r !== null);
  }

  /** The links of a link table, owned by live records only, by id. */
  private links(link: LinkMap, ownerId?: string): Row[] {
    const out: Row[] = [];
    const table = this.records(link.owner.table);
    const owners = ownerId === undefined ? table.values() : [table.get(ownerId)].filter((o) => o !== undefined);
    for (const owner of owners) {
      if (this.deleted(owner)) continue;
      for (const [key, value] of owner.entries()) if (key.startsWith(link.prefix)) out.push(value as Row);
    }
    return out.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  }

  /** The link rows an owner record holds (a claim's tags). */
  linksOf(table: string, ownerId: string): Row[] {
    return this.links(linkMapOf(table)!, ownerId);
  }

  /** The heads of a record's register, newest first. */
  headsOf(key: RecordKey, field: string): Head[] {
    const record = this.records(key.table).get(key.id);
    return record ? this.heads(record, field) : [];
  }

  /** Every entry of a record's register, by id (heads and superseded ones). */
  entriesOf(key: RecordKey, field: string): Map<string, RegisterEntry> {
    const record = this.records(key.table).get(key.id);
    const out = new Map<string, RegisterEntry>();
    if (record) for (const [k, v] of record.entries()) if (parseRegisterKey(k)?.field === field) out.set(parseRegisterKey(k)!.entryId, v as RegisterEntry);
    return out;
  }

  /** Every register in conflict, by table, record and field. */
  conflicts(): Conflict[] {
    const out: Conflict[] = [];
    for (const table of SYNCED_TABLES) {
      for (const [id, record] of [...this.records(table).entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        for (const field of [DELETED, ...(REGISTER_FIELDS[table] ?? [])]) {
          const heads = this.heads(record, field);
          if (inConflict(heads)) out.push({ table, id, field, heads });
          else if (field === DELETED) {
            // Deleted by some, edited by others who had not seen the deletion: each edit is a head "keep".
            const edits = this.unseenEdits(record, heads).map(([author, s]): Head => ({ id: `${STAMP}${author}:${s.n}`, value: false, parents: [], author, at: s.at }));
            if (edits.length) out.push({ table, id, field, heads: newestFirst([...heads, ...edits]) });
          }
        }
      }
    }
    return out;
  }

  /**
   * The records a transaction changed, whatever made it (a remote update, an undo): what the
   * project file's tables must be brought in step with. A changed link names its owner record.
   */
  changedRecords(transaction: Y.Transaction): RecordKey[] {
    const out = new Map<string, RecordKey>();
    const add = (table: string, id: string) => out.set(`${table}\u0000${id}`, { table, id });
    for (const [type, keys] of transaction.changed) {
      const table = this.tableOf.get(type);
      if (table) {
        for (const k of keys) if (k !== null) add(table, k);
        continue;
      }
      const parent = type._item?.parent;
      const parentTable = parent instanceof Y.AbstractType ? this.tableOf.get(parent) : undefined;
      if (parentTable && typeof type._item?.parentSub === 'string') add(parentTable, type._item.parentSub);
    }
    return [...out.values()];
  }

  private deleted(record: RecordMap): boolean {
    const heads = this.heads(record, DELETED);
    // A deletion concurrent with bringing the record back, or with an edit of it, is a conflict;
    // the record stays until someone settles it, so nothing is lost meanwhile.
    return heads.length > 0 && heads.every((h) => h.value === true) && this.unseenEdits(record, heads).length === 0;
  }

  private stamp(record: RecordMap, meta: EditMeta): void {
    const key = STAMP + meta.author;
    const previous = record.get(key) as EditStamp | undefined;
    record.set(key, { n: (previous?.n ?? 0) + 1, at: meta.at } satisfies EditStamp);
  }

  private stamps(record: RecordMap): [string, EditStamp][] {
    const out: [string, EditStamp][] = [];
    for (const [key, value] of record.entries()) if (key.startsWith(STAMP)) out.push([key.slice(STAMP.length), value as EditStamp]);
    return out;
  }

  /** The edits none of the deletion heads saw, when every head says deleted; none otherwise. */
  private unseenEdits(record: RecordMap, heads: readonly Head[] = this.heads(record, DELETED)): [string, EditStamp][] {
    if (!heads.length || heads.some((h) => h.value !== true)) return [];
    const seen = new Map<string, number>();
    for (const h of heads) for (const [author, n] of Object.entries(h.saw ?? {})) seen.set(author, Math.max(seen.get(author) ?? 0, n));
    return this.stamps(record).filter(([author, s]) => s.n > (seen.get(author) ?? 0));
  }

  private heads(record: RecordMap, field: string): Head[] {
    const entries: [string, RegisterEntry][] = [];
    for (const [k, v] of record.entries()) {
      const parsed = parseRegisterKey(k);
      if (parsed?.field === field) entries.push([parsed.entryId, v as RegisterEntry]);
    }
    return headsOf(entries);
  }

  /** `force`: write the entry even when the value is already the only one (a deletion that has seen more edits). */
  private writeRegister(record: RecordMap, field: string, value: unknown, meta: EditMeta, force = false): void {
    const heads = this.heads(record, field);
    let entry = nextEntry(heads, value as RegisterValue, meta.author, meta.at);
    if (!entry && force) entry = { value: value as RegisterValue, parents: heads.map((h) => h.id), author: meta.author, at: meta.at };
    if (!entry) return;
    if (field === DELETED && value === true) entry = { ...entry, saw: Object.fromEntries(this.stamps(record).map(([author, s]) => [author, s.n])) };
    record.set(registerKey(field, this.newId()), entry);
  }

  private writeLink(link: LinkMap, id: string, fields: Row, meta: EditMeta): void {
    const owner = this.records(link.owner.table).get(String(fields[link.owner.column]));
    if (!owner) throw new Error(`a ${link.table} link to a ${link.owner.table} record the document does not hold`);
    const key = link.prefix + String(fields[link.key]);
    const current = owner.get(key) as Row | undefined;
    if (current?.id !== id) {
      owner.set(key, { ...fields });
      this.stamp(owner, meta);
    }
  }
}

