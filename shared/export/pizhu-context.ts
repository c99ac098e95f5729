// The JSON-LD context for Pizhu's own terms in a W3C export, shipped inside every export (inline in
// its @context, after the W3C one), so a JSON-LD processor expands every `pizhu:` field without
// fetching anything. What each term means:
//   pizhu:number     the claim's number in the export (reading order)
//   pizhu:status     to-check | in-progress | needs-review | checked
//   pizhu:verdict    true | mostly-true | half-true | misleading | false | unproven | opinion
//                    (on the assessing body whose value is the verdict's label)
//   pizhu:strength   evidence strength 0-4 (on the assessing body whose value is its label)
//   pizhu:evidence   the evidence items, in order: pizhu:title, pizhu:url, pizhu:publisher,
//                    pizhu:date, pizhu:quote, pizhu:stance (supports | refutes | context),
//                    pizhu:reliability (reliable | mixed | doubtful), pizhu:note
//   pizhu:article    the article's id in the project (on the target's source)
//   pizhu:sha256     SHA-256 (hex) of the UTF-8 text the positions count (on the target's source)
//   pizhu:sourceUrl  the page the article was imported from (on the target's source)
//   pizhu:lastEditor who last changed the claim (a Person, like `creator`)
export const PIZHU_NS = 'https://pizhu.app/ns/annotation/v1#';

const integer = (id: string) => ({ '@id': id, '@type': 'xsd:integer' });

export const PIZHU_CONTEXT = {
  pizhu: PIZHU_NS,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  'pizhu:number': integer('pizhu:number'),
  'pizhu:strength': integer('pizhu:strength'),
  'pizhu:evidence': { '@id': 'pizhu:evidence', '@container': '@list' },
} as const;

/** The @context of a Pizhu W3C export: the W3C model's, then Pizhu's terms. */
export const W3C_EXPORT_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', PIZHU_CONTEXT] as const;

/** Ids a W3C export gives Pizhu's records; all are URNs, so they are URIs without a server. */
export const urn = {
  project: (id: string) => `urn:pizhu:project:${id}`,
  page: (id: string) => `urn:pizhu:project:${id}:page:1`,
  claim: (id: string) => `urn:pizhu:claim:${id}`,
  revision: (id: string) => `urn:pizhu:revision:${id}`,
  article: (id: string) => `urn:pizhu:article:${id}`,
  author: (id: string) => `urn:pizhu:author:${id}`,
};

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
/** The record id inside one of Pizhu's URNs of `kind`, or null. */
export function idFromUrn(kind: keyof typeof urn, value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = new RegExp(`^urn:pizhu:${kind}:${UUID}$`, 'i').exec(value);
  return m ? m[1]!.toLowerCase() : null;
}
