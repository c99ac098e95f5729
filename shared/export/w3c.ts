// W3C Web Annotation export (JSON-LD AnnotationCollection) and its reader. Each claim is an
// Annotation whose target carries both a TextQuoteSelector and a TextPositionSelector (code
// points, as the W3C model counts); tags are TextualBody with purpose "tagging", the note one with
// purpose "commenting".
//
// Pizhu's own fields live under the namespace https://pizhu.app/ns/annotation/v1# (prefix
// `pizhu:`), declared in the @context:
//   pizhu:number    the claim's number in the export (reading order)
//   pizhu:article   the article's id in the project
//   pizhu:strength  evidence strength 0-4 (absent when not rated)
//   pizhu:verdict   true | mostly-true | half-true | misleading | false | unproven | opinion
//   pizhu:status    to-check | in-progress | needs-review | checked
//   pizhu:evidence  the evidence items: url, title, publisher, date, quote, stance, reliability
import { z } from 'zod';
import { ClaimStatusSchema, StrengthSchema, VerdictSchema, type TextAnchor } from '../domain/claim';
import type { ExportDocument } from './document';

export const PIZHU_NS = 'https://pizhu.app/ns/annotation/v1#';
const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { pizhu: PIZHU_NS }];

export const articleUrn = (id: string): string => `urn:pizhu:article:${id}`;

export function renderW3C(doc: ExportDocument): object {
  const lang = doc.options.lang;
  const sourceOf = new Map(doc.articles.map((a) => [a.id, a.content.source.url || articleUrn(a.id)]));
  const items = doc.claims.map((c) => ({
    id: `urn:pizhu:claim:${c.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: c.createdAt,
    modified: c.updatedAt,
    ...(c.authors.length ? { creator: c.authors.map((name) => ({ type: 'Person', name })) } : {}),
    body: [
      ...c.tags.map((t) => ({ type: 'TextualBody', purpose: 'tagging', value: t.name })),
      ...(c.note ? [{ type: 'TextualBody', purpose: 'commenting', value: c.note, format: 'text/plain', language: lang }] : []),
    ],
    target: {
      source: sourceOf.get(c.articleId)!,
      selector: [
        { type: 'TextQuoteSelector', exact: c.anchor.exact, prefix: c.anchor.prefix, suffix: c.anchor.suffix },
        { type: 'TextPositionSelector', start: c.anchor.start, end: c.anchor.end },
      ],
    },
    'pizhu:number': c.number,
    'pizhu:article': c.articleId,
    ...(c.strength === null ? {} : { 'pizhu:strength': c.strength }),
    ...(c.verdict === null ? {} : { 'pizhu:verdict': c.verdict }),
    'pizhu:status': c.status,
    ...(c.evidence.length
      ? { 'pizhu:evidence': c.evidence.map(({ url, title, publisher, date, quote, stance, reliability }) => ({ url, title, publisher, date, quote, stance, reliability })) }
      : {}),
  }));
  return {
    '@context': CONTEXT,
    id: `urn:pizhu:project:${doc.project.id}`,
    type: 'AnnotationCollection',
    label: doc.project.title,
    total: items.length,
    generated: doc.exportedAt,
    generator: { type: 'Software', name: 'Pizhu' },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

const TextualBodySchema = z.object({ type: z.literal('TextualBody'), purpose: z.string(), value: z.string() });
const SelectorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().default(''), suffix: z.string().default('') }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) }),
]);
const AnnotationSchema = z.object({
  type: z.literal('Annotation'),
  body: z.array(z.unknown()).default([]),
  target: z.object({ source: z.string(), selector: z.array(SelectorSchema) }),
  'pizhu:article': z.string().optional(),
  'pizhu:strength': StrengthSchema.optional(),
  'pizhu:verdict': VerdictSchema.optional(),
  'pizhu:status': ClaimStatusSchema.optional(),
});
const CollectionSchema = z.object({ type: z.literal('AnnotationCollection'), first: z.object({ items: z.array(AnnotationSchema) }) });

/** A claim read back from a W3C export, to be placed in a project by its article and tag names. */
export interface ImportedClaim {
  /** The target's source: the article's URL or urn:pizhu:article:ID. */
  source: string;
  articleId: string | null;
  anchor: TextAnchor;
  tagNames: string[];
  note: string;
  strength: number | null;
  verdict: z.infer<typeof VerdictSchema>;
  status: z.infer<typeof ClaimStatusSchema>;
}

/** Reads an AnnotationCollection Pizhu exported; throws a ZodError (or a plain Error) when it is not one. */
export function importW3C(json: unknown): ImportedClaim[] {
  const collection = CollectionSchema.parse(json);
  return collection.first.items.map((a) => {
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    if (!quote || !position) throw new Error(`annotation on ${a.target.source} lacks a quote or position selector`);
    const bodies = a.body.flatMap((b) => {
      const parsed = TextualBodySchema.safeParse(b);
      return parsed.success ? [parsed.data] : [];
    });
    return {
      source: a.target.source,
      articleId: a['pizhu:article'] ?? null,
      anchor: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end },
      tagNames: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
      note: bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value).join('\n'),
      strength: a['pizhu:strength'] ?? null,
      verdict: a['pizhu:verdict'] ?? null,
      status: a['pizhu:status'] ?? 'to-check',
    };
  });
}
