import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ProjectDoc } from './project-doc';

const A = { author: 'author-a', at: '2026-11-29T08:00:00.000Z' };
const B = { author: 'author-b', at: '2026-11-29T08:00:01.000Z' };
const C = { author: 'author-c', at: '2026-11-29T08:00:02.000Z' };

function replica(name: string): ProjectDoc {
  let n = 0;
  return new ProjectDoc(new Y.Doc(), () => `${name}-${++n}`);
}

/** Brings two replicas to the same state, as a server in between would. */
function sync(a: ProjectDoc, b: ProjectDoc): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
}

const claim = { id: 'claim-1', exact: '389B', verdict: null, status: 'open', note_text: '' };

describe('the project as a Y.Doc', () => {
  it('gives back the row the table holds, with register values and links', () => {
    const a = replica('a');
    a.write('claims', 'claim-1', claim, A);
    a.write('claim_tags', 'link-1', { id: 'link-1', claim_id: 'claim-1', tag_id: 'tag-1', created_at: A.at, created_by: A.author }, A);
    expect(a.read('claims', 'claim-1')).toEqual(claim);
    expect(a.rows('claim_tags').map((r) => r.tag_id)).toEqual(['tag-1']);
  });

  it('shows two verdicts set apart as one conflict, alike on both sides, until one is chosen', () => {
    const a = replica('a');
    const b = replica('b');
    a.write('claims', 'claim-1', claim, A);
    sync(a, b);
    a.write('claims', 'claim-1', { verdict: '不实' }, A);
    b.write('claims', 'claim-1', { verdict: '有误导' }, B);
    sync(a, b);
    expect(a.conflicts()).toEqual(b.conflicts());
    expect(a.conflicts()).toHaveLength(1);
    expect(a.conflicts()[0]!.heads.map((h) => [h.value, h.author])).toEqual([['有误导', 'author-b'], ['不实', 'author-a']]);
    expect(a.read('claims', 'claim-1')).toEqual(b.read('claims', 'claim-1'));

    const c = replica('c');
    sync(a, c);
    c.resolve({ table: 'claims', id: 'claim-1' }, 'verdict', '不实', C);
    sync(c, a);
    sync(a, b);
    for (const r of [a, b, c]) {
      expect(r.conflicts()).toEqual([]);
      expect(r.read('claims', 'claim-1')!.verdict).toBe('不实');
    }
  });

  it('keeps both fields when two people change different fields of one claim', () => {
    const a = replica('a');
    const b = replica('b');
    a.write('claims', 'claim-1', claim, A);
    sync(a, b);
    a.write('claims', 'claim-1', { note_text: '见财报' }, A);
    b.write('claims', 'claim-1', { exact: '52B' }, B);
    sync(a, b);
    expect(b.read('claims', 'claim-1')).toMatchObject({ note_text: '见财报', exact: '52B' });
  });

  it('makes one link of the same tag added twice, and keeps a tag added while another removed it', () => {
    const a = replica('a');
    const b = replica('b');
    a.write('claims', 'claim-1', claim, A);
    sync(a, b);
    a.write('claim_tags', 'l-a', { id: 'l-a', claim_id: 'claim-1', tag_id: 'tag-1', created_at: A.at, created_by: A.author }, A);
    b.write('claim_tags', 'l-b', { id: 'l-b', claim_id: 'claim-1', tag_id: 'tag-1', created_at: B.at, created_by: B.author }, B);
    sync(a, b);
    expect(a.rows('claim_tags')).toEqual(b.rows('claim_tags'));
    expect(a.rows('claim_tags')).toHaveLength(1);

    const kept = a.rows('claim_tags')[0]!;
    a.remove('claim_tags', String(kept.id), kept, A);
    b.remove('claim_tags', String(kept.id), kept, B);
    b.write('claim_tags', 'l-c', { id: 'l-c', claim_id: 'claim-1', tag_id: 'tag-1', created_at: B.at, created_by: B.author }, B);
    sync(a, b);
    expect(a.rows('claim_tags').map((r) => r.id)).toEqual(['l-c']);
  });

  it('deletes a record everywhere, and a deletion against bringing it back keeps it, as a conflict', () => {
    const a = replica('a');
    const b = replica('b');
    a.write('claims', 'claim-1', claim, A);
    sync(a, b);
    a.remove('claims', 'claim-1', claim, A);
    sync(a, b);
    expect(b.read('claims', 'claim-1')).toBeNull();

    b.write('claims', 'claim-1', claim, B);
    a.write('claims', 'claim-1', {}, A);
    a.remove('claims', 'claim-1', claim, A);
    sync(a, b);
    expect(a.read('claims', 'claim-1')).not.toBeNull();
  });

  it('never changes an article revision once written: anchors keep meaning the same text', () => {
    const a = replica('a');
    a.write('article_revisions', 'rev-1', { id: 'rev-1', text: '𠮷🙂 原文' }, A);
    a.write('article_revisions', 'rev-1', { text: '改过的' }, B);
    expect(a.read('article_revisions', 'rev-1')!.text).toBe('𠮷🙂 原文');
  });

  it('names the records a remote update changed, a claim for its tags', () => {
    const a = replica('a');
    const b = replica('b');
    a.write('claims', 'claim-1', claim, A);
    sync(a, b);
    a.doc.transact(() => {
      a.write('claims', 'claim-1', { verdict: '属实' }, A);
      a.write('claim_tags', 'l-1', { id: 'l-1', claim_id: 'claim-1', tag_id: 't', created_at: A.at, created_by: A.author }, A);
      a.write('tags', 'tag-9', { id: 'tag-9', name: '数据' }, A);
    });
    const seen: string[] = [];
    b.doc.on('afterTransaction', (tr: Y.Transaction) => seen.push(...b.changedRecords(tr).map((k) => `${k.table}/${k.id}`)));
    sync(a, b);
    expect(seen.sort()).toEqual(['claims/claim-1', 'tags/tag-9']);
  });
});

