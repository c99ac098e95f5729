// The labelled set is usable: every hand-copied quote is found in its article, and the scoring
// rule (overlap of at least half the shorter span) decides as GUIDE.md says.
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, matches, precision, recall, tally, type Tally } from './suggest-set';
import { cpSlice } from '../shared/text/codepoints';

describe('the labelled set', () => {
  it('resolves every labelled quote to code points in its article', () => {
    const set = loadLabelledSet();
    expect(set.map((a) => a.name)).toContain('seed-tencent-ai');
    for (const a of set) for (const s of a.spans) expect(cpSlice(a.text, s.start, s.end)).toBe(s.quote);
  });

  it('holds the seed, at least 12 public articles and two written to hold no check-worthy statement', () => {
    const set = loadLabelledSet();
    const published = set.filter((a) => a.name.startsWith('pub-'));
    expect(published.length).toBeGreaterThanOrEqual(12);
    for (const a of published) expect(a.spans.length, a.name).toBeGreaterThan(0);
    expect(set.filter((a) => a.claimFree).length).toBeGreaterThanOrEqual(2);
    // The articles written for the set are each 600–1500 characters.
    for (const a of set.filter((x) => x.name !== 'seed-tencent-ai' && !x.name.startsWith('pub-'))) {
      expect([...a.text].length, a.name).toBeGreaterThanOrEqual(600);
      expect([...a.text].length, a.name).toBeLessThanOrEqual(1500);
    }
  });
});

describe('scoring', () => {
  it('counts an overlap of half the shorter span as a match, and less as none', () => {
    expect(matches({ start: 0, end: 10 }, { start: 5, end: 30 })).toBe(true);
    expect(matches({ start: 0, end: 10 }, { start: 6, end: 30 })).toBe(false);
    expect(matches({ start: 3, end: 5 }, { start: 0, end: 100 })).toBe(true);
  });

  it('tallies precision and recall per kind and overall', () => {
    const t = new Map<string, Tally>();
    tally(
      t,
      [
        { start: 0, end: 4, kind: 'statistic' },
        { start: 50, end: 60, kind: 'superlative' },
      ],
      [
        { start: 1, end: 5, kind: 'statistic' },
        { start: 20, end: 30, kind: 'causal' },
      ],
    );
    expect(precision(t.get('all')!)).toBe(0.5);
    expect(recall(t.get('all')!)).toBe(0.5);
    expect(recall(t.get('statistic')!)).toBe(1);
    expect(recall(t.get('causal')!)).toBe(0);
    expect(precision(t.get('superlative')!)).toBe(0);
  });
});
