// Claim suggestions: spans of an article likely worth checking, each with the kind of
// statement, the codebook tag it would be coded with, the reasons (which rules matched) and a
// score. The rules are data (rules.ts); this module runs them and turns their matches into one
// suggestion per statement: matches in the same clause merge, a match that crosses clauses
// (a quotation) joins them, and a long clause is narrowed to the words around its matches.
// Positions in the result are code points.
import { CodePointIndex } from '../text/codepoints';
import { DISCOUNTS, KIND_TABLES, type SuggestionKind } from './rules';
import { splitClauses, splitSentences, type TextRange } from './sentences';

export interface Suggestion {
  exact: string;
  /** Code points of the article text, end exclusive. */
  start: number;
  end: number;
  kind: SuggestionKind;
  /** The default codebook tag of the kind. */
  tag: string;
  /** Why, in Chinese: the reasons of the rules that matched, strongest first. */
  reason: string;
  reasonEn: string;
  /** Ids of the rules that matched ("statistic/number-unit"). */
  rules: string[];
  /** 0–1: how check-worthy the matches make the span together. */
  score: number;
}

export interface SuggestOptions {
  /** Suggestions scoring below this are left out (default 0.4). */
  minScore?: number;
}

interface Hit extends TextRange {
  kind: SuggestionKind;
  tag: string;
  rule: string;
  weight: number;
  zh: string;
  en: string;
}

interface CompiledRule {
  kind: SuggestionKind;
  tag: string;
  id: string;
  re: RegExp;
  weight: number;
  zh: string;
  en: string;
}

const COMPILED: readonly CompiledRule[] = KIND_TABLES.flatMap((table) =>
  table.rules.map((r) => ({
    kind: table.kind,
    tag: table.tag,
    id: `${table.kind}/${r.id}`,
    re: new RegExp(r.pattern, 'gu'),
    weight: r.weight,
    zh: r.reason.zh,
    en: r.reason.en,
  })),
);

const COMPILED_DISCOUNTS = DISCOUNTS.map((d) => ({ ...d, re: new RegExp(d.pattern, 'u') }));

/** The discounts that apply to a sentence, with their reasons filled in. */
function discountsOf(sentence: string): { factor: number; zh: string; en: string }[] {
  return COMPILED_DISCOUNTS.flatMap((d) => {
    const m = d.re.exec(sentence);
    return m ? [{ factor: d.factor, zh: d.reason.zh.replace('{m}', m[0]), en: d.reason.en.replace('{m}', m[0]) }] : [];
  });
}

