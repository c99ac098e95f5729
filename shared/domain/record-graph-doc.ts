// The record graph as documentation: a Mermaid diagram and a table, generated from the
// declaration so docs/project-file.md can never describe other rules than the code follows.
import { ownerPath, RECORD_GRAPH, type ReferenceDecl } from './record-graph';

export const DOC_BEGIN = '<!-- record-graph:begin (generated from shared/domain/record-graph.ts; do not edit by hand) -->';
export const DOC_END = '<!-- record-graph:end -->';

const RULE_WORDS: Record<ReferenceDecl['onDelete'], string> = {
  cascade: 'deleted with it',
  unlink: 'unlinked',
  lift: 'moved up to its parent',
  keep: 'never deleted while used',
};

const refText = (r: ReferenceDecl, link: boolean) =>
  `\`${r.column}\` → \`${r.table}\`: ${r.onDelete === 'unlink' && link ? 'link row deleted' : RULE_WORDS[r.onDelete]}`;

/** The generated section, markers included. */
export function recordGraphDoc(): string {
  const edges = RECORD_GRAPH.flatMap((t) =>
    t.references.filter((r) => r.table !== 'authors').map((r) => `  ${t.name} -- "${r.column}: ${r.onDelete}" --> ${r.table}`),
  );
  const rows = RECORD_GRAPH.map((t) => {
    const refs = t.references.filter((r) => r.table !== 'authors').map((r) => refText(r, Boolean(t.link)));
    const json = Object.entries(t.json).map(([c, kind]) => `\`${c}\` (${kind})`);
    const owner = ownerPath(t.name);
    const logged = t.logged === 'record' ? 'yes' : t.logged === 'conflict' ? 'yes (conflicts)' : t.logged === 'setting' ? 'yes (not merged)' : 'no';
    const also = (t.alsoOwnedThrough ?? []).map((c) => ownerPath(t.references.find((r) => r.column === c)!.table)?.kind);
    const owners = [owner?.kind, ...also].filter(Boolean).join(', ');
    return `| \`${t.name}\` | ${logged} | ${refs.join('; ') || '—'} | ${json.join(', ') || '—'} | ${owners || '—'} |`;
  });
  return [
    DOC_BEGIN,
    '```mermaid',
    'flowchart LR',
    ...edges,
    '```',
    '',
    'Every `created_by`, `updated_by`, `author_id`, `merged_by`, `resolved_by` and `theirs_author_id` also points at `authors` (never deleted while used); the diagram leaves them out.',
    '',
    '| table | logged | points at (column → table: when that record is deleted) | JSON columns | history of |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    DOC_END,
  ].join('\n');
}

/** `doc` with its generated section replaced by the current one. */
export function withRecordGraphDoc(doc: string): string {
  const begin = doc.indexOf(DOC_BEGIN);
  const end = doc.indexOf(DOC_END);
  if (begin < 0 || end < begin) throw new Error('the document has no record-graph section markers');
  return doc.slice(0, begin) + recordGraphDoc() + doc.slice(end + DOC_END.length);
}
