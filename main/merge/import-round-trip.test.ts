// Pizhu's W3C export read back: into a new project holding the same article (opened by someone
// else), the claims come back as they were (verdict, strength, status, tags, notes, evidence, who
// made and last changed them, and when); into the project itself, nothing is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportProject } from '../export';
import { seedProject } from '../export/testing/seed-project';
import { ProjectStore } from '../project/store';
import { CHECKER, tempDir } from '../project/testing/fixtures';
import { importAnnotations } from './import-annotations';

let tmp: ReturnType<typeof tempDir>;
let original: ProjectStore;
let exported: unknown;
beforeAll(async () => {
  tmp = tempDir();
  original = await seedProject(tmp.file('腾讯.pizhu'));
  const [claim] = original.listClaims(original.listArticles()[0]!.id);
  original.addEvidence(claim!.id, { title: '技术报告', url: 'https://arxiv.org/abs/2411.02265', date: '2024-11-05', quote: '389B', stance: 'refutes', reliability: 'mixed', note: { json: '', text: '表 1' } });
  exported = JSON.parse(new TextDecoder().decode((await exportProject(original, { format: 'w3c' })).bytes));
});
afterAll(() => {
  original.close();
  tmp.remove();
});

/** Everything a checker would miss if the round trip lost it. */
function claimsAsTheyAre(store: ProjectStore) {
  const tags = new Map(store.listTags().map((t) => [t.id, t.name]));
  const names = new Map(store.authors().map((a) => [a.id, a.name]));
  const articleId = store.listArticles()[0]!.id;
  return store
    .listClaims(articleId)
    .map((c) => ({
      id: c.id,
      anchor: c.anchor,
      verdict: c.verdict,
      strength: c.strength,
      status: c.status,
      orphan: c.orphan,
      note: c.note.text,
      tags: c.tagIds.map((id) => tags.get(id)).sort(),
      evidence: store.listEvidence(c.id).map(({ title, url, publisher, date, quote, stance, reliability, note }) => ({ title, url, publisher, date, quote, stance, reliability, note: note.text })),
      createdBy: { id: c.createdBy, name: names.get(c.createdBy) },
      updatedBy: { id: c.updatedBy, name: names.get(c.updatedBy) },
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('the W3C export read back', () => {
  it('restores every claim field by field in a new project holding the same article', () => {
    const copy = ProjectStore.create(tmp.file('副本.pizhu'), { title: '副本', author: CHECKER, lang: 'en' });
    try {
      copy.addArticle(original.getArticle(original.listArticles()[0]!.id).content);
      const report = importAnnotations(copy, exported, { lang: 'en' });
      expect(report).toMatchObject({ imported: 5, anchored: 5, orphaned: 0, skipped: 0 });
      expect(claimsAsTheyAre(copy)).toEqual(claimsAsTheyAre(original));
      expect(claimsAsTheyAre(copy).flatMap((c) => c.evidence.map((e) => e.title)).sort()).toEqual(['技术报告', '来源', '来源'].sort());
    } finally {
      copy.close();
    }
  });

  it('changes nothing in the project it came from: each claim is found again, not added twice', () => {
    const before = claimsAsTheyAre(original);
    const report = importAnnotations(original, exported, { lang: 'en' });
    expect(report).toMatchObject({ imported: 0, updated: 5, skipped: 0 });
    expect(claimsAsTheyAre(original)).toEqual(before);
  });
});