/** A clause longer than this (UTF-16 units) is narrowed to the words around its matches. */
const LONG_CLAUSE = 48;
/** How far (UTF-16 units) a narrowed span reaches beyond its matches on each side. */
const CONTEXT = 10;
const LEADING = /^(?:然而|但是|但|而且|而|并且|同时|此外|另外|首先|其次|其中|例如|比如|可以说|也就是说|不过|所以|因此|[\s"'“”「」『』（）()、—,，:：-])+/u;
const TRAILING = /[\s。！？；…!?;"'“「『（(、—-]+$/u;

/** Word boundaries of the whole text (UTF-16 offsets), from Intl.Segmenter's dictionary. */
function wordBoundaries(text: string): Uint8Array {
  const marks = new Uint8Array(text.length + 1);
  for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) marks[s.index] = 1;
  marks[text.length] = 1;
  return marks;
}

/**
 * Snaps a match to whole words: an end inside a word moves back to the word's start when that
 * leaves at least two units ("最大社|交" → "最大"), else forward to the word's end.
 */
function snapEnd(words: Uint8Array, from: number, to: number): number {
  if (words[to]) return to;
  let back = to;
  while (back > from && !words[back]) back--;
  if (back - from >= 2) return back;
  let fwd = to;
  while (fwd < words.length - 1 && !words[fwd]) fwd++;
  return fwd;
}

function hitsOf(text: string, words: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  for (const r of COMPILED) {
    for (const m of text.matchAll(r.re)) {
      if (m[0].trim() === '') continue;
      const to = snapEnd(words, m.index, m.index + m[0].length);
      const m0 = text.slice(m.index, to).replace(/\s+/gu, ' ').trim();
      hits.push({
        from: m.index,
        to,
        kind: r.kind,
        tag: r.tag,
        rule: r.id,
        weight: r.weight,
        zh: r.zh.replace('{m}', m0),
        en: r.en.replace('{m}', m0),
      });
    }
  }
  return hits.sort((a, b) => a.from - b.from);
}

interface Clause extends TextRange {
  sentence: number;
  /** The sentence's range, for context rules (DISCOUNTS). */
  within: TextRange;
}

/** The clauses of the whole text, in order, each knowing its sentence. */
function clausesOf(text: string): Clause[] {
  return splitSentences(text).flatMap((s, sentence) => splitClauses(text, s).map((c) => ({ ...c, sentence, within: s })));
}

/** A lead-in this short (据报道，相较之下，说到底) says nothing alone: it joins the clause it introduces. */
const LEAD_IN = 5;

type Group = { first: number; last: number; hits: Hit[] };

/** Joins each short lead-in group to the next clause of its sentence (and that clause's group). */
function joinLeadIns(groups: Group[], clauses: readonly Clause[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const prev = out.at(-1);
    if (prev && prev.last >= g.first) {
      prev.last = Math.max(prev.last, g.last);
      prev.hits.push(...g.hits);
      continue;
    }
    const c = clauses[g.last]!;
    const next = clauses[g.last + 1];
    if (g.first === g.last && c.to - c.from <= LEAD_IN && next && next.sentence === c.sentence) g.last++;
    out.push(g);
  }
  return out;
}

/** Index of the clause holding UTF-16 offset `at`, or -1 when it falls between clauses. */
function clauseAt(clauses: readonly Clause[], at: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid]!;
    if (at < c.from) hi = mid - 1;
    else if (at >= c.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Narrows a long span to its matches plus a little context, snapped outwards to word boundaries. */
function narrow(words: Uint8Array, span: TextRange, hits: readonly Hit[]): TextRange {
  const first = Math.min(...hits.map((h) => h.from));
  const last = Math.max(...hits.map((h) => h.to));
  if (span.to - span.from <= LONG_CLAUSE || last - first > LONG_CLAUSE) return span;
  let from = Math.max(span.from, first - CONTEXT);
  while (from > span.from && !words[from]) from--;
  let to = Math.min(span.to, last + CONTEXT);
  while (to < span.to && !words[to]) to++;
  return { from, to };
}

function trim(text: string, span: TextRange): TextRange {
  const body = text.slice(span.from, span.to);
  const lead = LEADING.exec(body)?.[0].length ?? 0;
  const trail = TRAILING.exec(body.slice(lead))?.[0].length ?? 0;
  return { from: span.from + lead, to: span.to - trail };
}

/** The combined score of a group's matches: each rule counts once, at its weight. */
function scoreOf(hits: readonly Hit[]): number {
  const byRule = new Map<string, number>();
  for (const h of hits) byRule.set(h.rule, Math.max(byRule.get(h.rule) ?? 0, h.weight));
  const miss = [...byRule.values()].reduce((p, w) => p * (1 - w), 1);
  return Math.round((1 - miss) * 100) / 100;
}

/** The kind of a group: the kind whose matches weigh most together; the earlier table wins a tie. */
function kindOf(hits: readonly Hit[]): Hit {
  const weight = new Map<SuggestionKind, number>();
  for (const h of hits) weight.set(h.kind, (weight.get(h.kind) ?? 0) + h.weight);
  let best = hits[0]!;
  for (const h of hits) if (weight.get(h.kind)! > weight.get(best.kind)!) best = h;
  return best;
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** Suggests the check-worthy statements of `text`, in text order. */
export function suggestClaims(text: string, options: SuggestOptions = {}): Suggestion[] {
  const minScore = options.minScore ?? 0.4;
  const clauses = clausesOf(text);
  // Group matches by clause runs: [firstClause, lastClause] → hits. A match reaching across
  // clauses (a quotation with its speaker) joins all of them into one group.
  const grouped: Group[] = [];
  const words = wordBoundaries(text);
  for (const hit of hitsOf(text, words)) {
    const first = clauseAt(clauses, hit.from);
    const last = clauseAt(clauses, hit.to - 1);
    if (first < 0 || last < 0) continue;
    // Matches come in text order, so only the latest group can overlap this one.
    const open = grouped.at(-1);
    if (open && open.first <= last && first <= open.last) {
      open.first = Math.min(open.first, first);
      open.last = Math.max(open.last, last);
      open.hits.push(hit);
    } else grouped.push({ first, last, hits: [hit] });
  }
  const groups = joinLeadIns(grouped, clauses);
  const index = new CodePointIndex(text);
  const out: Suggestion[] = [];
  for (const g of groups) {
    const within = clauses[g.first]!.within;
    const discounts = discountsOf(text.slice(within.from, within.to));
    const score = Math.round(discounts.reduce((x, d) => x * d.factor, scoreOf(g.hits)) * 100) / 100;
    if (score < minScore) continue;
    const clauseSpan = { from: clauses[g.first]!.from, to: clauses[g.last]!.to };
    const span = trim(text, narrow(words, clauseSpan, g.hits));
    if (span.to <= span.from) continue;
    const strongest = [...g.hits].sort((a, b) => b.weight - a.weight);
    const head = kindOf(g.hits);
    const start = index.toCodePoint(span.from);
    const end = index.toCodePoint(span.to);
    out.push({
      exact: text.slice(span.from, span.to),
      start,
      end,
      kind: head.kind,
      tag: head.tag,
      reason: unique([...strongest.map((h) => h.zh), ...discounts.map((d) => d.zh)]).join('；'),
      reasonEn: unique([...strongest.map((h) => h.en), ...discounts.map((d) => d.en)]).join('; '),
      rules: unique(strongest.map((h) => h.rule)),
      score,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
