// The W3C export against the W3C annotation-model test suite's own JSON Schemas (vendored in
// fixtures/annotations/w3c-tests/, see ORIGIN.md there), run with Ajv; and its JSON-LD expansion
// offline, with the context the export ships inline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProjectStore } from '../project/store';
import { tempDir } from '../project/testing/fixtures';
import { packageRoot } from '../services/package-root';
import { exportProject } from './index';
import { seedProject, type SeedClaim } from './testing/seed-project';

const SUITE = join(packageRoot(), 'fixtures/annotations/w3c-tests');
type Json = Record<string, unknown>;

/** Draft-04 to Ajv's draft-07: `id` → `$id`, no `$schema`, boolean exclusiveMinimum → a number. */
function toDraft7(node: unknown, top = true): unknown {
  if (Array.isArray(node)) return node.map((n) => toDraft7(n, false));
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if (k === '$schema') continue;
    if (top && k === 'id') out.$id = v;
    else if (k === 'exclusiveMinimum' && typeof v === 'boolean') continue;
    else if (k === 'properties' || k === 'patternProperties' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v as Json).map(([name, s]) => [name, toDraft7(s, false)]));
    } else out[k] = toDraft7(v, false);
  }
  const original = node as Json;
  if (original.exclusiveMinimum === true && typeof original.minimum === 'number') {
    out.exclusiveMinimum = original.minimum;
    delete out.minimum;
  }
  return out;
}

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

function suite() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // RFC 3986 (a scheme, then no spaces) and RFC 3339, as the suite's `uri` and `date-time` mean.
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
  for (const f of readdirSync(join(SUITE, 'definitions'))) ajv.addSchema(toDraft7(readJson(join(SUITE, 'definitions', f))) as Json);
  const load = (folder: string): [string, ValidateFunction][] =>
    readdirSync(join(SUITE, folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const schema = toDraft7(readJson(join(SUITE, folder, f))) as Json;
        expect(schema.assertionType).toBe('must');
        return [f, ajv.compile(schema)];
      });
  const def = (ref: string) => ajv.compile({ $ref: ref });
  // collectionMusts.test names assertions upstream does not hold; these are their definitions.
  const collectionRules: [string, ValidateFunction][] = [
    ['5.1-collectionContext', ajv.compile({ type: 'object', required: ['@context'], properties: { '@context': { oneOf: [{ $ref: 'collections.json#/definitions/contextValueFound' }, { $ref: 'collections.json#/definitions/contextValueInArrayFound' }] } } })],
    ['5.1-collectionLabel', def('collections.json#/definitions/labelDefinition')],
    ['5.1-collectionTotal', def('collections.json#/definitions/totalDefinition')],
    ['5.1-collectionFirst', ajv.compile({ allOf: [{ $ref: 'collections.json#/definitions/firstValidIfPresent' }, { $ref: 'collections.json#/definitions/firstRequiredIfTotalMoreThanZero' }] })],
    ['5.1-collectionLast', def('collections.json#/definitions/lastValidIfPresent')],
    ['3.3.1-collectionCreated', def('otherProperties.json#/definitions/createdValidIfPresent')],
    ['3.3.1-collectionModified', def('otherProperties.json#/definitions/modifiedValidIfPresent')],
    ['3.3.6-collectionRights', def('otherProperties.json#/definitions/rightsValidIfPresent')],
  ];
  const page: [string, ValidateFunction][] = [
    ...load('collections/pages'),
    ['5.2-pageLabel', def('collections.json#/definitions/labelDefinition')],
    ['5.2-pageCreated', def('otherProperties.json#/definitions/createdValidIfPresent')],
    ['5.2-pageModified', def('otherProperties.json#/definitions/modifiedValidIfPresent')],
  ];
  // bodyMusts.test and targetMusts.test name assertions upstream does not hold either: their definitions.
  const never = (ref: string) => ajv.compile({ not: { $ref: ref } });
  const structural = (kind: 'body' | 'target'): [string, ValidateFunction][] => [
    [`${kind} keys (textDirection, created, generated, modified, rights, canonical, via)`, def(`bodyTarget.json#/definitions/${kind === 'body' ? 'optionalBodyPropertiesMust' : 'optionalTargetPropertiesMust'}`)],
    [`3.2.7-${kind}EWRNoItems`, never('bodyTarget.json#/definitions/ewrWithItems')],
    [`3.3.5-${kind}EWRNoPurpose`, never('bodyTarget.json#/definitions/ewrWithPurpose')],
    [`3.2.4-${kind}ChoiceSetNoValue`, never('choiceSet.json#/definitions/choiceSetWithValue')],
    [`4-${kind}ChoiceSetNoSource`, never('choiceSet.json#/definitions/choiceSetWithSource')],
    [`3.3.5-${kind}ChoiceSetNoPurpose`, never('choiceSet.json#/definitions/choiceSetWithPurpose')],
    [`3.2.7-${kind}EmbeddedTextualNoItems`, never('bodyTarget.json#/definitions/embeddedTextualBodyWithItems')],
    [`4-${kind}EmbeddedTextualNoSource`, never('bodyTarget.json#/definitions/embeddedTextualBodyWithSource')],
  ];
  return { annotation: load('annotations'), collection: [...load('collections'), ...collectionRules], page, body: structural('body'), target: structural('target'), source: structural('target').slice(1) };
}

