// `check`: a full health check of a project file, read-only. Opening a project only checks what
// the first screen needs; this reads everything, including every asset body.
import { type DatabaseSync } from 'node:sqlite';
import type { Language } from '../../shared/preferences';
import { CodePointIndex } from '../../shared/text/codepoints';
import { anchorProblem } from './claims';
import { sha256Hex } from './assets';
import { phrase, projectError, readError, type FileContext } from './errors';
import { openForReading } from './open-file';
import { PizhuError } from '../../shared/api/result';
import { RECORD_GRAPH, tableDecl } from '../../shared/domain/record-graph';
import { jsonProblem } from '../../shared/domain/json-columns';

export interface CheckFailure {
  kind: 'damaged' | 'integrity' | 'foreign-key' | 'json' | 'asset-hash' | 'anchor';
  message: string;
}

export interface CheckReport {
  file: string;
  ok: boolean;
  failures: CheckFailure[];
  checked: { assets: number; claims: number };
}

/** Checks the project at `path`; throws only when it is missing or not a Pizhu project at all. */
export function checkProject(path: string, { lang = 'zh-CN' }: { lang?: Language } = {}): CheckReport {
  const ctx: FileContext = { file: path, lang };
  const report: CheckReport = { file: path, ok: false, failures: [], checked: { assets: 0, claims: 0 } };
  let reader: ReturnType<typeof openForReading>;
  try {
    // Opens as every reader does: an interrupted write rolled back, a busy writer waited for.
    reader = openForReading(path, ctx);
  } catch (err) {
    if (err instanceof PizhuError && err.code === 'damaged-project') {
      report.failures.push({ kind: 'damaged', message: err.message });
      return report;
    }
    throw err;
  }
  try {
    for (const step of [checkIntegrity, checkReferences, checkJson, checkAssets, checkAnchors]) {
      try {
        step(reader.db, ctx, report);
      } catch (err) {
        const known = readError(ctx, err);
        if (known && known.code !== 'damaged-project') throw known;
        report.failures.push({ kind: 'damaged', message: (known ?? projectError(ctx, 'damaged-project', 'damaged', { detail: String(err) })).message });
        break;
      }
    }
  } finally {
    reader.close();
  }
  report.ok = report.failures.length === 0;
  return report;
}

function checkIntegrity(db: DatabaseSync, ctx: FileContext, report: CheckReport): void {
  for (const row of db.prepare('PRAGMA integrity_check').all()) {
    const detail = String(row.integrity_check);
    if (detail !== 'ok') report.failures.push({ kind: 'integrity', message: phrase(ctx, 'check.integrity', { detail }) });
  }
}

/** The tables and columns this file has (an older file may lack some the graph declares). */
function columnsOf(db: DatabaseSync): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { name } of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all()) {
    const table = String(name);
    out.set(table, new Set(db.prepare(`PRAGMA table_info(${table})`).all().map((c) => String(c.name))));
  }
  return out;
}

/** Every reference the record graph declares points at an existing record, named by its id and column. */
function checkReferences(db: DatabaseSync, ctx: FileContext, report: CheckReport): void {
  const columns = columnsOf(db);
  const table = (name: string) => phrase(ctx, `table.${name}`);
  for (const decl of RECORD_GRAPH) {
    for (const ref of decl.references) {
      if (!columns.get(decl.name)?.has(ref.column) || !columns.has(ref.table)) continue;
      const target = tableDecl(ref.table).key;
      const missing = db.prepare(
        `SELECT ${decl.key} AS id, ${ref.column} AS value FROM ${decl.name} r
         WHERE ${ref.column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${ref.table} t WHERE t.${target} = r.${ref.column})`,
      );
      for (const row of missing.iterate()) {
        report.failures.push({
          kind: 'foreign-key',
          message: phrase(ctx, 'check.reference', {
            table: table(decl.name),
            id: String(row.id),
            column: ref.column,
            target: table(ref.table),
            value: String(row.value),
          }),
        });
      }
    }
  }
}

/** Every JSON column the record graph declares holds what its kind says (notes: an editor state). */
function checkJson(db: DatabaseSync, ctx: FileContext, report: CheckReport): void {
  const columns = columnsOf(db);
  for (const decl of RECORD_GRAPH) {
    for (const [column, kind] of Object.entries(decl.json)) {
      if (!columns.get(decl.name)?.has(column)) continue;
      for (const row of db.prepare(`SELECT ${decl.key} AS id, ${column} AS value FROM ${decl.name}`).iterate()) {
        if (jsonProblem(kind, row.value)) {
          report.failures.push({
            kind: 'json',
            message: phrase(ctx, 'check.json', { table: phrase(ctx, `table.${decl.name}`), id: String(row.id), column, kind }),
          });
        }
      }
    }
  }
}

/** Reads assets one at a time, so memory stays at one asset however big the project is. */
function checkAssets(db: DatabaseSync, ctx: FileContext, report: CheckReport): void {
  const content = db.prepare('SELECT content FROM asset_content WHERE hash = ?');
  for (const { hash } of db.prepare('SELECT hash FROM assets ORDER BY hash').all()) {
    report.checked.assets++;
    const row = content.get(String(hash));
    const actual = row ? sha256Hex(row.content as Uint8Array) : '(missing)';
    if (actual !== hash) {
      report.failures.push({ kind: 'asset-hash', message: phrase(ctx, 'check.assetHash', { hash: String(hash), actual }) });
    }
  }
}

/** Every claim not marked orphan must quote its revision's text at its code-point positions. */
function checkAnchors(db: DatabaseSync, ctx: FileContext, report: CheckReport): void {
  const claims = db.prepare('SELECT id, revision_id, exact, start, end FROM claims WHERE orphan = 0 ORDER BY revision_id');
  const text = db.prepare('SELECT text FROM article_revisions WHERE id = ?');
  let revision: string | null = null;
  let index: CodePointIndex | null = null;
  for (const c of claims.iterate()) {
    report.checked.claims++;
    if (c.revision_id !== revision) {
      revision = String(c.revision_id);
      const row = text.get(revision);
      index = row ? new CodePointIndex(String(row.text)) : null;
    }
    const problem = index
      ? anchorProblem(index, { start: Number(c.start), end: Number(c.end), exact: String(c.exact) })
      : `revision ${revision} is missing`;
    if (problem) report.failures.push({ kind: 'anchor', message: phrase(ctx, 'check.anchor', { id: String(c.id), detail: problem }) });
  }
}
