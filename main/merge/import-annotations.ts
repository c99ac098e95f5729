// Importing annotations made in other tools (W3C Web Annotations, Hypothesis) and Pizhu's own W3C
// export into a project as claims, as one undoable edit, with a report: each annotation anchored,
// orphaned (kept, with the passage it quoted, never attached to a lookalike), updated or skipped,
// and why. Tags map to the codebook by name; missing ones are created.
//
// Positions: when the target's source is the very Pizhu revision the article now shows (and its
// hash matches), the positions are trusted first. Any other source counted another text (a web
// page's DOM, an older revision): the quote decides, and its positions only break a tie between
// equally good places.
//
// Importing twice updates instead of duplicating: a claim's id is the exported claim's own id, or
// for a foreign annotation a UUID derived from its id and the article, so the second import finds it.
import { createHash } from 'node:crypto';
import { createAnchorer, type Anchorer, type AnchorResult } from '../../shared/anchoring/reanchor';
import type { TextSelector } from '../../shared/anchoring/selectors';
import { PizhuError } from '../../shared/api/result';
import type { Claim } from '../../shared/domain/claim';
import type { NewEvidenceItem } from '../../shared/domain/evidence';
import type { Author } from '../../shared/domain/project';
import { translate } from '../../shared/i18n';
import { readForeignAnnotations, type ForeignAgent, type ForeignAnnotation, type ImportReport } from '../../shared/merge/web-annotations';
import type { Language } from '../../shared/preferences';
import { CodePointIndex } from '../../shared/text/codepoints';
import { textSha256 } from '../export/w3c-extras';
import { ProjectStore, type BatchOps } from '../project/store';

export interface ImportAnnotationsOptions {
  /** The article to annotate when an annotation does not name one of the project's; may be left out when the project holds one article. */
  articleId?: string;
  lang?: Language;
  /** Who imports; needed when a path is given. */
  author?: Author;
}

export type { ImportOutcome, ImportReport, ImportReportItem } from '../../shared/merge/web-annotations';

/** Colours for tags the import creates, in turn: muted, so they do not shout over the default codebook. */
const NEW_TAG_COLOURS = ['#6b8e23', '#8b6914', '#5f6b8a', '#8a5f7a', '#4f7f7f'];

/** A UUID (version 8, name-based on SHA-256) for a name: the same name always gives the same id. */
export function uuidFor(name: string): string {
  const h = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 32).split('');
  h[12] = '8';
  h[16] = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

interface ArticleText {
  id: string;
  revisionId: string;
  sha256: string;
  index: CodePointIndex;
  anchor: Anchorer;
}

class Importer {
  private readonly texts = new Map<string, ArticleText>();
  private readonly tagCount = { n: 0 };
  private readonly now = new Date().toISOString();
  readonly report: ImportReport = { imported: 0, anchored: 0, orphaned: 0, updated: 0, skipped: 0, tagsCreated: 0, items: [] };

  constructor(
    private readonly store: ProjectStore,
    private readonly ops: BatchOps,
    private readonly lang: Language,
    private readonly fallbackArticle: () => string,
  ) {}

  private t(key: string, vars: Record<string, string | number> = {}): string {
    return translate(this.lang, `annotations.${key}`, vars);
  }

  private textOf(articleId: string): ArticleText {
    let t = this.texts.get(articleId);
    if (!t) {
      const article = this.store.getArticle(articleId);
      const text = article.content.text;
      t = { id: articleId, revisionId: article.revisionId, sha256: textSha256(text), index: new CodePointIndex(text), anchor: createAnchorer(text) };
      this.texts.set(articleId, t);
    }
    return t;
  }

  private articleFor(a: ForeignAnnotation, known: ReadonlySet<string>): string {
    return a.source.articleId && known.has(a.source.articleId) ? a.source.articleId : this.fallbackArticle();
  }

  private tagIds(names: readonly string[]): string[] {
    return [...new Set(names)].map((name) => {
      // listTags is in codebook order, so the first of that name is the one the codebook shows first.
      const found = this.ops.listTags().find((t) => t.name === name);
      if (found) return found.id;
      this.tagCount.n++;
      return this.ops.addTag({ name, color: NEW_TAG_COLOURS[(this.tagCount.n - 1) % NEW_TAG_COLOURS.length]! });
    });
  }

  private anchor(a: ForeignAnnotation, text: ArticleText): AnchorResult {
    const quote: TextSelector = { type: 'TextQuoteSelector', ...a.quote };
    const position: TextSelector | null = a.position ? { type: 'TextPositionSelector', ...a.position } : null;
    const sameText = a.source.revisionId === text.revisionId && (a.source.sha256 === null || a.source.sha256 === text.sha256);
    if (sameText && position) return text.anchor([quote, position]);
    const byQuote = text.anchor([quote]);
    if (byQuote.status === 'orphan' && byQuote.reason === 'ambiguous' && position) {
      const tiebreak = text.anchor([quote, position]);
      if (tiebreak.status === 'anchored') return tiebreak;
    }
    return byQuote;
  }

  private agent(who: ForeignAgent | null): { id: string; name: string } | null {
    if (!who) return null;
    return { id: who.pizhuId ?? uuidFor(`annotation-author:${who.name}`), name: who.name };
  }

  private addEvidence(claimId: string, items: readonly NewEvidenceItem[], existing: readonly { title: string; url: string; quote: string }[]): void {
    const key = (e: { title?: string; url?: string; quote?: string }) => `${e.url ?? ''}\u0000${e.title ?? ''}\u0000${e.quote ?? ''}`;
    const have = new Set(existing.map(key));
    for (const e of items) {
      if (have.has(key(e))) continue;
      have.add(key(e));
      this.ops.addEvidence(claimId, e);
    }
  }

