// Test material for merges: a base project on the sample article, copied the way colleagues
// copy a .pizhu file (a plain file copy), and a way to see a project's claims as plain data.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewImport } from '../import';
import { ProjectStore } from '../project/store';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle } from '../project/testing/fixtures';

export { CHECKER, EDITOR };

/** Creates a project with the sample article and two claims; returns its article id. */
export function makeBase(path: string): { articleId: string; claimIds: string[] } {
  const store = ProjectStore.create(path, { title: '混元核查', author: EDITOR, lang: 'en' });
  try {
    const article = store.addArticle(sampleArticle());
    const claimIds = ['389B', '第 11 位'].map((q) => store.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, q) }).id);
    return { articleId: article.id, claimIds };
  } finally {
    store.close();
  }
}

const SEED = join(import.meta.dirname, '../../fixtures/articles/seed-tencent-ai.txt');

/** Creates a project holding the seed article (through the importer); returns the article and its text. */
export async function makeSeedProject(path: string): Promise<{ articleId: string; text: string }> {
  const preview = await previewImport({ fileName: 'seed-tencent-ai.txt', bytes: new Uint8Array(readFileSync(SEED)), lang: 'zh-CN' });
  const store = ProjectStore.create(path, { title: '腾讯的AI困局', author: EDITOR, lang: 'en' });
  try {
    const article = store.addArticle(preview.content);
    return { articleId: article.id, text: article.content.text };
  } finally {
    store.close();
  }
}

/** A file of annotations made in another tool (fixtures/annotations/). */
export const annotationPath = (name: string): string => join(import.meta.dirname, '../../fixtures/annotations', name);
export const annotationFixture = (name: string): unknown => JSON.parse(readFileSync(annotationPath(name), 'utf8'));

/** Copies a project file as a colleague would receive it. */
export const copyProject = (from: string, to: string): void => copyFileSync(from, to);

/** Opens `path` as `author`, runs `fn` and closes the project again. */
export function editAs<T>(path: string, author: typeof EDITOR, fn: (store: ProjectStore) => T): T {
  const store = ProjectStore.open(path, { author, lang: 'en' });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

/** Everything a checker would miss if a merge lost it, keyed by record id. */
export function contentOf(path: string): Record<string, unknown> {
  return editAs(path, EDITOR, (store) => {
    const out: Record<string, unknown> = {};
    for (const a of store.listArticles()) {
      for (const c of store.listClaims(a.id)) {
        out[c.id] = { verdict: c.verdict, strength: c.strength, note: c.note.text, tags: [...c.tagIds].sort() };
        for (const e of store.listEvidence(c.id)) out[e.id] = { claim: c.id, title: e.title, quote: e.quote };
      }
    }
    for (const t of store.listTags()) out[t.id] = { name: t.name, hotkey: t.hotkey };
    return out;
  });
}

export { anchorOf, SAMPLE_TEXT };
