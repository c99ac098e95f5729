import { describe, expect, it } from 'vitest';
import { divergence, settleBases, type LogEntry } from './log';
import { mergeRecord } from './three-way';

const base = { id: 'c1', verdict: null, strength: 2, note_text: '', updated_at: '2026-01-01', updated_by: 'a' };
const both = { mineEdited: true, theirsEdited: true };

describe('three-way merge of one claim', () => {
  it.each([
    ['only theirs changed the verdict: theirs comes in', { verdict: 'true' }, {}, { verdict: 'true' }, []],
    ['different fields on each side: both kept', { note_text: '口径' }, { strength: 4 }, { note_text: '口径', strength: 4 }, []],
    ['the same new value on both sides: no conflict', { verdict: 'false' }, { verdict: 'false' }, { verdict: 'false' }, []],
    ['different new values: conflict, mine in place', { verdict: 'false' }, { verdict: 'true' }, { verdict: 'true' }, ['verdict']],
  ] as const)('%s', (_story, theirPatch, minePatch, expected, conflicts) => {
    const r = mergeRecord(base, { ...base, ...minePatch }, { ...base, ...theirPatch }, both);
    expect(r.merged).toMatchObject(expected);
    expect(r.fieldConflicts.map((c) => c.field)).toEqual(conflicts);
  });

  it('the later edit stamp wins without a conflict', () => {
    const r = mergeRecord(base, { ...base, updated_at: '2026-02-01', updated_by: 'm' }, { ...base, updated_at: '2026-03-01', updated_by: 't' }, both);
    expect(r.merged).toMatchObject({ updated_at: '2026-03-01', updated_by: 't' });
    expect(r.fieldConflicts).toEqual([]);
  });

  it('an edit beats a deletion until someone decides; a deletion of an untouched record goes through', () => {
    expect(mergeRecord(base, null, { ...base, verdict: 'true' }, both)).toMatchObject({ merged: { verdict: 'true' }, editDelete: true });
    expect(mergeRecord(base, { ...base, strength: 1 }, null, both)).toMatchObject({ merged: { strength: 1 }, editDelete: true });
    expect(mergeRecord(base, base, null, { mineEdited: false, theirsEdited: true })).toMatchObject({ merged: null, editDelete: false });
  });
});

/** An update of field v from `${id}-old` to `${id}`: the log keeps only the changed field. */
const entry = (id: string, recordId: string, action = 'updateClaim'): LogEntry => ({
  id, seq: 0, groupId: `g-${id}`, action, authorId: 'a', at: '', table: 'claims', recordId, op: 'update', before: { v: `${id}-old` }, after: { v: id },
});

describe('where two copies diverged', () => {
  it('takes the change records both hold as common history and the rest as each side’s edits', () => {
    const common = [entry('e1', 'c1'), entry('e2', 'c2')];
    const d = divergence([...common, entry('m1', 'c1'), entry('m2', 'c1')], [...common, entry('t1', 'c3')]);
    expect(d.mineOnly.map((e) => e.id)).toEqual(['m1', 'm2']);
    expect(d.theirsOnly.map((e) => e.id)).toEqual(['t1']);
    expect([...d.mineEdited.keys()]).toEqual(['claims/c1']);
  });

  it('finds a record as it was before the side’s first edit from its current row, undoing the later edits', () => {
    const mineLog = [entry('m1', 'c1'), entry('m2', 'c1')];
    const d = divergence(mineLog, []);
    settleBases(d.mineEdited, mineLog, new Map([['claims/c1', { id: 'c1', v: 'm2', w: 'kept' }]]));
    expect(d.mineEdited.get('claims/c1')!.before).toEqual({ id: 'c1', v: 'm1-old', w: 'kept' });
  });

  it('does not count a merge’s replay of the other side’s changes as an edit', () => {
    const d = divergence([entry('x', 'c1', 'merge')], []);
    expect(d.mineOnly).toHaveLength(1);
    expect(d.mineEdited.size).toBe(0);
  });
});
