// Re-anchoring 2,000 claims after 50 edits to a 100,000-character Chinese text: ours against
// Hypothesis's quote matcher (approx-string-match with its scoring) and diff-match-patch's
// match_main, side by side in one run. Ground truth follows every original code point through
// the edits, so "correct" and "wrong" are decided by where each claim's text really went.
// `npm run bench -- anchoring [seed]`; ANCHORING_DEBUG=1 prints each claim we lost or misplaced.
import { readFileSync } from 'node:fs';
import approxSearch from 'approx-string-match';
import DiffMatchPatch from 'diff-match-patch';
import { createAnchorer, type AnchorResult } from '../shared/anchoring/reanchor.ts';
import { describeSpan, type SpanSelectors } from '../shared/anchoring/selectors.ts';
import { CodePointIndex } from '../shared/text/codepoints.ts';
import { ratio, report, result, time } from './lib.ts';

const CLAIMS = 2000;
const EDITS = 50;
const TARGET_LENGTH = 100_000;

/** Deterministic PRNG (mulberry32) so every run measures the same text, claims and edits. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(Number(process.argv[2] ?? 20241105));
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;

// The seed article repeated with variations: copies share most sentences (lookalikes for
// every claim), some words change per copy, and numbered notes make some passages unique.
const seed = readFileSync(new URL('../fixtures/anchoring/seed-article.txt', import.meta.url), 'utf8').split('\n');
const VARIANTS: [string, string[]][] = [
  ['腾讯', ['腾讯', '腾讯公司', '鹅厂']],
  ['元宝', ['元宝', '元宝 App', '腾讯元宝']],
  ['大模型', ['大模型', '大语言模型', '基础模型']],
  ['用户', ['用户', '使用者', '网民']],
];
function buildText(): string {
  const lines: string[] = [];
  let length = 0;
  for (let copy = 1; length < TARGET_LENGTH; copy++) {
    for (const line of seed) {
      let varied = line;
      for (const [word, choices] of VARIANTS) if (random() < 0.3) varied = varied.replaceAll(word, pick(choices));
      lines.push(varied);
      if (random() < 0.3) lines.push(`第 ${copy} 版注 ${int(100, 999)}:该数据来自${pick(['𠮷野', '👨‍👩‍👧 家庭组', '内部测评'])}样本 ${int(1000, 9999)}。`);
      length += [...varied].length + 1;
    }
  }
  return [...lines.join('\n')].slice(0, TARGET_LENGTH).join('');
}

// The text as code points, each remembering which original code point it is (-1: inserted).
interface Tracked {
  chars: string[];
  origin: number[];
}
type Span = { start: number; end: number };

function currentSpan(t: Tracked, claim: Span): Span | null {
  let start = -1;
  let end = -1;
  t.origin.forEach((o, i) => {
    if (o >= claim.start && o < claim.end) {
      if (start < 0) start = i;
      end = i + 1;
    }
  });
  return start < 0 ? null : { start, end };
}

function applyEdits(t: Tracked, claims: Span[], pool: string[]): void {
  const splice = (at: number, remove: number, insert: string): void => {
    const chars = [...insert];
    t.chars.splice(at, remove, ...chars);
    t.origin.splice(at, remove, ...chars.map(() => -1));
  };
  for (let e = 0; e < EDITS; e++) {
    const n = t.chars.length;
    const kind = e % 5;
    if (kind === 0 || kind === 1) {
      // Insert a note, or a lookalike copied from elsewhere in the text.
      const at = int(0, n);
      const from = int(0, n - 40);
      splice(at, 0, kind === 0 ? `(编者注:${int(10, 99)} 处已更正)` : t.chars.slice(from, from + int(8, 40)).join(''));
    } else if (kind === 2) {
      // Correct a few characters inside a claim.
      const span = currentSpan(t, pick(claims));
      if (!span) continue;
      const at = int(span.start, span.end - 1);
      splice(at, int(1, 3), pick(pool));
    } else if (kind === 3) {
      const at = int(0, n - 20);
      splice(at, int(1, 20), '');
    } else {
      // Delete a claim's whole passage, with a little on either side.
      const span = currentSpan(t, pick(claims));
      if (!span) continue;
      const start = Math.max(0, span.start - int(0, 5));
      splice(start, span.end + int(0, 5) - start, '');
    }
  }
}

/** Where a claim's text went: its surviving code points, in order, and the span they cover. */
interface Truth extends Span {
  survivors: number[];
}

