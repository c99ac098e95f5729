// Re-anchoring: finding where a claim's passage went in a new version of the article text.
// (a) The old offsets still hold the quote, in agreeing context: done, confidence 1.
// (b) The quote occurs exactly elsewhere: score each occurrence by context and nearness.
// (c) Otherwise, or when (b) is not conclusive, an approximate search over the whole text.
// A claim is attached only above ANCHOR_THRESHOLD and only when no rival passage is about as
// plausible; otherwise it becomes an orphan that carries the best guess for the user to judge.
import { alignOutwards, searchEnds } from './approx-match.ts';
import { IndexedText, toCodePoints } from './indexed-text.ts';
import {
  AMBIGUITY_MARGIN,
  ANCHOR_THRESHOLD,
  MIN_QUOTE_AGREEMENT,
  confidenceOf,
  contextAgreement,
  positionAgreement,
  type Context,
} from './score.ts';
import type { TextPositionSelector, TextQuoteSelector, TextSelector } from './selectors.ts';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export type OrphanReason = 'not-found' | 'low-confidence' | 'ambiguous';

export interface Placement {
  start: number;
  end: number;
  confidence: number;
}

export type AnchorResult =
  | ({ status: 'anchored'; method: AnchorMethod } & Placement)
  | { status: 'orphan'; reason: OrphanReason; best?: Placement };

export type Anchorer = (selectors: readonly TextSelector[]) => AnchorResult;

/**
 * The old text at the old offsets must agree this well with the recorded context before the
 * offsets are trusted outright: a short quote ("腾讯") can sit at its old offset by chance.
 */
const POSITION_CONTEXT_MIN = 0.5;

/** Where the quote was found: its end and cost, and its start when already known. */
interface Found {
  start?: number;
  end: number;
  errors: number;
}

interface Candidate extends Placement {
  errors: number;
}

/** Prepares `newText` once; the returned function re-anchors one claim's selectors. */
export function createAnchorer(newText: string): Anchorer {
  const text = new IndexedText(newText);
  return (selectors) => anchorIn(text, selectors);
}

/** Re-anchors one claim. For many claims over one text, use createAnchorer. */
export function reanchor(newText: string, selectors: readonly TextSelector[]): AnchorResult {
  return createAnchorer(newText)(selectors);
}

function anchorIn(text: IndexedText, selectors: readonly TextSelector[]): AnchorResult {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!quote) throw new TypeError('a claim is re-anchored from its TextQuoteSelector; none was given');
  if (quote.exact.length === 0) throw new RangeError('a TextQuoteSelector must quote some text');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const exact = toCodePoints(quote.exact);
  const context: Context = { prefix: toCodePoints(quote.prefix), suffix: toCodePoints(quote.suffix) };
  const oldStart = position?.start ?? null;

  const evidence = (start: number, errors: number, contextScore: number | null) => ({
    quote: 1 - errors / exact.length,
    context: contextScore,
    position: oldStart === null ? null : positionAgreement(start, oldStart),
  });
  const hasContext = context.prefix.length + context.suffix.length > 0;

  /**
   * Scores candidates most promising first, skipping those whose best case (perfect context,
   * the start nearest the old offset that `slack` allows) falls short of a scored candidate by
   * AMBIGUITY_MARGIN: such a candidate could neither win nor make the winner ambiguous.
   */
  const rank = (found: Found[], slack: number): Candidate[] => {
    const bounded = found.map((f) => {
      const start = f.start ?? f.end - exact.length;
      const nearest = oldStart === null ? start : start + Math.max(-slack, Math.min(slack, oldStart - start));
      return { f, bound: confidenceOf(evidence(nearest, f.errors, hasContext ? 1 : null)) };
    });
    bounded.sort((a, b) => b.bound - a.bound);
    const scored: Candidate[] = [];
    let floor = -Infinity;
    for (const { f, bound } of bounded) {
      if (bound < floor) break;
      const start = f.start ?? f.end - alignOutwards(exact, text.codePoints, f.end - 1, -1, exact.length + slack).length;
      const confidence = confidenceOf(evidence(start, f.errors, contextAgreement(text, start, f.end, context)));
      scored.push({ start, end: f.end, errors: f.errors, confidence });
      floor = Math.max(floor, confidence - AMBIGUITY_MARGIN);
    }
    return scored;
  };

  if (position && position.end - position.start === exact.length && holdsAt(text, exact, position.start)) {
    if ((contextAgreement(text, position.start, position.end, context) ?? 1) >= POSITION_CONTEXT_MIN) {
      return { status: 'anchored', method: 'position', start: position.start, end: position.end, confidence: 1 };
    }
  }

  const pattern = text.idsOf(exact);
  const occurrences = text.occurrences(pattern).map((start) => ({ start, end: start + exact.length, errors: 0 }));
  const byQuote = decide(rank(occurrences, 0));
  if (byQuote.status === 'anchored') return byQuote;

  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_AGREEMENT));
  if (maxErrors === 0) return byQuote;
  return decide(rank(searchEnds(text.ids, pattern, maxErrors, text.alphabetSize), maxErrors));
}

function holdsAt(text: IndexedText, exact: Int32Array, start: number): boolean {
  if (start + exact.length > text.length) return false;
  for (let k = 0; k < exact.length; k++) if (text.codePoints[start + k] !== exact[k]) return false;
  return true;
}

/** Picks the most plausible candidate, or explains why none may be attached. */
function decide(candidates: Candidate[]): AnchorResult {
  if (candidates.length === 0) return { status: 'orphan', reason: 'not-found' };
  let best = candidates[0]!;
  for (const c of candidates) if (c.confidence > best.confidence) best = c;
  const placement = { start: best.start, end: best.end, confidence: best.confidence };
  if (best.confidence < ANCHOR_THRESHOLD) return { status: 'orphan', reason: 'low-confidence', best: placement };
  // A rival counts only if it is a different passage: overlapping candidates are one place
  // seen with slightly different edges.
  const rival = candidates.some(
    (c) => c !== best && (c.end <= best.start || c.start >= best.end) && best.confidence - c.confidence < AMBIGUITY_MARGIN,
  );
  if (rival) return { status: 'orphan', reason: 'ambiguous', best: placement };
  return { status: 'anchored', method: best.errors === 0 ? 'quote' : 'fuzzy', ...placement };
}
