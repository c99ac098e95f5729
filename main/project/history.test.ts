import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from './store';
import { anchorOf, CHECKER, EDITOR, SAMPLE_TEXT, sampleArticle, tempDir } from './testing/fixtures';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe("a claim's history", () => {
  it('lists who created the claim, who changed its verdict and tags, newest first', () => {
    const dir = tempDir();
    dirs.push(dir);
    const path = dir.file('h.pizhu');
    const editor = ProjectStore.create(path, { title: '历史', author: EDITOR });
    const article = editor.addArticle(sampleArticle());
    const claim = editor.addClaim({ articleId: article.id, anchor: anchorOf(SAMPLE_TEXT, '总参数量 389B'), verdict: 'unproven' });
    editor.close();

    const checker = ProjectStore.open(path, { author: CHECKER });
    const tag = checker.listTags()[0]!;
    checker.updateClaim(claim.id, { verdict: 'true', tagIds: [tag.id] });
    const history = checker.claimHistory(claim.id);
    checker.close();

    // The checker's one edit (verdict and tag, in either order) comes before the editor's creation.
    expect(history.at(-1)).toMatchObject({ authorName: '编辑张', table: 'claims', op: 'insert' });
    expect(history.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ authorName: '核查李', table: 'claim_tags', op: 'insert', fields: [{ field: 'tag_id', before: null, after: tag.id }] }),
        expect.objectContaining({ authorName: '核查李', table: 'claims', op: 'update', fields: [{ field: 'verdict', before: 'unproven', after: 'true' }] }),
      ]),
    );
    expect(history).toHaveLength(3);
  });
});
