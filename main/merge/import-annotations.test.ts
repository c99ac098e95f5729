import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../project/testing/fixtures';
import { importAnnotations } from './import-annotations';
import { annotationFixture, EDITOR, editAs, makeSeedProject } from './testing';

const W3C_COLLECTION = annotationFixture('w3c-collection.jsonld');
const HYPOTHESIS_EXPORT = annotationFixture('hypothesis-export.json');

let tmp: ReturnType<typeof tempDir>;
let file: string;
let seed: { articleId: string; text: string };
beforeEach(async () => {
  tmp = tempDir();
  file = tmp.file('腾讯.pizhu');
  seed = await makeSeedProject(file);
});
afterEach(() => tmp.remove());

describe('importing annotations made in other tools', () => {
  it('anchors a W3C collection’s quotes as claims, maps tagging bodies to tags and keeps an unplaceable one as an orphan', () => {
    const counts = importAnnotations(file, W3C_COLLECTION, { author: EDITOR, lang: 'en' });
    expect(counts).toEqual({ imported: 2, anchored: 1, orphaned: 1, tagsCreated: 1 });
    editAs(file, EDITOR, (s) => {
      const tags = new Map(s.listTags().map((t) => [t.id, t.name]));
      const claims = s.listClaims(seed.articleId);
      const placed = claims.find((c) => !c.orphan)!;
      expect(placed.anchor.exact).toBe('总参数量 389B');
      expect(placed.tagIds.map((id) => tags.get(id)).sort()).toEqual(['口径', '数据']);
      expect(placed.note.text).toBe('技术报告写的是 389B');
      const orphan = claims.find((c) => c.orphan)!;
      expect(orphan.note.text).toContain('字节跳动豆包月活破亿');
    });
  });

  it('reads Hypothesis’s own JSON: quote over DOM range, tags and text as the note', () => {
    expect(importAnnotations(file, HYPOTHESIS_EXPORT, { author: EDITOR, lang: 'en' })).toEqual({ imported: 1, anchored: 1, orphaned: 0, tagsCreated: 0 });
    editAs(file, EDITOR, (s) => {
      const [claim] = s.listClaims(seed.articleId);
      expect(claim!.anchor.exact).toBe('排在了第 11 位');
      expect(claim!.note.text).toBe('榜单来源是哪家?');
      expect(claim!.tagIds).toHaveLength(2);
    });
  });

  it('is one undoable step in an open project', () => {
    editAs(file, EDITOR, (s) => {
      importAnnotations(s, HYPOTHESIS_EXPORT, { lang: 'en' });
      importAnnotations(s, W3C_COLLECTION, { lang: 'en' });
      expect(s.listClaims(seed.articleId)).toHaveLength(3);
      s.undo();
      expect(s.listClaims(seed.articleId)).toHaveLength(1);
    });
  });

  it('refuses JSON that is not annotations', () => {
    expect(() => importAnnotations(file, { hello: 'world' }, { author: EDITOR, lang: 'en' })).toThrow(/Cannot read the annotations file/);
  });
});
