// Large projects for the history and merge benchmarks, built quickly through the store's batch:
// 200 articles (the seed article's text), CLAIMS claims with a tag each and evidence on every
// other claim, 100 screenshot comparisons, and `rounds` passes of edits over every claim (the
// long history). Also: the same file with its change log written the v3 way (whole rows before
// and after each update), to compare sizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Author } from '../shared/domain/project';
import { ProjectStore, type BatchOps } from '../main/project/store';
import { anchorOf, EDITOR, SAMPLE_TEXT, sampleArticle } from '../main/project/testing/fixtures';

const SEED = readFileSync(join(import.meta.dirname, '../fixtures/articles/seed-tencent-ai.txt'), 'utf8');
const QUOTES = ['389B', '52B', '据报道', '第 11 位', '200 万', '参数规模最大'];
const VERDICTS = ['true', 'mostly-true', 'half-true', 'misleading', 'false'] as const;
const BATCH = 2000;

export interface BuildOptions {
  claims: number;
  articles?: number;
  comparisons?: number;
  /** Passes of edits over every claim before the copies split. */
  rounds?: number;
}

const screenshot = (n: number) => ({ bytes: new Uint8Array([0x89, 0x50, n & 255, n >> 8, 1]), mime: 'image/png', width: 800, height: 600 });
const thumbnail = (n: number) => ({ bytes: new Uint8Array([0x89, 0x50, n & 255, n >> 8, 2]), mime: 'image/png', width: 80, height: 60 });

/** Runs `fn` over `ids` in batches of BATCH edits (one transaction and one undo step each). */
function inBatches(store: ProjectStore, ids: readonly string[], fn: (ops: BatchOps, id: string, i: number) => void): void {
  for (let at = 0; at < ids.length; at += BATCH) {
    store.batch('bench', (ops) => ids.slice(at, at + BATCH).forEach((id, k) => fn(ops, id, at + k)));
  }
}

export function buildProject(path: string, { claims, articles = 200, comparisons = 100, rounds = 0 }: BuildOptions): void {
  const store = ProjectStore.create(path, { title: 'bench', author: EDITOR });
  try {
    const text = `${SAMPLE_TEXT}\n${SEED}`;
    const anchors = QUOTES.map((q) => anchorOf(text, q));
    const articleIds = Array.from({ length: articles }, (_, i) => store.addArticle({ ...sampleArticle(text), title: `文章 ${i}` }).id);
    const tags = store.listTags().map((t) => t.id);
    const ids: string[] = [];
    for (let at = 0; at < claims; at += BATCH) {
      store.batch('bench', (ops) => {
        for (let i = at; i < Math.min(claims, at + BATCH); i++) {
          const id = ops.addClaim({
            articleId: articleIds[i % articles]!,
            anchor: anchors[i % anchors.length]!,
            strength: i % 5,
            tagIds: [tags[i % tags.length]!],
            note: { json: '', text: `核查记录 ${i}:参数口径待确认 𠮷` },
          });
          if (i % 2 === 0) ops.addEvidence(id, { title: `来源 ${i}`, url: `https://example.com/${i}`, quote: '总参数量 389B', stance: 'supports' });
          ids.push(id);
        }
      });
    }
    for (let c = 0; c < comparisons; c++) {
      const a = store.addScreenshot(screenshot(2 * c), thumbnail(2 * c));
      const b = store.addScreenshot(screenshot(2 * c + 1), thumbnail(2 * c + 1));
      store.addComparison({
        title: `对比 ${c}`,
        claimIds: [ids[(c * 37) % ids.length]!],
        items: [{ assetHash: a.hash, thumbnailHash: a.thumbnailHash, label: '原文' }, { assetHash: b.hash, thumbnailHash: b.thumbnailHash, label: '核查' }],
      });
    }
    for (let r = 0; r < rounds; r++) {
      inBatches(store, ids, (ops, id, i) =>
        ops.updateClaim(id, { verdict: VERDICTS[(i + r) % VERDICTS.length]!, strength: (i + r) % 5, note: { json: '', text: `第 ${r} 轮复核 ${i}` } }),
      );
    }
  } finally {
    store.close();
  }
}

