// Reading annotations made elsewhere, in the shapes tools write them: a W3C Annotation, a list of
// them, an AnnotationPage, an AnnotationCollection with its embedded first page (Pizhu's own W3C
// export among them), the Hypothesis client's "Export annotations" file ({"annotations": […]})
// and the Hypothesis API's search response ({"rows": […]}). Each becomes one plain record (what
// was quoted, where, with which tags, note and judgements) or a skipped entry with its reason.
// Pure; anchoring happens later (main/merge/import-annotations.ts).
//
// Where the quote is: a TextQuoteSelector anywhere in the target's selectors, also inside
// `refinedBy` (a FragmentSelector, CssSelector or XPathSelector refined by a quote) and inside a
// RangeSelector's start and end. RangeSelector and XPathSelector count nodes of the original page,
// so they are never used alone: without a quote the annotation is skipped, with the reason.
import { PizhuError } from '../api/result';
import { idFromUrn } from '../export/pizhu-context';
import { RELIABILITY_VALUES, STANCE_VALUES, STATUS_VALUES, VERDICT_VALUES, type Verdict } from '../domain/scales';
import type { NewEvidenceItem } from '../domain/evidence';
import type { Language } from '../preferences';

export type SkipReason = 'no-target' | 'whole-page' | 'no-quote' | 'image-region' | 'reply';

export interface ForeignSource {
  /** The Pizhu article revision whose text the positions count, when the source names one. */
  revisionId: string | null;
  articleId: string | null;
  sha256: string | null;
  url: string | null;
}

export interface ForeignAgent {
  /** The author's id in a Pizhu project, when the creator is one of Pizhu's. */
  pizhuId: string | null;
  name: string;
}

export interface ForeignAnnotation {
  /** 1-based place in the file, for the report. */
  n: number;
  /** The annotation's own id (a URI, or Hypothesis's id): the key that makes importing twice update. */
  foreignId: string | null;
  /** The claim id, when the annotation is a claim exported by Pizhu. */
  pizhuClaimId: string | null;
  quote: { exact: string; prefix: string; suffix: string };
  /** Offsets as the source counted them: trusted only over the same Pizhu revision. */
  position: { start: number; end: number } | null;
  source: ForeignSource;
  tags: string[];
  note: string;
  verdict: Verdict | null;
  strength: number | null;
  status: (typeof STATUS_VALUES)[number] | null;
  evidence: NewEvidenceItem[];
  creator: ForeignAgent | null;
  lastEditor: ForeignAgent | null;
  created: string | null;
  modified: string | null;
}

export interface SkippedAnnotation {
  n: number;
  foreignId: string | null;
  reason: SkipReason;
  /** What it quoted or pointed at, to recognise it in the report. */
  detail: string;
}

export interface ForeignAnnotations {
  annotations: ForeignAnnotation[];
  skipped: SkippedAnnotation[];
}

/** What an import did with each annotation of a file (the CLI's --json and the app's report). */
export type ImportOutcome = 'anchored' | 'orphaned' | 'updated' | 'skipped';

export interface ImportReportItem {
  /** 1-based place in the file. */
  n: number;
  outcome: ImportOutcome;
  /** The quote, or what was annotated when there is no quote. */
  quote: string;
  /** Why it was orphaned, updated or skipped, in the import's language; empty when anchored. */
  reason: string;
  claimId: string | null;
}

