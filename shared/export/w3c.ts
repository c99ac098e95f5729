// W3C Web Annotation export: one AnnotationCollection (with an id, its one AnnotationPage
// embedded with an id too), one Annotation per claim, written to hold every MUST of the W3C
// annotation-model test suite (main/export/w3c-conformance.test.ts runs the suite's schemas).
//
// What a generic annotation tool sees: bodies with a purpose, all TextualBody values it can show:
// `tagging` for each tag, `commenting` for the note, `assessing` for the verdict and for the
// evidence strength (the label in the export's language as the value, the stable value as
// pizhu:verdict / pizhu:strength). A claim with nothing to say has no `body` at all (never `[]`).
//
// The target names the exact text the positions count: its source is the article revision
// (urn:pizhu:revision:ID, type Text, with pizhu:sha256 of that text), not the web page, whose URL
// is kept as pizhu:sourceUrl. Selectors: TextQuoteSelector and TextPositionSelector in code points.
// Pizhu's own terms are declared inline in the @context (pizhu-context.ts).
import { STRENGTHS, VERDICTS } from '../domain/scales';
import type { ExportArticle, ExportClaim, ExportDocument } from './document';
import { labels } from './labels';
import { urn, W3C_EXPORT_CONTEXT } from './pizhu-context';

/** Who made and who last changed a claim: the project's author ids and names. */
export interface ClaimAuthorship {
  createdBy: { id: string; name: string };
  updatedBy: { id: string; name: string };
}

/** What the export document does not carry and the W3C export names: text hashes and author ids. */
export interface W3CExtras {
  /** SHA-256 (hex) of each exported revision's text, by revision id. */
  textSha256?: ReadonlyMap<string, string>;
  /** By claim id; left out when the export leaves author names out. */
  authorship?: ReadonlyMap<string, ClaimAuthorship>;
}

const person = (a: { id: string; name: string }) => ({ type: 'Person', id: urn.author(a.id), name: a.name });

function sourceOf(a: ExportArticle, extras: W3CExtras): object {
  const hash = extras.textSha256?.get(a.revisionId);
  return {
    id: urn.revision(a.revisionId),
    type: 'Text',
    format: 'text/plain',
    'pizhu:article': a.id,
    ...(hash ? { 'pizhu:sha256': hash } : {}),
    ...(a.content.source.url ? { 'pizhu:sourceUrl': a.content.source.url } : {}),
  };
}

function bodiesOf(c: ExportClaim, doc: ExportDocument): object[] {
  const lang = doc.options.lang;
  const l = labels(lang);
  const colon = lang === 'en' ? ': ' : '：';
  const textual = (purpose: string, value: string, extra: object = {}) => ({ type: 'TextualBody', purpose, value, format: 'text/plain', language: lang, ...extra });
  const bodies = c.tags.map((t) => ({ type: 'TextualBody', purpose: 'tagging', value: t.name }));
  if (c.note) bodies.push(textual('commenting', c.note));
  if (c.verdict !== null && VERDICTS.some((v) => v.value === c.verdict)) {
    bodies.push(textual('assessing', `${l.t('verdict')}${colon}${l.verdict(c.verdict)}`, { 'pizhu:verdict': c.verdict }));
  }
  if (c.strength !== null && STRENGTHS.some((s) => s.value === c.strength)) {
    bodies.push(textual('assessing', `${l.t('strength')}${colon}${l.strength(c.strength)}`, { 'pizhu:strength': c.strength }));
  }
  return bodies;
}

/** Evidence items with every field under pizhu:, empty and unknown values left out (JSON-LD drops nulls). */
function evidenceOf(c: ExportClaim): object[] {
  return c.evidence.map((e) =>
    Object.fromEntries(
      Object.entries({ title: e.title, url: e.url, publisher: e.publisher, date: e.date, quote: e.quote, stance: e.stance, reliability: e.reliability, note: e.note.text })
        .filter(([, v]) => typeof v === 'string' && v !== '')
        .map(([k, v]) => [`pizhu:${k}`, v]),
    ),
  );
}

function annotationOf(c: ExportClaim, doc: ExportDocument, source: object, extras: W3CExtras): object {
  const who = extras.authorship?.get(c.id);
  const body = bodiesOf(c, doc);
  return {
    id: urn.claim(c.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: c.createdAt,
    modified: c.updatedAt,
    ...(who ? { creator: person(who.createdBy), 'pizhu:lastEditor': person(who.updatedBy) } : {}),
    ...(body.length ? { body } : {}),
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: c.anchor.exact, prefix: c.anchor.prefix, suffix: c.anchor.suffix },
        { type: 'TextPositionSelector', start: c.anchor.start, end: c.anchor.end },
      ],
    },
    'pizhu:number': c.number,
    'pizhu:status': c.status,
    ...(c.evidence.length ? { 'pizhu:evidence': evidenceOf(c) } : {}),
  };
}

export function renderW3C(doc: ExportDocument, extras: W3CExtras = {}): object {
  const items = doc.articles.flatMap((a) => {
    const source = sourceOf(a, extras);
    return a.claims.map((c) => annotationOf(c, doc, source, extras));
  });
  const id = urn.project(doc.project.id);
  return {
    '@context': W3C_EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: doc.project.title,
    total: items.length,
    generated: doc.exportedAt,
    generator: { id: 'https://pizhu.app/', type: 'Software', name: 'Pizhu' },
    first: { id: urn.page(doc.project.id), type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
}
