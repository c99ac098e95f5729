// Three people edit one claim on random schedules, each going offline and online at random
// moments, with a server in between. Whatever the schedule: when all are back online every
// replica holds the same rows and the same conflicts, no verdict or status edit is lost (each
// is current, a head of a conflict, or superseded by a later edit made over it), the value
// shown is the same head everywhere, and a tag is linked to the claim at most once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { ProjectDoc } from './project-doc';
import { ancestorsOf } from './register';

const VALUES = { verdict: ['不实', '有误导', '属实', null], status: ['open', 'checking', 'done'] } as const;
const TAGS = ['tag-1', 'tag-2', 'tag-3'];
const KEY = { table: 'claims', id: 'claim-1' };

type Command =
  | { kind: 'set'; who: number; field: 'verdict' | 'status'; value: number }
  | { kind: 'note'; who: number; text: string }
  | { kind: 'tag'; who: number; tag: number }
  | { kind: 'resolve'; who: number }
  | { kind: 'offline'; who: number }
  | { kind: 'online'; who: number };

const who = fc.integer({ min: 0, max: 2 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), who, field: fc.constantFrom('verdict' as const, 'status' as const), value: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('note' as const), who, text: fc.constantFrom('见财报', '𠮷🙂 原话', '') }),
  fc.record({ kind: fc.constant('tag' as const), who, tag: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('resolve' as const), who }),
  fc.record({ kind: fc.constant('offline' as const), who }),
  fc.record({ kind: fc.constant('online' as const), who }),
);

class Desk {
  readonly server = new Y.Doc();
  readonly replicas: ProjectDoc[];
  readonly online = [true, true, true];
  /** Every register entry anyone wrote, by field. */
  readonly written = { verdict: [] as string[], status: [] as string[] };
  private clock = 0;

  constructor() {
    this.replicas = [0, 1, 2].map((i) => {
      let n = 0;
      return new ProjectDoc(new Y.Doc(), () => `r${i}-${++n}`);
    });
    this.replicas[0]!.write('claims', KEY.id, { id: KEY.id, verdict: null, status: 'open', note_text: '' }, this.meta(0));
    for (let i = 0; i < 3; i++) this.connect(i);
  }

  meta(i: number) {
    // Clocks of different machines disagree: the time is only ever shown, never trusted to order.
    return { author: `author-${i}`, at: new Date(Date.UTC(2026, 10, 29, 8, 0, (this.clock++ * 7 + i * 13) % 60)).toISOString() };
  }

  connect(i: number): void {
    const doc = this.replicas[i]!.doc;
    Y.applyUpdate(this.server, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(this.server)));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.server, Y.encodeStateVector(doc)));
  }

  /** An online replica's edit reaches the server and every other online replica. */
  publish(i: number): void {
    if (!this.online[i]) return;
    this.connect(i);
    for (let j = 0; j < 3; j++) if (j !== i && this.online[j]) this.connect(j);
  }

  run(c: Command): void {
    const r = this.replicas[c.who]!;
    const before = r.entriesOf(KEY, 'verdict').size + r.entriesOf(KEY, 'status').size;
    switch (c.kind) {
      case 'set':
        r.write('claims', KEY.id, { [c.field]: VALUES[c.field][c.value % VALUES[c.field].length]! }, this.meta(c.who));
        break;
      case 'note':
        r.write('claims', KEY.id, { note_text: c.text }, this.meta(c.who));
        break;
      case 'tag': {
        const tag = TAGS[c.tag]!;
        const link = r.linksOf('claim_tags', KEY.id).find((l) => l.tag_id === tag);
        if (link) r.remove('claim_tags', String(link.id), link, this.meta(c.who));
        else r.write('claim_tags', `${tag}-by-${c.who}-${this.clock}`, { id: `${tag}-by-${c.who}-${this.clock}`, claim_id: KEY.id, tag_id: tag }, this.meta(c.who));
        break;
      }
      case 'resolve':
        for (const conflict of r.conflicts()) r.resolve(conflict, conflict.field, conflict.heads[0]!.value, this.meta(c.who));
        break;
      case 'offline':
        this.online[c.who] = false;
        return;
      case 'online':
        this.online[c.who] = true;
        this.publish(c.who);
        return;
    }
    if (r.entriesOf(KEY, 'verdict').size + r.entriesOf(KEY, 'status').size > before) {
      for (const field of ['verdict', 'status'] as const) {
        for (const id of r.entriesOf(KEY, field).keys()) if (!this.written[field].includes(id)) this.written[field].push(id);
      }
    }
    this.publish(c.who);
  }

  allOnline(): void {
    for (let i = 0; i < 3; i++) this.online[i] = true;
    for (let round = 0; round < 2; round++) for (let i = 0; i < 3; i++) this.connect(i);
  }
}

describe('three replicas on random online/offline schedules', () => {
  it('converge, and every edit is current, a conflict head, or superseded by a later edit', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        const desk = new Desk();
        for (const c of commands) desk.run(c);
        desk.allOnline();
        const [a, b, c] = desk.replicas as [ProjectDoc, ProjectDoc, ProjectDoc];
        for (const other of [b, c]) {
          expect(other.rows('claims')).toEqual(a.rows('claims'));
          expect(other.rows('claim_tags')).toEqual(a.rows('claim_tags'));
          expect(other.conflicts()).toEqual(a.conflicts());
        }
        for (const field of ['verdict', 'status'] as const) {
          const entries = a.entriesOf(KEY, field);
          const heads = a.headsOf(KEY, field).map((h) => h.id);
          const superseded = new Set(heads.flatMap((h) => [...ancestorsOf(entries, h)]));
          for (const id of desk.written[field]) {
            expect(entries.has(id), `${field} edit ${id} is kept`).toBe(true);
            expect(heads.includes(id) || superseded.has(id), `${field} edit ${id} is current, a head or superseded`).toBe(true);
          }
          const current = a.read('claims', KEY.id)![field];
          expect(current).toBe(a.headsOf(KEY, field)[0]!.value);
        }
        const tags = a.rows('claim_tags').map((l) => l.tag_id);
        expect(new Set(tags).size).toBe(tags.length);
      }),
      { numRuns: 300 },
    );
  });
});
