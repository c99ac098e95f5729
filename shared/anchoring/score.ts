// How much a candidate passage looks like the claim's original place, as one confidence in
// 0..1, and the threshold below which a claim is listed as an orphan rather than attached.
// Unlike Hypothesis's matcher, which takes the best-scoring match whatever its score, we
// refuse to attach when the evidence is weak or when two places are equally plausible.
import { alignOutwards } from './approx-match.ts';
import type { IndexedText } from './indexed-text.ts';

// The weights sum to 1, so confidence is a weighted average of three agreements in 0..1.
/** The quote is what the claim says: the passage must still say (nearly) that. */
export const QUOTE_WEIGHT = 0.5;
/**
 * Context is what tells a passage from its lookalikes: Chinese tech articles repeat short
 * phrases ("腾讯的元宝") often, but rarely with the same 32 code points on either side.
 */
export const CONTEXT_WEIGHT = 0.3;
/**
 * Nearness to the old offset. Edits shift text by a few paragraphs at most, so nearness both
 * breaks ties between identical passages and keeps a far-away copy from winning on its own.
 */
export const POSITION_WEIGHT = 0.2;
/**
 * Code points over which the position agreement falls by a factor e: about three paragraphs
 * of Chinese. A quote and both contexts intact but 1,400 code points away score just under
 * the threshold: a moved paragraph is offered as `best`, not attached silently.
 */
export const POSITION_SCALE = 1000;
/**
 * Below this a claim becomes an orphan. It admits an intact quote with intact context up to
 * ~1,400 code points from its old place, a quote with a tenth of it edited in intact context
 * up to ~700 away, or an intact quote that kept one side of its context up to ~500 away; it
 * refuses an intact quote whose context on both sides is gone, which is what a lookalike
 * looks like, even at the claim's old offset.
 */
export const ANCHOR_THRESHOLD = 0.85;
/**
 * Two candidates closer than this are equally plausible: the claim is ambiguous and becomes
 * an orphan instead of being attached to either.
 */
export const AMBIGUITY_MARGIN = 0.03;
/**
 * The quote agreement below which even perfect context and position cannot reach the
 * threshold; the approximate search need not look for worse matches.
 */
export const MIN_QUOTE_AGREEMENT = 1 - (1 - ANCHOR_THRESHOLD) / QUOTE_WEIGHT;

/**
 * Agreements of one candidate with the claim, each 0..1; context is null when the claim
 * recorded none, position when it recorded no offsets.
 */
export interface Evidence {
  quote: number;
  context: number | null;
  position: number | null;
}

/** The weighted average of the agreements that are known: what is missing cannot vote. */
export function confidenceOf(e: Evidence): number {
  let sum = QUOTE_WEIGHT * e.quote;
  let weights = QUOTE_WEIGHT;
  if (e.context !== null) {
    sum += CONTEXT_WEIGHT * e.context;
    weights += CONTEXT_WEIGHT;
  }
  if (e.position !== null) {
    sum += POSITION_WEIGHT * e.position;
    weights += POSITION_WEIGHT;
  }
  return sum / weights;
}

export function positionAgreement(start: number, oldStart: number): number {
  return Math.exp(-Math.abs(start - oldStart) / POSITION_SCALE);
}

/** The claim's context as code points, prepared once per claim. */
export interface Context {
  prefix: Int32Array;
  suffix: Int32Array;
}

/**
 * How well the text around [start, end) agrees with the claim's prefix and suffix: the mean
 * of their length-weighted average and of the better side alone. An edit right beside a
 * claim wipes out one side only, and 32 intact code points on the other side are strong
 * evidence by themselves, so one intact side still gives 0.75. Null when the claim recorded no
 * context (it spanned the whole text, or came from a tool that keeps none).
 */
export function contextAgreement(text: IndexedText, start: number, end: number, context: Context): number | null {
  const { prefix, suffix } = context;
  if (prefix.length + suffix.length === 0) return null;
  const before = sideAgreement(prefix, text.codePoints, start - 1, -1);
  const after = sideAgreement(suffix, text.codePoints, end, 1);
  const average = (before * prefix.length + after * suffix.length) / (prefix.length + suffix.length);
  // A side cut short by the edge of the text proves less than the longer side would.
  const better = Math.max(before * prefix.length, after * suffix.length) / Math.max(prefix.length, suffix.length);
  return (average + better) / 2;
}

function sideAgreement(side: Int32Array, text: Int32Array, from: number, step: 1 | -1): number {
  const m = side.length;
  if (m === 0) return 1;
  if (sameRun(side, text, from, step)) return 1;
  // Reading half as much again lets text inserted right at the edge be skipped at its cost.
  const { distance } = alignOutwards(side, text, from, step, m + (m >> 1));
  return 1 - Math.min(distance, m) / m;
}

/** Whether the text read outwards from `from` starts with exactly `side`: the common case. */
function sameRun(side: Int32Array, text: Int32Array, from: number, step: 1 | -1): boolean {
  const m = side.length;
  for (let k = 0; k < m; k++) {
    const at = from + step * k;
    if (at < 0 || at >= text.length) return false;
    if (text[at] !== side[step === 1 ? k : m - 1 - k]) return false;
  }
  return true;
}
