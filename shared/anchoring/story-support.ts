// Helpers for the anchoring stories: claims marked on an article by their wording, and a
// reading of where a claim landed. Used by tests only; the tests read the fixtures themselves.
import { CodePointIndex } from '../text/codepoints.ts';
import type { AnchorResult } from './reanchor.ts';
import { describeSpan, type TextPositionSelector, type TextQuoteSelector } from './selectors.ts';

/** A claim marked on the `nth` occurrence of `wording` in `text`, as the reader records it. */
export function claimOn(text: string, wording: string, nth = 0): [TextQuoteSelector, TextPositionSelector] {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(wording, at + 1);
    if (at < 0) throw new Error(`"${wording}" occurs fewer than ${nth + 1} times`);
  }
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(at);
  const end = index.toCodePoint(at + wording.length);
  const { quote, position } = describeSpan(text, start, end);
  return [quote, position];
}

/** Code-point offset of the `nth` occurrence of `wording` in `text`. */
export function offsetOf(text: string, wording: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(wording, at + 1);
  if (at < 0) throw new Error(`"${wording}" not found`);
  return new CodePointIndex(text).toCodePoint(at);
}

/** The text a claim was attached to, or null for an orphan. */
export function landedOn(text: string, result: AnchorResult): string | null {
  return result.status === 'anchored' ? new CodePointIndex(text).slice(result.start, result.end) : null;
}