/** Every MUST for an annotation, its bodies, its targets and the targets' sources. */
function annotationFailures(r: ReturnType<typeof suite>, context: unknown, a: Json): string[] {
  const targets = [a.target].flat() as Json[];
  return [
    ...failures(r.annotation, { '@context': context, ...a }),
    ...([a.body ?? []].flat() as unknown[]).flatMap((b) => failures(r.body, b)),
    ...targets.flatMap((t) => failures(r.target, t)),
    ...targets.flatMap((t) => (typeof t.source === 'object' ? failures(r.source, t.source) : [])),
  ];
}

/** Every MUST assertion that `value` fails, with the suite's error message. */
function failures(rules: [string, ValidateFunction][], value: unknown): string[] {
  return rules.flatMap(([name, validate]) => (validate(value) ? [] : [`${name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`]));
}

let tmp: ReturnType<typeof tempDir>;
const stores: ProjectStore[] = [];
let rules: ReturnType<typeof suite>;
beforeAll(() => {
  tmp = tempDir();
  rules = suite();
});
afterAll(() => {
  for (const s of stores) s.close();
  tmp.remove();
});

const BARE: SeedClaim[] = [{ exact: '总参数量 389B', tag: '', verdict: null, strength: null, note: '' }];

async function exported(name: string, claims?: SeedClaim[], extra = {}): Promise<Json> {
  const store = await seedProject(tmp.file(`${name}.pizhu`), claims);
  stores.push(store);
  return JSON.parse(new TextDecoder().decode((await exportProject(store, { format: 'w3c', ...extra })).bytes)) as Json;
}

const annotationsOf = (collection: Json) => (collection.first as { items: Json[] }).items;

