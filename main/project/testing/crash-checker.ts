// Test helper for the crash test: a long-lived process that, for each project path it reads on
// stdin, runs the full check and reads what the file holds, each time through a fresh read-only
// connection opened exactly as `pizhu check` opens one (an interrupted save rolled back, a busy
// writer waited for). It answers one JSON line per path: the check's failures and the records.
import { createInterface } from 'node:readline';
import { checkProject } from '../check';
import { openForReading } from '../open-file';

/** What the crash test compares with the writes it saw acknowledged. */
export interface CrashDump {
  failures: string[];
  claims: Record<string, { note: string; tagIds: string[] }>;
  evidence: Record<string, string>;
  comparisons: string[];
  /** Keys of the dismissed suggestions (project settings). */
  dismissed: string[];
  error?: string;
}

function dump(path: string): CrashDump {
  const report = checkProject(path, { lang: 'en' });
  const reader = openForReading(path, { file: path, lang: 'en' });
  try {
    const { db } = reader;
    const claims: CrashDump['claims'] = {};
    for (const r of db.prepare('SELECT id, note_text FROM claims').all()) claims[String(r.id)] = { note: String(r.note_text), tagIds: [] };
    for (const r of db.prepare('SELECT claim_id, tag_id FROM claim_tags ORDER BY claim_id, tag_id').all()) {
      claims[String(r.claim_id)]?.tagIds.push(String(r.tag_id));
    }
    const evidence: CrashDump['evidence'] = {};
    for (const r of db.prepare('SELECT id, quote FROM evidence_items').all()) evidence[String(r.id)] = String(r.quote);
    const comparisons = db.prepare('SELECT id FROM comparisons').all().map((r) => String(r.id));
    const prefix = 'suggestions.dismissed/';
    const dismissed = db
      .prepare('SELECT key FROM settings WHERE substr(key, 1, ?) = ?')
      .all(prefix.length, prefix)
      .map((r) => String(r.key).slice(prefix.length));
    return { failures: report.failures.map((f) => `${f.kind}: ${f.message}`), claims, evidence, comparisons, dismissed };
  } finally {
    reader.close();
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  let answer: CrashDump;
  try {
    answer = dump(line);
  } catch (err) {
    answer = { failures: [], claims: {}, evidence: {}, comparisons: [], dismissed: [], error: err instanceof Error ? err.message : String(err) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
