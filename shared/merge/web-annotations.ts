// Reading annotations made elsewhere: W3C Web Annotations (an Annotation, a list of them, or an
// AnnotationCollection with its first page) and Hypothesis's API JSON (rows of annotations whose
// targets carry RangeSelector, TextPositionSelector and TextQuoteSelector). Both become the same
// plain record: what was quoted, where, with which tags and note. Pure; anchoring happens later.
import { PizhuError } from '../api/result';
import type { Language } from '../preferences';

export interface ForeignAnnotation {
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** Offsets as the other tool counted them: a hint for re-anchoring, never trusted alone. */
  position: { start: number; end: number } | null;
  tags: string[];
  note: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const hasType = (v: Json, type: string): boolean => asList(v.type).includes(type);

function selectorsOf(target: unknown): Json[] {
  return asList(target).flatMap((t) => (isObject(t) ? asList(t.selector).filter(isObject) : []));
}

function fromSelectors(selectors: Json[]): Pick<ForeignAnnotation, 'quote' | 'position'> {
  const q = selectors.find((s) => s.type === 'TextQuoteSelector' && str(s.exact) !== '');
  const p = selectors.find((s) => s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end));
  return {
    quote: q ? { exact: str(q.exact), prefix: str(q.prefix), suffix: str(q.suffix) } : null,
    position: p && Number(p.end) > Number(p.start) ? { start: Number(p.start), end: Number(p.end) } : null,
  };
}

/** A W3C Annotation: tags from bodies with purpose "tagging", the note from the others. */
function fromW3c(a: Json): ForeignAnnotation {
  const tags: string[] = [];
  const notes: string[] = [];
  if (typeof a.bodyValue === 'string') notes.push(a.bodyValue);
  for (const body of asList(a.body)) {
    if (typeof body === 'string' || !isObject(body)) continue;
    const value = str(body.value).trim();
    if (!value) continue;
    if (asList(body.purpose).includes('tagging')) tags.push(value);
    else notes.push(value);
  }
  return { ...fromSelectors(selectorsOf(a.target)), tags, note: notes.join('\n\n') };
}

/** A Hypothesis annotation: `tags`, `text` as the note; RangeSelector counts DOM nodes and is skipped. */
function fromHypothesis(a: Json): ForeignAnnotation {
  return {
    ...fromSelectors(selectorsOf(a.target)),
    tags: asList(a.tags).map(str).map((t) => t.trim()).filter(Boolean),
    note: str(a.text),
  };
}

function annotationsIn(json: unknown): Json[] | null {
  if (Array.isArray(json)) return json.filter(isObject);
  if (!isObject(json)) return null;
  if (Array.isArray(json.rows)) return json.rows.filter(isObject);
  if (hasType(json, 'AnnotationCollection')) {
    const page = isObject(json.first) ? json.first : json;
    return asList(page.items).filter(isObject);
  }
  if (hasType(json, 'Annotation') || 'target' in json) return [json];
  return null;
}

/** Reads W3C or Hypothesis JSON; refuses anything else with a message in `lang`. */
export function parseForeignAnnotations(json: unknown, lang: Language): ForeignAnnotation[] {
  const items = annotationsIn(json);
  if (!items) {
    throw PizhuError.keyed('invalid-argument', 'merge.badAnnotations', { detail: 'not a W3C Annotation, AnnotationCollection or Hypothesis export' }, lang);
  }
  return items
    .map((a) => (hasType(a, 'Annotation') || 'body' in a || 'bodyValue' in a ? fromW3c(a) : fromHypothesis(a)))
    .filter((a) => a.quote !== null);
}