export interface ImportReport {
  /** New claims: anchored + orphaned. */
  imported: number;
  anchored: number;
  orphaned: number;
  /** Claims already in the project (imported before) that the file updated. */
  updated: number;
  skipped: number;
  tagsCreated: number;
  items: ImportReportItem[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const hasType = (v: Json, type: string): boolean => asList(v.type).includes(type) || asList(v['@type']).includes(type);
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | null => (values.includes(v as T) ? (v as T) : null);
const time = (v: unknown): string | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null);

/** Every selector of a target, with those nested in refinedBy and in a RangeSelector's ends. */
function allSelectors(selectors: unknown[], depth = 0): Json[] {
  if (depth > 8) return [];
  return selectors.filter(isObject).flatMap((s) => [
    s,
    ...allSelectors(asList(s.refinedBy), depth + 1),
    ...allSelectors([...asList(s.startSelector), ...asList(s.endSelector)], depth + 1),
  ]);
}

interface TargetRead {
  quote: ForeignAnnotation['quote'] | null;
  position: ForeignAnnotation['position'];
  source: ForeignSource;
  kinds: Set<string>;
  hasSelector: boolean;
}

function sourceOf(target: Json | string): ForeignSource {
  const source = typeof target === 'string' ? target : target.source;
  const node = isObject(source) ? source : null;
  const id = node ? str(node.id ?? node['@id']) : str(source);
  return {
    revisionId: idFromUrn('revision', id),
    articleId: node ? str(node['pizhu:article']) || null : null,
    sha256: node ? str(node['pizhu:sha256']) || null : null,
    url: node ? str(node['pizhu:sourceUrl']) || (id.startsWith('urn:pizhu:') ? null : id || null) : id || null,
  };
}

function readTarget(target: unknown): TargetRead {
  if (typeof target === 'string') return { quote: null, position: null, source: sourceOf(target), kinds: new Set(), hasSelector: false };
  const t = isObject(target) ? target : {};
  const top = asList(t.selector).filter(isObject);
  const all = allSelectors(top);
  const q = all.find((s) => hasType(s, 'TextQuoteSelector') && str(s.exact) !== '');
  // Only a top-level position counts the whole text; one refining another selector counts inside it.
  const p = top.find((s) => hasType(s, 'TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end) && Number(s.end) > Number(s.start));
  return {
    quote: q ? { exact: str(q.exact), prefix: str(q.prefix), suffix: str(q.suffix) } : null,
    position: p ? { start: Number(p.start), end: Number(p.end) } : null,
    source: sourceOf(t),
    kinds: new Set(all.map((s) => str(s.type))),
    hasSelector: top.length > 0,
  };
}

function agentOf(v: unknown): ForeignAgent | null {
  const a = asList(v)[0];
  if (typeof a === 'string') return { pizhuId: idFromUrn('author', a), name: a };
  if (!isObject(a)) return null;
  const name = str(a.name) || str(a.nickname) || str(a.id);
  return name ? { pizhuId: idFromUrn('author', a.id), name } : null;
}

function evidenceOf(v: unknown): NewEvidenceItem[] {
  const items = isObject(v) && Array.isArray(v['@list']) ? v['@list'] : asList(v);
  return items.filter(isObject).map((e) => {
    const field = (k: string) => str(e[`pizhu:${k}`] ?? e[k]);
    const note = field('note');
    return {
      title: field('title'),
      url: field('url'),
      publisher: field('publisher'),
      date: field('date'),
      quote: field('quote'),
      stance: oneOf(STANCE_VALUES, field('stance')) ?? 'context',
      reliability: oneOf(RELIABILITY_VALUES, field('reliability')),
      note: { json: '', text: note },
    };
  });
}

const strengthOf = (v: unknown): number | null => (Number.isInteger(v) && Number(v) >= 0 && Number(v) <= 4 ? Number(v) : null);

/** Bodies: tagging → tags; assessing with Pizhu's values → verdict and strength; the rest → the note. */
function readBodies(a: Json) {
  const tags: string[] = [];
  const notes: string[] = [];
  let verdict: Verdict | null = oneOf(VERDICT_VALUES, a['pizhu:verdict']);
  let strength = strengthOf(a['pizhu:strength']);
  if (typeof a.bodyValue === 'string' && a.bodyValue.trim()) notes.push(a.bodyValue.trim());
  const bodies = asList(a.body).flatMap((b) => (isObject(b) && hasType(b, 'Choice') ? asList(b.items).slice(0, 1) : [b]));
  for (const body of bodies) {
    if (!isObject(body)) continue;
    const value = str(body.value ?? body['rdf:value']).trim();
    const purposes = asList(body.purpose);
    const v = oneOf(VERDICT_VALUES, body['pizhu:verdict']);
    const s = strengthOf(body['pizhu:strength']);
    if (v !== null || s !== null) {
      verdict = v ?? verdict;
      strength = s ?? strength;
    } else if (!value) continue;
    else if (purposes.includes('tagging')) tags.push(value);
    else notes.push(value);
  }
  return { tags, note: notes.join('\n\n'), verdict, strength };
}

function fromW3c(a: Json, n: number): ForeignAnnotation | SkippedAnnotation {
  const foreignId = str(a.id ?? a['@id']) || null;
  const targets = asList(a.target);
  if (targets.length === 0) return { n, foreignId, reason: 'no-target', detail: foreignId ?? '' };
  const reads = targets.map(readTarget);
  const read = reads.find((r) => r.quote) ?? reads[0]!;
  if (!read.quote) return skippedFor(read, n, foreignId);
  const bodies = readBodies(a);
  return {
    n,
    foreignId,
    pizhuClaimId: idFromUrn('claim', foreignId),
    quote: read.quote,
    position: read.position,
    source: { ...read.source, articleId: read.source.articleId ?? (str(a['pizhu:article']) || null) },
    ...bodies,
    status: oneOf(STATUS_VALUES, a['pizhu:status']),
    evidence: evidenceOf(a['pizhu:evidence']),
    creator: agentOf(a.creator),
    lastEditor: agentOf(a['pizhu:lastEditor']),
    created: time(a.created),
    modified: time(a.modified),
  };
}

function skippedFor(read: TargetRead, n: number, foreignId: string | null): SkippedAnnotation {
  const detail = read.source.url ?? foreignId ?? '';
  if (!read.hasSelector) return { n, foreignId, reason: 'whole-page', detail };
  const fragment = [...read.kinds].some((k) => k === 'FragmentSelector' || k === 'SvgSelector');
  return { n, foreignId, reason: fragment && !read.kinds.has('RangeSelector') && !read.kinds.has('XPathSelector') ? 'image-region' : 'no-quote', detail: [...read.kinds].join(', ') };
}

/** A Hypothesis annotation: `text` is the note, `tags` the tags; replies and page notes are skipped. */
function fromHypothesis(a: Json, n: number): ForeignAnnotation | SkippedAnnotation {
  const foreignId = str(a.id) || null;
  if (asList(a.references).length > 0) return { n, foreignId, reason: 'reply', detail: str(a.text).slice(0, 40) };
  const reads = asList(a.target).map(readTarget);
  const read = reads.find((r) => r.quote) ?? reads[0];
  if (!read) return { n, foreignId, reason: 'no-target', detail: foreignId ?? '' };
  if (!read.quote) return skippedFor({ ...read, source: { ...read.source, url: read.source.url ?? (str(a.uri) || null) } }, n, foreignId);
  const info = isObject(a.user_info) ? a.user_info : {};
  const name = str(info.display_name) || str(a.user).replace(/^acct:/, '');
  return {
    n,
    foreignId,
    pizhuClaimId: null,
    quote: read.quote,
    position: read.position,
    source: read.source,
    tags: asList(a.tags).map(str).map((t) => t.trim()).filter(Boolean),
    note: str(a.text),
    verdict: null,
    strength: null,
    status: null,
    evidence: [],
    creator: name ? { pizhuId: null, name } : null,
    lastEditor: null,
    created: time(a.created),
    modified: time(a.updated),
  };
}

/** The annotations a file holds, or null when it is none of the shapes above. */
function annotationsIn(json: unknown): Json[] | null {
  if (Array.isArray(json)) return json.filter(isObject);
  if (!isObject(json)) return null;
  if (Array.isArray(json.rows)) return json.rows.filter(isObject);
  if (Array.isArray(json.annotations)) return json.annotations.filter(isObject);
  if (hasType(json, 'AnnotationCollection')) {
    const pages = asList(json.first).filter(isObject);
    if (pages.length === 0 && json.first !== undefined) return null;
    return pages.flatMap((p) => asList(p.items).filter(isObject));
  }
  if (hasType(json, 'AnnotationPage')) return asList(json.items).filter(isObject);
  if (hasType(json, 'Annotation') || 'target' in json) return [json];
  return null;
}

/** W3C when it says so or has W3C's body keys; else Hypothesis (text, tags, user). */
const isW3c = (a: Json): boolean => hasType(a, 'Annotation') || 'body' in a || 'bodyValue' in a || !('text' in a || 'user' in a || 'uri' in a);

/** Reads W3C or Hypothesis JSON; refuses anything else with a message in `lang`. */
export function readForeignAnnotations(json: unknown, lang: Language): ForeignAnnotations {
  const items = annotationsIn(json);
  if (!items) {
    const detail = isObject(json) && hasType(json, 'AnnotationCollection') ? 'annotationCollectionWithoutPage' : 'notAnnotations';
    throw PizhuError.keyed('invalid-argument', 'merge.badAnnotations', { detail: { key: `annotations.${detail}` } }, lang);
  }
  const out: ForeignAnnotations = { annotations: [], skipped: [] };
  items.forEach((a, i) => {
    const read = isW3c(a) ? fromW3c(a, i + 1) : fromHypothesis(a, i + 1);
    if ('reason' in read) out.skipped.push(read);
    else out.annotations.push(read);
  });
  return out;
}