/** The claims of a project, oldest first. */
export function claimIds(path: string): string[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return db.prepare('SELECT id FROM claims ORDER BY created_at, id').all().map((r) => String(r.id));
  } finally {
    db.close();
  }
}

/** Changes `count` claims from `first` on, as one person working through them (one undo step per 2,000). */
export function changeClaims(path: string, author: Author, ids: readonly string[], patch: (i: number) => Parameters<BatchOps['updateClaim']>[1]): void {
  const store = ProjectStore.open(path, { author });
  try {
    inBatches(store, ids, (ops, id, i) => ops.updateClaim(id, patch(i)));
  } finally {
    store.close();
  }
}

/**
 * Rewrites the change log of the project at `path` (a copy) the v3 way: each update's before and
 * after as whole rows, each row with its action, author and time, no owner columns or chain; then
 * compacts it. Replays the log to know the
 * whole rows.
 */
export function toV3Log(path: string): void {
  const db = new DatabaseSync(path);
  try {
    const state = new Map<string, Record<string, unknown>>();
    db.exec(`CREATE TABLE change_log_v3 (
      id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL UNIQUE, group_id TEXT NOT NULL, action TEXT NOT NULL,
      author_id TEXT NOT NULL, at TEXT NOT NULL, table_name TEXT NOT NULL, record_id TEXT NOT NULL, op TEXT NOT NULL,
      before_json TEXT, after_json TEXT) STRICT`);
    const insert = db.prepare('INSERT INTO change_log_v3 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    db.exec('BEGIN');
    const rows = db.prepare(`SELECT l.id, l.seq, g.id AS group_id, g.action, g.author_id, g.at, l.table_name, l.record_id, l.op, l.before_json, l.after_json
      FROM change_log l JOIN change_groups g ON g.no = l.group_no ORDER BY l.seq`);
    for (const r of rows.iterate()) {
      const key = `${r.table_name}/${r.record_id}`;
      let before = r.before_json === null ? null : JSON.parse(String(r.before_json));
      let after = r.after_json === null ? null : JSON.parse(String(r.after_json));
      if (r.op === 'update') {
        const whole = state.get(key) ?? {};
        before = { ...whole, ...before };
        after = { ...whole, ...after };
      }
      if (after) state.set(key, after);
      else state.delete(key);
      insert.run(r.id as string, r.seq as number, r.group_id as string, r.action as string, r.author_id as string, r.at as string,
        r.table_name as string, r.record_id as string, r.op as string, before && JSON.stringify(before), after && JSON.stringify(after));
    }
    db.exec(`DROP TABLE change_log; DROP TABLE change_groups; ALTER TABLE change_log_v3 RENAME TO change_log;
      CREATE INDEX change_log_by_group ON change_log (group_id);
      CREATE INDEX change_log_by_record ON change_log (table_name, record_id);
      COMMIT; VACUUM;`);
  } finally {
    db.close();
  }
}

/** Makes a file with a v3 log (toV3Log) a v3 project again: the old comparisons column and version. */
export function markAsV3(path: string): void {
  const db = new DatabaseSync(path);
  try {
    // What v5 (sync tables) and v6 (settings) add goes too, so that the migrations find a v3 file.
    db.exec(`ALTER TABLE comparisons ADD COLUMN claim_id TEXT REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED;
      DROP TABLE IF EXISTS sync_uploads; DROP TABLE IF EXISTS sync_updates; DROP TABLE IF EXISTS settings;
      PRAGMA user_version = 3;`);
  } finally {
    db.close();
  }
}

/** The v3 way of finding a claim's history: every tag, evidence and link row opened as JSON. */
export const V3_CLAIM_HISTORY_SQL = `SELECT l.at, l.author_id, coalesce(a.name, l.author_id) AS author_name, l.action, l.table_name, l.op, l.before_json, l.after_json
     FROM change_log l LEFT JOIN authors a ON a.id = l.author_id
     WHERE (l.table_name = 'claims' AND l.record_id = ?1)
        OR (l.table_name IN ('claim_tags', 'evidence_items', 'claim_comparisons')
            AND (json_extract(l.after_json, '$.claim_id') = ?1 OR json_extract(l.before_json, '$.claim_id') = ?1))
     ORDER BY l.seq DESC LIMIT ?2`;
