// Which records a change belongs to: the claim, comparison and article whose history it is part
// of, as the record graph declares (a table's `owner`, followed through the columns it names, and
// its `alsoOwnedThrough` columns). The change log stores these beside each change, in indexed
// columns, so a claim's history is read by index instead of by opening every logged row.
import { RECORD_GRAPH, tableDecl, type OwnerKind, type TableDecl } from '../../shared/domain/record-graph';
import type { Row } from './sql';

export interface Owners {
  claimId: string | null;
  comparisonId: string | null;
  articleId: string | null;
}

const FIELD: Record<OwnerKind, keyof Owners> = { claim: 'claimId', comparison: 'comparisonId', article: 'articleId' };
const DECLARED = new Set(RECORD_GRAPH.map((t) => t.name));

type Find = (table: string, id: string) => Row | undefined;

/** The record whose history `row` of `decl` belongs to; `find` reads the rows followed to reach it. */
function ownerOf(decl: TableDecl, row: Row, find: Find): { kind: OwnerKind; id: string } | null {
  const owner = decl.owner;
  if (owner === null) return null;
  if ('self' in owner) return { kind: owner.self, id: String(row[decl.key]) };
  return ownerThrough(decl, owner.through, row, find);
}

/** The owner of the row that `column` of `row` points at. */
function ownerThrough(decl: TableDecl, column: string, row: Row, find: Find): { kind: OwnerKind; id: string } | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  const target = tableDecl(decl.references.find((r) => r.column === column)!.table);
  // A target that is its own owner needs no read: the column holds the owner's id.
  if (target.owner && 'self' in target.owner) return { kind: target.owner.self, id: String(value) };
  const targetRow = find(target.name, String(value));
  return targetRow ? ownerOf(target, targetRow, find) : null;
}

/** The owners of `row` of `table`; `find` reads a current record (a region's comparison is its screenshot's). */
export function ownersOf(table: string, row: Row, find: Find): Owners {
  const owners: Owners = { claimId: null, comparisonId: null, articleId: null };
  if (!DECLARED.has(table)) return owners;
  const decl = tableDecl(table);
  const found = [ownerOf(decl, row, find), ...(decl.alsoOwnedThrough ?? []).map((c) => ownerThrough(decl, c, row, find))];
  for (const o of found) if (o) owners[FIELD[o.kind]] = o.id;
  return owners;
}