/** Where each claim's text went, or deleted when most of its code points are gone. */
function groundTruth(t: Tracked, claims: Span[], originalLength: number): (Truth | 'deleted')[] {
  const moved = new Int32Array(originalLength).fill(-1);
  t.origin.forEach((o, i) => {
    if (o >= 0) moved[o] = i;
  });
  return claims.map(({ start, end }) => {
    const survivors: number[] = [];
    for (let o = start; o < end; o++) if (moved[o]! >= 0) survivors.push(moved[o]!);
    if (survivors.length * 2 <= end - start) return 'deleted';
    return { start: survivors[0]!, end: survivors.at(-1)! + 1, survivors };
  });
}

/**
 * How an anchor relates to where the claim's text went. 'right': it holds at least half of
 * the claim's surviving code points and lies mostly within the passage they span (an
 * approximate match may disagree about an edge or leave out text inserted at one end).
 * 'partial': it lies mostly within that passage but holds fewer of them, as when text copied
 * from the claim itself was pasted into it. 'elsewhere': anything else, such as a lookalike.
 */
function judge(found: Span, truth: Truth): 'right' | 'partial' | 'elsewhere' {
  const inside = Math.min(found.end, truth.end) - Math.max(found.start, truth.start);
  if (inside * 2 < found.end - found.start) return 'elsewhere';
  const held = truth.survivors.filter((p) => p >= found.start && p < found.end).length;
  return held * 2 >= truth.survivors.length ? 'right' : 'partial';
}

// Hypothesis's approach, reimplemented from its documented behaviour: trust the position if
// the quote is still there, else score every approximate match of the quote (maxErrors =
// min(256, length / 2)) by quote 50, prefix 20, suffix 20, position 2, and take the best.
function hypothesisSearch(text: string, str: string, maxErrors: number) {
  const exact: { start: number; end: number; errors: number }[] = [];
  for (let i = text.indexOf(str); i !== -1; i = text.indexOf(str, i + 1)) exact.push({ start: i, end: i + str.length, errors: 0 });
  return exact.length > 0 ? exact : approxSearch(text, str, maxErrors);
}
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  return 1 - hypothesisSearch(text, str, str.length)[0]!.errors / str.length;
}
function hypothesisAnchor(text: string, claim: Utf16Claim): Span | null {
  if (text.slice(claim.start, claim.end) === claim.exact) return { start: claim.start, end: claim.end };
  const matches = hypothesisSearch(text, claim.exact, Math.min(256, claim.exact.length / 2));
  let best: Span | null = null;
  let bestScore = -Infinity;
  for (const m of matches) {
    const quote = 1 - m.errors / claim.exact.length;
    const prefix = claim.prefix ? textMatchScore(text.slice(Math.max(0, m.start - claim.prefix.length), m.start), claim.prefix) : 1;
    const suffix = claim.suffix ? textMatchScore(text.slice(m.end, m.end + claim.suffix.length), claim.suffix) : 1;
    const position = 1 - Math.abs(m.start - claim.start) / text.length;
    const score = (50 * quote + 20 * prefix + 20 * suffix + 2 * position) / 92;
    if (score > bestScore) [best, bestScore] = [{ start: m.start, end: m.end }, score];
  }
  return best;
}

function dmpAnchor(dmp: DiffMatchPatch, text: string, claim: Utf16Claim): Span | null {
  // match_main handles at most 32 characters; longer quotes are located by their head.
  const at = dmp.match_main(text, claim.exact.slice(0, dmp.Match_MaxBits), claim.start);
  return at < 0 ? null : { start: at, end: Math.min(text.length, at + claim.exact.length) };
}

