// Importing annotations made in other tools (W3C Web Annotations, Hypothesis) into an article as
// claims. Each is re-anchored in the article's current text with a confidence; one that cannot
// be placed surely is kept as an orphan claim with the passage it quoted, never attached to a
// lookalike. Tags map to the codebook by name; missing ones are created. One undoable edit.
import { createAnchorer } from '../../shared/anchoring/reanchor';
import type { TextSelector } from '../../shared/anchoring/selectors';
import { PizhuError } from '../../shared/api/result';
import type { Author } from '../../shared/domain/project';
import { parseForeignAnnotations, type ForeignAnnotation } from '../../shared/merge/web-annotations';
import type { Language } from '../../shared/preferences';
import { CodePointIndex } from '../../shared/text/codepoints';
import { ProjectStore, type BatchOps } from '../project/store';

export interface ImportAnnotationsOptions {
  /** The article to annotate; may be left out when the project holds one article. */
  articleId?: string;
  lang?: Language;
  /** Who imports; needed when a path is given. */
  author?: Author;
}

export interface ImportCounts {
  imported: number;
  anchored: number;
  orphaned: number;
  tagsCreated: number;
}

/** Colours for tags the import creates, in turn: muted, so they do not shout over the default codebook. */
const NEW_TAG_COLOURS = ['#6b8e23', '#8b6914', '#5f6b8a', '#8a5f7a', '#4f7f7f'];

function selectorsFor(a: ForeignAnnotation): TextSelector[] {
  const out: TextSelector[] = [{ type: 'TextQuoteSelector', ...a.quote! }];
  if (a.position) out.push({ type: 'TextPositionSelector', ...a.position });
  return out;
}

function tagIdsFor(ops: BatchOps, names: readonly string[], created: { n: number }): string[] {
  return names.map((name) => {
    // listTags is in codebook order, so the first of that name is the one the codebook shows first.
    const found = ops.listTags().find((t) => t.name === name);
    if (found) return found.id;
    created.n++;
    return ops.addTag({ name, color: NEW_TAG_COLOURS[(created.n - 1) % NEW_TAG_COLOURS.length]! });
  });
}

function importInto(store: ProjectStore, annotations: readonly ForeignAnnotation[], articleId: string): ImportCounts {
  const text = store.getArticle(articleId).content.text;
  const index = new CodePointIndex(text);
  const anchorer = createAnchorer(text);
  return store.batch('importAnnotations', (ops) => {
    const counts: ImportCounts = { imported: 0, anchored: 0, orphaned: 0, tagsCreated: 0 };
    const created = { n: 0 };
    for (const a of annotations) {
      const result = anchorer(selectorsFor(a));
      const place = result.status === 'anchored' ? result : (result.best ?? { start: 0, end: Math.min(1, index.length) });
      const exact = index.slice(place.start, place.end);
      const orphan = result.status === 'orphan';
      // An orphan keeps the passage it quoted in its note, as the only trace of where it belonged.
      const note = orphan ? [`「${a.quote!.exact}」`, a.note].filter(Boolean).join('\n') : a.note;
      const id = ops.addClaim({
        articleId,
        anchor: { exact, prefix: index.slice(Math.max(0, place.start - 32), place.start), suffix: index.slice(place.end, place.end + 32), start: place.start, end: place.end },
        note: { json: '', text: note },
        tagIds: tagIdsFor(ops, a.tags, created),
      });
      if (orphan) ops.updateClaim(id, { orphan: true });
      counts.imported++;
      if (orphan) counts.orphaned++;
      else counts.anchored++;
    }
    counts.tagsCreated = created.n;
    return counts;
  });
}

/** Imports W3C or Hypothesis annotations (parsed JSON) into an article of an open project or a file. */
export function importAnnotations(target: string | ProjectStore, json: unknown, opts: ImportAnnotationsOptions = {}): ImportCounts {
  const lang = opts.lang ?? 'zh-CN';
  const annotations = parseForeignAnnotations(json, lang);
  if (typeof target === 'string' && !opts.author) throw new TypeError('importing into a project file needs the author who imports');
  const store = typeof target === 'string' ? ProjectStore.open(target, { author: opts.author!, lang }) : target;
  try {
    let articleId = opts.articleId;
    if (!articleId) {
      const articles = store.listArticles();
      if (articles.length === 0) throw PizhuError.keyed('invalid-argument', 'merge.noArticle', {}, lang);
      if (articles.length > 1) throw PizhuError.keyed('invalid-argument', 'merge.chooseArticle', {}, lang);
      articleId = articles[0]!.id;
    }
    return importInto(store, annotations, articleId);
  } finally {
    if (typeof target === 'string') store.close();
  }
}