describe('a deletion against an edit made without seeing it', () => {
  function deletedWhileEdited() {
    const a = replica('a');
    const b = replica('b');
    a.write('claims', 'claim-1', claim, A);
    a.write('claim_tags', 'l-1', { id: 'l-1', claim_id: 'claim-1', tag_id: 'tag-1', created_at: A.at, created_by: A.author }, A);
    sync(a, b);
    // A deletes the claim (its tag link first, as the store does); B, offline, writes the note.
    a.remove('claim_tags', 'l-1', a.rows('claim_tags')[0]!, A);
    a.remove('claims', 'claim-1', claim, A);
    b.write('claims', 'claim-1', { note_text: '财报第 12 页写的是 389B' }, B);
    expect(a.read('claims', 'claim-1')).toBeNull();
    sync(a, b);
    return { a, b };
  }

  it('keeps the claim with the edit on both sides and lists one conflict: deleted by A, edited by B', () => {
    const { a, b } = deletedWhileEdited();
    for (const r of [a, b]) {
      expect(r.read('claims', 'claim-1')).toMatchObject({ note_text: '财报第 12 页写的是 389B' });
      expect(r.conflicts().map((c) => [c.table, c.id, c.field, c.heads.map((h) => [h.value, h.author])])).toEqual([
        ['claims', 'claim-1', '~deleted', [[false, 'author-b'], [true, 'author-a']]],
      ]);
    }
    expect(a.conflicts()).toEqual(b.conflicts());
  });

  it('deletes it everywhere when the deletion is chosen, and keeps it when keeping is', () => {
    const deleting = deletedWhileEdited();
    deleting.b.resolve({ table: 'claims', id: 'claim-1' }, '~deleted', true, C);
    sync(deleting.a, deleting.b);
    for (const r of [deleting.a, deleting.b]) {
      expect(r.read('claims', 'claim-1')).toBeNull();
      expect(r.conflicts()).toEqual([]);
    }
    const keeping = deletedWhileEdited();
    keeping.a.resolve({ table: 'claims', id: 'claim-1' }, '~deleted', false, C);
    sync(keeping.a, keeping.b);
    for (const r of [keeping.a, keeping.b]) {
      expect(r.read('claims', 'claim-1')).toMatchObject({ note_text: '财报第 12 页写的是 389B' });
      expect(r.conflicts()).toEqual([]);
    }
  });

  it('is no conflict when the deletion came after the edit was seen, nor for the deleter’s own edits', () => {
    const a = replica('a');
    const b = replica('b');
    a.write('claims', 'claim-1', claim, A);
    sync(a, b);
    b.write('claims', 'claim-1', { note_text: '先改了批注' }, B);
    a.write('claims', 'claim-1', { verdict: '不实' }, A);
    sync(a, b);
    a.remove('claims', 'claim-1', claim, A);
    sync(a, b);
    for (const r of [a, b]) {
      expect(r.read('claims', 'claim-1')).toBeNull();
      expect(r.conflicts()).toEqual([]);
    }
  });
});