interface Utf16Claim {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

interface Tally {
  correct: number;
  partial: number;
  exactSpan: number;
  wrong: number;
  orphaned: number;
  orphanedDeleted: number;
  ms: number;
}

function tally(truth: (Truth | 'deleted')[], found: (Span | null)[], ms: number): Tally {
  const t: Tally = { correct: 0, partial: 0, exactSpan: 0, wrong: 0, orphaned: 0, orphanedDeleted: 0, ms: Math.round(ms * 10) / 10 };
  found.forEach((f, i) => {
    const truthSpan = truth[i]!;
    if (!f) {
      t.orphaned++;
      if (truthSpan === 'deleted') [t.orphanedDeleted, t.correct] = [t.orphanedDeleted + 1, t.correct + 1];
      return;
    }
    if (truthSpan === 'deleted') return void t.wrong++;
    const verdict = judge(f, truthSpan);
    if (verdict === 'right') t.correct++;
    else if (verdict === 'partial') t.partial++;
    else t.wrong++;
    if (f.start === truthSpan.start && f.end === truthSpan.end) t.exactSpan++;
  });
  return t;
}

/** Runs `fn` once for its answers (and to warm up), then times three more runs: median. */
async function measure<T>(fn: () => T): Promise<{ value: T; ms: number }> {
  const value = fn();
  const { medianMs } = await time(fn, { runs: 3, warmup: 0 });
  return { value, ms: medianMs };
}

const oldText = buildText();
const oldIndex = new CodePointIndex(oldText);
const claimSpans: Span[] = Array.from({ length: CLAIMS }, () => {
  const length = int(4, 60);
  const start = int(0, oldIndex.length - length);
  return { start, end: start + length };
});
const selectors: SpanSelectors[] = claimSpans.map(({ start, end }) => describeSpan(oldText, start, end));
const tracked: Tracked = { chars: [...oldText], origin: [...oldText].map((_, i) => i) };
applyEdits(tracked, claimSpans, ['参数', '亿', '第 12', '百度', '模型']);
const newText = tracked.chars.join('');
const newIndex = new CodePointIndex(newText);
const truth = groundTruth(tracked, claimSpans, oldIndex.length);

// The baselines work in UTF-16 units, as the libraries do: convert before timing.
const utf16Claims: Utf16Claim[] = selectors.map(({ quote, position }) => ({
  ...quote,
  start: oldIndex.toUtf16(position.start),
  end: oldIndex.toUtf16(position.end),
}));
const toCodePoints = (s: Span | null): Span | null =>
  s && { start: newIndex.toCodePoint(s.start), end: newIndex.toCodePoint(s.end) };

const ours = await measure(() => {
  const anchor = createAnchorer(newText);
  return selectors.map(({ quote, position }): AnchorResult => anchor([quote, position]));
});
const hypothesis = await measure(() => utf16Claims.map((c) => hypothesisAnchor(newText, c)));
const dmp = new DiffMatchPatch();
const diffMatchPatch = await measure(() => utf16Claims.map((c) => dmpAnchor(dmp, newText, c)));

const oursTally = tally(
  truth,
  ours.value.map((r) => (r.status === 'anchored' ? r : null)),
  ours.ms,
);
const hypothesisTally = tally(truth, hypothesis.value.map(toCodePoints), hypothesis.ms);
const dmpTally = tally(truth, diffMatchPatch.value.map(toCodePoints), diffMatchPatch.ms);

const deleted = truth.filter((t) => t === 'deleted').length;
report('text length (code points)', newIndex.length);
report('claims / edits / claims deleted by edits', `${CLAIMS} / ${EDITS} / ${deleted}`);
report('claims moved or edited (not at old offsets)', truth.filter((t, i) => t !== 'deleted' && t.start !== claimSpans[i]!.start).length);
const methods = ours.value.reduce<Record<string, number>>((acc, r) => {
  const key = r.status === 'anchored' ? r.method : `orphan:${r.reason}`;
  acc[key] = (acc[key] ?? 0) + 1;
  return acc;
}, {});
report('ours by method', JSON.stringify(methods));
if (process.env.ANCHORING_DEBUG) {
  ours.value.forEach((r, i) => {
    const t = truth[i]!;
    const wrong = r.status === 'anchored' && (t === 'deleted' || judge(r, t) !== 'right');
    if (!wrong && (r.status === 'anchored' || t === 'deleted')) return;
    const got = r.status === 'anchored' ? newIndex.slice(r.start, r.end) : null;
    const now = t === 'deleted' ? null : newIndex.slice(t.start, t.end);
    process.stdout.write(`${JSON.stringify({ result: r, quote: selectors[i]!.quote, got, now })}\n`);
  });
}
for (const [name, t] of [['ours', oursTally], ['hypothesis', hypothesisTally], ['diff-match-patch', dmpTally]] as const) {
  report(`${name}: correct / partial / wrong`, `${t.correct} / ${t.partial} / ${t.wrong}`);
  report(`${name}: orphaned (of them deleted)`, `${t.orphaned} (${t.orphanedDeleted})`);
  report(`${name}: exact spans, median time of 3 runs`, `${t.exactSpan}, ${t.ms} ms`);
}
result({
  claims: CLAIMS,
  edits: EDITS,
  deleted,
  ours: oursTally,
  hypothesis: hypothesisTally,
  diffMatchPatch: dmpTally,
  hypothesisTimeVsOurs: ratio(hypothesis.ms, ours.ms),
  diffMatchPatchTimeVsOurs: ratio(diffMatchPatch.ms, ours.ms),
});