  private update(a: ForeignAnnotation, claim: Claim): void {
    // Pizhu's own export is the claim as it was: its tags replace the claim's. A foreign
    // annotation's tags are added to those the claim has gained here since.
    const ours = a.pizhuClaimId !== null;
    const tagIds = this.tagIds(a.tags);
    this.ops.updateClaim(claim.id, {
      tagIds: ours ? tagIds : [...new Set([...claim.tagIds, ...tagIds])],
      ...(a.note !== claim.note.text ? { note: { json: '', text: a.note } } : {}),
      ...(ours || a.verdict !== null ? { verdict: a.verdict } : {}),
      ...(ours || a.strength !== null ? { strength: a.strength } : {}),
      ...(a.status !== null ? { status: a.status } : {}),
    });
    this.addEvidence(claim.id, a.evidence, this.ops.listEvidence(claim.id));
    this.report.updated++;
    this.report.items.push({ n: a.n, outcome: 'updated', quote: a.quote.exact, reason: this.t('reason.updated'), claimId: claim.id });
  }

  private create(a: ForeignAnnotation, claimId: string | null, articleId: string): void {
    const text = this.textOf(articleId);
    const result = this.anchor(a, text);
    const place = result.status === 'anchored' ? result : (result.best ?? { start: 0, end: Math.min(1, text.index.length) });
    const orphan = result.status === 'orphan';
    // An orphan keeps the passage it quoted in its note, as the only trace of where it belonged.
    const note = orphan ? [`「${a.quote.exact}」`, a.note].filter(Boolean).join('\n') : a.note;
    const exact = text.index.slice(place.start, place.end);
    const before = text.index.slice(Math.max(0, place.start - 32), place.start);
    const after = text.index.slice(place.end, place.end + 32);
    // The annotation's own context is kept when the text around the place agrees with it.
    const keepsContext = !orphan && exact === a.quote.exact && before.endsWith(a.quote.prefix) && after.startsWith(a.quote.suffix);
    const input = {
      articleId,
      anchor: {
        exact,
        prefix: keepsContext ? a.quote.prefix : before,
        suffix: keepsContext ? a.quote.suffix : after,
        start: place.start,
        end: place.end,
      },
      note: { json: '', text: note },
      tagIds: this.tagIds(a.tags),
      verdict: a.verdict,
      strength: a.strength,
      status: a.status ?? 'to-check',
    };
    const creator = this.agent(a.creator);
    const id = claimId
      ? this.ops.importClaim(input, {
          id: claimId,
          createdAt: a.created ?? this.now,
          updatedAt: a.modified ?? a.created ?? this.now,
          ...(creator ? { createdBy: creator, updatedBy: this.agent(a.lastEditor) ?? creator } : {}),
          orphan,
        })
      : this.ops.addClaim(input);
    if (orphan && !claimId) this.ops.updateClaim(id, { orphan: true });
    this.addEvidence(id, a.evidence, []);
    this.report.imported++;
    if (orphan) {
      this.report.orphaned++;
      this.report.items.push({ n: a.n, outcome: 'orphaned', quote: a.quote.exact, reason: this.t(`reason.${result.reason}`), claimId: id });
    } else {
      this.report.anchored++;
      this.report.items.push({ n: a.n, outcome: 'anchored', quote: a.quote.exact, reason: '', claimId: id });
    }
  }

  run(annotations: readonly ForeignAnnotation[]): void {
    const known = new Set(this.store.listArticles().map((a) => a.id));
    for (const a of annotations) {
      const articleId = this.articleFor(a, known);
      const claimId = a.pizhuClaimId ?? (a.foreignId ? uuidFor(`annotation:${articleId}:${a.foreignId}`) : null);
      const existing = claimId ? this.ops.findClaim(claimId) : null;
      if (existing) this.update(a, existing);
      else this.create(a, claimId, articleId);
    }
    this.report.tagsCreated = this.tagCount.n;
  }
}

/** Imports W3C or Hypothesis annotations (parsed JSON) into an open project or a file; returns the report. */
export function importAnnotations(target: string | ProjectStore, json: unknown, opts: ImportAnnotationsOptions = {}): ImportReport {
  const lang = opts.lang ?? 'zh-CN';
  const { annotations, skipped } = readForeignAnnotations(json, lang);
  if (typeof target === 'string' && !opts.author) throw new TypeError('importing into a project file needs the author who imports');
  const store = typeof target === 'string' ? ProjectStore.open(target, { author: opts.author!, lang }) : target;
  try {
    const fallbackArticle = () => {
      if (opts.articleId) return opts.articleId;
      const articles = store.listArticles();
      if (articles.length === 0) throw PizhuError.keyed('invalid-argument', 'merge.noArticle', {}, lang);
      if (articles.length > 1) throw PizhuError.keyed('invalid-argument', 'merge.chooseArticle', {}, lang);
      return articles[0]!.id;
    };
    if (store.listArticles().length === 0) fallbackArticle();
    const report = annotations.length === 0
      ? emptyReport()
      : store.batch('importAnnotations', (ops) => {
          const importer = new Importer(store, ops, lang, fallbackArticle);
          importer.run(annotations);
          return importer.report;
        });
    for (const s of skipped) {
      report.skipped++;
      report.items.push({ n: s.n, outcome: 'skipped', quote: s.detail, reason: translate(lang, `annotations.skip.${s.reason}`, { detail: s.detail }), claimId: null });
    }
    report.items.sort((x, y) => x.n - y.n);
    return report;
  } finally {
    if (typeof target === 'string') store.close();
  }
}

const emptyReport = (): ImportReport => ({ imported: 0, anchored: 0, orphaned: 0, updated: 0, skipped: 0, tagsCreated: 0, items: [] });
