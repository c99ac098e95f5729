import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../project/testing/fixtures';
import { importAnnotations } from './import-annotations';
import { annotationFixture, CHECKER, EDITOR, editAs, makeSeedProject } from './testing';

const W3C_COLLECTION = annotationFixture('w3c-collection.jsonld');
const SPEC_EXAMPLES = annotationFixture('w3c-spec-examples.jsonld') as { items: unknown[] };
const HYPOTHESIS_API = annotationFixture('hypothesis-export.json');
const HYPOTHESIS_CLIENT = annotationFixture('hypothesis-client-export.json');

let tmp: ReturnType<typeof tempDir>;
let file: string;
let seed: { articleId: string; text: string };
beforeEach(async () => {
  tmp = tempDir();
  file = tmp.file('腾讯.pizhu');
  seed = await makeSeedProject(file);
});
afterEach(() => tmp.remove());

const counts = ({ imported, anchored, orphaned, updated, skipped }: ReturnType<typeof importAnnotations>) => ({ imported, anchored, orphaned, updated, skipped });
const claimsOf = (path = file) => editAs(path, EDITOR, (s) => s.listClaims(seed.articleId));

describe('importing annotations made in other tools', () => {
  it('anchors a W3C collection’s quotes as claims, maps tagging bodies to tags and keeps an unplaceable one as an orphan', () => {
    const report = importAnnotations(file, W3C_COLLECTION, { author: EDITOR, lang: 'en' });
    expect({ ...counts(report), tagsCreated: report.tagsCreated }).toEqual({ imported: 2, anchored: 1, orphaned: 1, updated: 0, skipped: 0, tagsCreated: 1 });
    expect(report.items[1]).toMatchObject({ n: 2, outcome: 'orphaned', quote: '字节跳动豆包月活破亿', reason: 'The quote is not in the article; kept as a claim that could not be placed.' });
    editAs(file, EDITOR, (s) => {
      const tags = new Map(s.listTags().map((t) => [t.id, t.name]));
      const claims = s.listClaims(seed.articleId);
      const placed = claims.find((c) => !c.orphan)!;
      expect(placed.anchor.exact).toBe('总参数量 389B');
      expect(placed.tagIds.map((id) => tags.get(id)).sort()).toEqual(['口径', '数据']);
      expect(placed.note.text).toBe('技术报告写的是 389B');
      expect(claims.find((c) => c.orphan)!.note.text).toContain('字节跳动豆包月活破亿');
    });
  });

  it('reads the W3C model’s selector shapes: quotes refined inside other selectors count, range, XPath and positions alone are skipped with the reason', () => {
    const report = importAnnotations(file, SPEC_EXAMPLES, { author: EDITOR, lang: 'zh-CN' });
    expect(counts(report)).toEqual({ imported: 6, anchored: 5, orphaned: 1, updated: 0, skipped: 4 });
    expect(report.items.map((i) => i.outcome)).toEqual(['anchored', 'anchored', 'anchored', 'anchored', 'anchored', 'orphaned', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(report.items.slice(6).map((i) => i.reason)).toEqual([
      '只有 RangeSelector, XPathSelector：它们按原网页计位置，不是按这篇文章，没有 TextQuoteSelector 引文就无法在文章里找到这段文字。',
      '只有 TextPositionSelector：它们按原网页计位置，不是按这篇文章，没有 TextQuoteSelector 引文就无法在文章里找到这段文字。',
      '批注的是整个网页（http://example.org/tencent-ai），不是其中一段文字。',
      '批注的是图片区域（FragmentSelector），不是文字。',
    ]);
    const exacts = claimsOf().filter((c) => !c.orphan).map((c) => c.anchor.exact).sort();
    expect(exacts).toEqual(['业界参数规模最大、效果最好', '平庸到毫无 " 特色 " 的存在', '总参数量 389B', '排在了第 11 位', '有着微信这样一个超级入口'].sort());
    expect(claimsOf().find((c) => c.anchor.exact === '业界参数规模最大、效果最好')!.note.text).toBe('“最大、最好”没有比较对象。');
  });

  it('reads a single annotation on its own', () => {
    expect(counts(importAnnotations(file, SPEC_EXAMPLES.items[1], { author: EDITOR, lang: 'en' }))).toEqual({ imported: 1, anchored: 1, orphaned: 0, updated: 0, skipped: 0 });
  });

  it('reads a Hypothesis API search response: quote over DOM range, tags and text as the note', () => {
    expect(counts(importAnnotations(file, HYPOTHESIS_API, { author: EDITOR, lang: 'en' }))).toEqual({ imported: 1, anchored: 1, orphaned: 0, updated: 0, skipped: 0 });
    const [claim] = claimsOf();
    expect(claim!.anchor.exact).toBe('排在了第 11 位');
    expect(claim!.note.text).toBe('榜单来源是哪家?');
    expect(claim!.tagIds).toHaveLength(2);
  });

  it('reads the Hypothesis client’s own export: its page offsets do not count against a unique quote; replies and page notes are skipped', () => {
    const report = importAnnotations(file, HYPOTHESIS_CLIENT, { author: EDITOR, lang: 'en' });
    expect(counts(report)).toEqual({ imported: 2, anchored: 2, orphaned: 0, updated: 0, skipped: 2 });
    expect(report.items.filter((i) => i.outcome === 'skipped').map((i) => i.reason)).toEqual([
      'It is a reply to another annotation, not an annotation of the article.',
      'It annotates the whole page (https://www.example.com/news/tencent-ai), not a passage of it.',
    ]);
    editAs(file, EDITOR, (s) => {
      const claims = s.listClaims(seed.articleId);
      expect(claims.map((c) => c.anchor.exact).sort()).toEqual(['月访问量不到 200 万', '有着微信这样一个超级入口']);
      const names = new Map(s.authors().map((a) => [a.id, a.name]));
      expect(claims.map((c) => names.get(c.createdBy))).toEqual(['核查员李', '核查员李']);
      expect(claims.map((c) => c.createdAt).sort()).toEqual(['2026-11-18T09:12:30.115Z', '2026-11-18T09:20:00.000Z']);
    });
  });

  it('uses a foreign position only to choose between equally good places', () => {
    const quote = (position?: { start: number; end: number }) => ({
      type: 'Annotation',
      id: `http://example.org/bat-${position ? 'near' : 'bare'}`,
      target: { source: 'https://www.example.com/news/tencent-ai', selector: [{ type: 'TextQuoteSelector', exact: 'BAT 三巨头之一' }, ...(position ? [{ type: 'TextPositionSelector', ...position }] : [])] },
    });
    const second = [...seed.text].join('').indexOf('BAT 三巨头之一', [...seed.text].join('').indexOf('BAT 三巨头之一') + 1);
    const cp = [...seed.text.slice(0, second)].length;
    expect(importAnnotations(file, quote(), { author: EDITOR, lang: 'en' }).items[0]).toMatchObject({ outcome: 'orphaned', reason: expect.stringContaining('several places') });
    const near = importAnnotations(file, quote({ start: cp + 3, end: cp + 13 }), { author: EDITOR, lang: 'en' });
    expect(near.items[0]!.outcome).toBe('anchored');
    expect(claimsOf().find((c) => !c.orphan)!.anchor.start).toBe(cp);
  });

  it('updates instead of duplicating when the same file is imported again', () => {
    importAnnotations(file, SPEC_EXAMPLES, { author: EDITOR, lang: 'en' });
    importAnnotations(file, HYPOTHESIS_CLIENT, { author: EDITOR, lang: 'en' });
    const before = claimsOf().length;
    const tagged = editAs(file, EDITOR, (s) => {
      const claim = s.listClaims(seed.articleId).find((c) => c.anchor.exact === '排在了第 11 位')!;
      const tag = s.listTags().find((t) => t.name === '夸大')!;
      s.updateClaim(claim.id, { tagIds: [...claim.tagIds, tag.id] });
      return { claimId: claim.id, tagId: tag.id };
    });
    const again = importAnnotations(file, SPEC_EXAMPLES, { author: CHECKER, lang: 'en' });
    expect(counts(again)).toEqual({ imported: 0, anchored: 0, orphaned: 0, updated: 6, skipped: 4 });
    expect(counts(importAnnotations(file, HYPOTHESIS_CLIENT, { author: CHECKER, lang: 'en' }))).toMatchObject({ imported: 0, updated: 2 });
    expect(claimsOf()).toHaveLength(before);
    expect(claimsOf().find((c) => c.id === tagged.claimId)!.tagIds).toContain(tagged.tagId);
  });

  it('is one undoable step in an open project', () => {
    editAs(file, EDITOR, (s) => {
      importAnnotations(s, HYPOTHESIS_API, { lang: 'en' });
      importAnnotations(s, W3C_COLLECTION, { lang: 'en' });
      expect(s.listClaims(seed.articleId)).toHaveLength(3);
      s.undo();
      expect(s.listClaims(seed.articleId)).toHaveLength(1);
    });
  });

  it('refuses JSON that is not annotations, saying what it expected', () => {
    expect(() => importAnnotations(file, { hello: 'world' }, { author: EDITOR, lang: 'en' })).toThrow(
      'Cannot read the annotations file: not a W3C Annotation, AnnotationCollection or AnnotationPage, nor a Hypothesis export',
    );
    expect(() => importAnnotations(file, { type: 'AnnotationCollection', first: 'http://example.org/page1' }, { author: EDITOR, lang: 'en' })).toThrow(/does not go online/);
  });
});
