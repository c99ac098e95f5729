// Project files made by earlier versions of Pizhu (fixtures/projects/vN.pizhu, each made once by
// the code of its version) open in this version: migrated to the current schema, they have
// exactly the schema of a new file, hold the same records as a new file given the same edits,
// and pass the full check. The expected side is always today's code, so a new migration is
// covered as soon as it is added.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { ProjectStore } from './store';
import { checkProject } from './check';
import { SCHEMA_VERSION } from './format';
import { sha256OfFile, tempDir } from './testing/fixtures';
import { AUTHOR, fillProject, type OldStore } from '../../fixtures/projects/make-old-project';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const fixture = (version: number) => fileURLToPath(new URL(`../../fixtures/projects/v${version}.pizhu`, import.meta.url));

/** The schema as SQLite records it, whitespace normalised, without page numbers. */
function schemaOf(path: string): { version: number; applicationId: number; objects: string[] } {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const objects = db
      .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all()
      .map((r) => `${String(r.type)} ${String(r.name)} ON ${String(r.tbl_name)}: ${String(r.sql).replace(/\s+/g, ' ').trim()}`);
    return {
      version: Number(db.prepare('PRAGMA user_version').get()!.user_version),
      applicationId: Number(db.prepare('PRAGMA application_id').get()!.application_id),
      objects,
    };
  } finally {
    db.close();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** Replaces record ids by their order of first appearance and times by a mark, so two files compare by content. */
function normalise(value: unknown, ids = new Map<string, string>()): unknown {
  if (typeof value === 'string') {
    if (value === AUTHOR.id) return 'author';
    if (UUID.test(value)) {
      if (!ids.has(value)) ids.set(value, `id${ids.size}`);
      return ids.get(value);
    }
    return TIME.test(value) ? 'time' : value;
  }
  if (Array.isArray(value)) return value.map((v) => normalise(v, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, ids)]));
  return value;
}

/** Everything a user can see of the project, through today's store. */
function contentOf(path: string): unknown {
  const store = ProjectStore.open(path, { author: AUTHOR, readOnly: true });
  try {
    const tagName = new Map(store.listTags().map((t) => [t.id, t.name]));
    const articles = store.listArticles().map((a) => {
      const article = store.getArticle(a.id);
      const claims = store.listClaims(a.id).map((c) => ({
        ...c,
        tagIds: c.tagIds.map((id) => tagName.get(id)).sort(),
        evidence: store.listEvidence(c.id),
      }));
      return { article, claims };
    });
    const { fileBytes: _fileBytes, ...stats } = store.stats();
    return normalise({
      title: store.info().title,
      authors: store.authors(),
      stats,
      articles,
      comparisons: store.listComparisons(),
      // How the log reads through the store, not how it is stored: a later schema may keep it otherwise.
      changes: store.changes({ limit: 1000 }).map((c) => `${c.action} ${c.table} ${c.op}`),
    });
  } finally {
    store.close();
  }
}

describe.each([1, 2, 3, 4, 5])('a project saved by Pizhu with schema version %i', (version) => {
  it('opens, migrates to the current version with the schema of a new file, keeps every record and passes check', () => {
    const path = tmp.file(`v${version}.pizhu`);
    copyFileSync(fixture(version), path);
    expect(schemaOf(path).version).toBe(version);

    const store = ProjectStore.open(path, { author: AUTHOR });
    expect(store.readOnly).toBe(false);
    expect(store.info().schemaVersion).toBe(SCHEMA_VERSION);
    store.close();

    const fresh = tmp.file('fresh.pizhu');
    const made = ProjectStore.create(fresh, { title: `旧版项目 v${version}`, author: AUTHOR });
    fillProject(made as unknown as OldStore, version);
    made.close();

    expect(schemaOf(path)).toEqual(schemaOf(fresh));
    expect(contentOf(path)).toEqual(contentOf(fresh));
    expect(checkProject(path)).toMatchObject({ ok: true, failures: [] });
  });

  it('is left byte-identical when only read', () => {
    const path = tmp.file(`v${version}.pizhu`);
    copyFileSync(fixture(version), path);
    const before = sha256OfFile(path);
    const reader = ProjectStore.open(path, { author: AUTHOR, readOnly: true });
    expect(reader.listArticles()).toHaveLength(1);
    reader.close();
    expect(checkProject(path).ok).toBe(true);
    expect(sha256OfFile(path)).toBe(before);
  });
});

describe('the migrations that made those files', () => {
  it('are frozen: v1 to v3, v5 and v6 import nothing from today’s code, so a changed constant cannot change them', () => {
    for (const version of [1, 2, 3, 5, 6]) {
      const source = readFileSync(fileURLToPath(new URL(`./migrations/v${version}.ts`, import.meta.url)), 'utf8');
      const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
      expect(imports, `v${version}`).toEqual(['node:sqlite']);
    }
  });
});