describe('the W3C export against the W3C annotation-model test suite', () => {
  it('holds every MUST of the suite for a project with tags, notes, verdicts, strengths and evidence', async () => {
    const collection = await exported('full');
    expect(failures(rules.collection, collection)).toEqual([]);
    expect(failures(rules.page, collection)).toEqual([]);
    expect(failures(rules.page, collection.first)).toEqual([]);
    expect(annotationsOf(collection)).toHaveLength(5);
    for (const a of annotationsOf(collection)) expect(annotationFailures(rules, collection['@context'], a)).toEqual([]);
  });

  it('holds them for a claim with no tag, note or verdict, which has no body rather than an empty one', async () => {
    const collection = await exported('bare', BARE);
    const [a] = annotationsOf(collection);
    expect(a).not.toHaveProperty('body');
    expect(annotationFailures(rules, collection['@context'], a!)).toEqual([]);
    expect(failures(rules.collection, collection)).toEqual([]);
  });

  it('holds them for an export without notes and author names, and for an empty one', async () => {
    const collection = await exported('private', undefined, { include: { notes: false, authors: false } });
    for (const a of annotationsOf(collection)) expect(annotationFailures(rules, collection['@context'], a)).toEqual([]);
    const empty = await exported('empty', []);
    expect(empty.total).toBe(0);
    expect(failures(rules.collection, empty)).toEqual([]);
    expect(failures(rules.page, empty)).toEqual([]);
  });

  it('catches what the old export did wrong, and bodies or targets that break a rule', async () => {
    const collection = await exported('broken', BARE);
    const first = { ...(collection.first as Json) };
    delete first.id;
    expect(failures(rules.page, { ...collection, first }).join()).toContain('5.2-pageIdValidated');
    const [a] = annotationsOf(collection);
    expect(failures(rules.annotation, { ...a, '@context': 'http://example.org/other', target: { selector: [] } }).map((f) => f.split(':')[0])).toEqual([
      '3.1-annotationContextValidated.json',
      '3.2-targetObjectsRecognized.json',
    ]);
    const bad = { ...a, body: [{ type: 'TextualBody', value: '批注', textDirection: 'up', items: ['x'] }], target: { ...(a!.target as Json), created: 'yesterday' } };
    expect(annotationFailures(rules, collection['@context'], bad).map((f) => f.split(':')[0])).toEqual([
      'body keys (textDirection, created, generated, modified, rights, canonical, via)',
      '3.2.7-bodyEmbeddedTextualNoItems',
      'target keys (textDirection, created, generated, modified, rights, canonical, via)',
    ]);
  });

  it('gives generic tools bodies with a purpose: tags, the note, the verdict and the strength as text', async () => {
    const collection = await exported('bodies');
    const a = annotationsOf(collection).find((x) => (x.target as { selector: { exact?: string }[] }).selector[0]!.exact === '总参数量 389B,激活参数量 52B')!;
    expect(a.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: '数据' },
      { type: 'TextualBody', purpose: 'commenting', value: '与技术报告一致。', format: 'text/plain', language: 'zh-CN' },
      { type: 'TextualBody', purpose: 'assessing', value: '核查结论：属实', format: 'text/plain', language: 'zh-CN', 'pizhu:verdict': 'true' },
      { type: 'TextualBody', purpose: 'assessing', value: '证据强度：4 确凿', format: 'text/plain', language: 'zh-CN', 'pizhu:strength': 4 },
    ]);
    const source = (a.target as { source: Json }).source;
    expect(source).toMatchObject({ type: 'Text', 'pizhu:sourceUrl': 'https://www.example.com/news/tencent-ai' });
    expect(source.id).toMatch(/^urn:pizhu:revision:[0-9a-f-]{36}$/);
    expect(source['pizhu:sha256']).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** Serves the two contexts an export names from disk; anything else would be a network fetch. */
const offline = async (url: string) => {
  if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`the expansion tried to fetch ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: readJson(join(SUITE, 'anno.jsonld')) };
};

const NS = 'https://pizhu.app/ns/annotation/v1#';
const shape = (v: unknown): string =>
  Array.isArray(v) ? '[list]' : typeof v === 'object' && v !== null ? '{node}' : String(v);

/** Every `pizhu:` key of a compact document with its value (lists and nodes by their shape). */
function compactFields(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => compactFields(n, out));
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node as Json)) {
      if (k === '@context') continue;
      if (k.startsWith('pizhu:')) out.push(`${k.slice(6)}=${shape(v)}`);
      compactFields(v, out);
    }
  }
  return out;
}

/** The same from an expanded document: full IRIs, values in {"@value"}, lists in {"@list"}. */
function expandedFields(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => expandedFields(n, out));
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node as Json)) {
      if (k.startsWith(NS)) {
        for (const item of v as Json[]) {
          if ('@list' in item) out.push(`${k.slice(NS.length)}=[list]`);
          else if ('@value' in item) out.push(`${k.slice(NS.length)}=${String(item['@value'])}`);
          else out.push(`${k.slice(NS.length)}={node}`);
        }
      }
      expandedFields(v, out);
    }
  }
  return out;
}

describe('JSON-LD expansion of the W3C export, offline with the shipped context', () => {
  it('keeps every pizhu: field, evidence items and the last editor included', async () => {
    const collection = await exported('jsonld');
    const fields = compactFields(collection);
    expect(new Set(fields.map((f) => f.split('=')[0]))).toEqual(
      new Set(['number', 'status', 'verdict', 'strength', 'article', 'sha256', 'sourceUrl', 'lastEditor', 'evidence', 'title', 'url', 'publisher', 'stance', 'reliability']),
    );
    const expanded = await jsonld.expand(collection as jsonld.JsonLdDocument, { documentLoader: offline as never });
    expect(expandedFields(expanded).sort()).toEqual(fields.sort());
  });
});
