// The labelled set of fixtures/checkworthy/ (GUIDE.md) and how suggestions are scored against
// it: loading turns each hand-copied quote into code-point positions (failing when a quote is
// not in its article), scoring counts a suggestion as a match when it overlaps a labelled span
// by at least 50 % of the shorter of the two.
import { readFileSync, readdirSync } from 'node:fs';
import { cpLength } from '../shared/text/codepoints.ts';
import type { SuggestionKind } from '../shared/suggest/rules.ts';

export interface LabelledSpan {
  start: number;
  end: number;
  kind: SuggestionKind;
  quote: string;
}

export interface LabelledArticle {
  name: string;
  text: string;
  /** No conversion or repost traces: every artefact finding on it is a false positive. */
  clean: boolean;
  /** Written to hold no check-worthy statement (a how-to, a notice): every suggestion on it is a false positive. */
  claimFree: boolean;
  spans: LabelledSpan[];
}

interface LabelFile {
  article: string;
  clean?: boolean;
  claimFree?: boolean;
  spans: { quote: string; kind: SuggestionKind; nth?: number }[];
}

const SET = new URL('../fixtures/checkworthy/', import.meta.url);

export function loadLabelledSet(dir: URL = SET): LabelledArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const label = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LabelFile;
      const text = readFileSync(new URL(label.article, dir), 'utf8');
      const spans = label.spans.map((s) => {
        let at = -1;
        for (let n = 0; n < (s.nth ?? 1); n++) {
          at = text.indexOf(s.quote, at + 1);
          if (at < 0) throw new Error(`${f}: 「${s.quote}」 (occurrence ${s.nth ?? 1}) is not in ${label.article}`);
        }
        const start = cpLength(text.slice(0, at));
        return { start, end: start + cpLength(s.quote), kind: s.kind, quote: s.quote };
      });
      const name = f.slice(0, -'.json'.length);
      if (label.claimFree && spans.length > 0) throw new Error(`${f}: an article marked claimFree has labelled spans`);
      return { name, text, clean: label.clean ?? false, claimFree: label.claimFree ?? false, spans };
    });
}

export interface Span {
  start: number;
  end: number;
  kind: SuggestionKind;
}

/** True when a and b overlap by at least half of the shorter one. */
export function matches(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && overlap * 2 >= shorter;
}

export interface Tally {
  /** Suggestions of the kind, and how many matched a labelled span. */
  suggested: number;
  suggestedMatched: number;
  /** Labelled spans of the kind, and how many some suggestion matched. */
  labelled: number;
  labelledFound: number;
  /** Matched labelled spans whose best-matching suggestion has the same kind. */
  kindAgrees: number;
}

const emptyTally = (): Tally => ({ suggested: 0, suggestedMatched: 0, labelled: 0, labelledFound: 0, kindAgrees: 0 });

/** Adds one article's suggestions and labels into per-kind tallies (and `all`). */
export function tally(into: Map<string, Tally>, suggestions: readonly Span[], labels: readonly Span[]): void {
  const get = (k: string): Tally => {
    if (!into.has(k)) into.set(k, emptyTally());
    return into.get(k)!;
  };
  for (const s of suggestions) {
    const hit = labels.some((l) => matches(s, l));
    for (const t of [get(s.kind), get('all')]) {
      t.suggested++;
      if (hit) t.suggestedMatched++;
    }
  }
  for (const l of labels) {
    const found = suggestions.filter((s) => matches(s, l));
    for (const t of [get(l.kind), get('all')]) {
      t.labelled++;
      if (found.length) t.labelledFound++;
      if (found.some((s) => s.kind === l.kind)) t.kindAgrees++;
    }
  }
}

export const precision = (t: Tally): number => (t.suggested ? t.suggestedMatched / t.suggested : 0);
export const recall = (t: Tally): number => (t.labelled ? t.labelledFound / t.labelled : 0);
