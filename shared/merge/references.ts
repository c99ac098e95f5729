// Which columns point at which records, as a merge sees them (derived from the record graph). A
// merge must not leave a record pointing at one the other side deleted (an evidence item added
// to a claim the other checker removed, a comparison linked to it): the deleted record is kept
// and the deletion becomes a conflict instead.
import { RECORD_GRAPH } from '../domain/record-graph';
import { RECORD_TABLES } from '../domain/tables';

export interface Reference {
  column: string;
  table: string;
}

const reconciled = new Set(RECORD_TABLES);

/** References between the records a merge reconciles (authors and assets come in whole). */
export const REFERENCES: Readonly<Record<string, readonly Reference[]>> = Object.fromEntries(
  RECORD_GRAPH.filter((t) => reconciled.has(t.name))
    .map((t) => [t.name, t.references.filter((r) => reconciled.has(r.table)).map(({ column, table }) => ({ column, table }))] as const)
    .filter(([, refs]) => refs.length > 0),
);

/** The tables and columns that may point at a record of `table`. */
export function referrersOf(table: string): { table: string; column: string }[] {
  const out: { table: string; column: string }[] = [];
  for (const [from, refs] of Object.entries(REFERENCES)) {
    for (const r of refs) if (r.table === table) out.push({ table: from, column: r.column });
  }
  return out;
}
