// W3C Web Annotation selectors for a claim's text: what the claim quoted (TextQuoteSelector)
// and where it stood (TextPositionSelector), both in code points over the article's normalised
// text. These are the wire format kept in the project file; re-anchoring reads only these.
import { z } from 'zod';
import { CodePointIndex } from '../text/codepoints.ts';

/** Code points of context kept on each side of a quote; fewer at the edges of the text. */
export const CONTEXT_LENGTH = 32;

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((s) => s.end > s.start, { message: 'a position selector spans at least one code point' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const TextSelectorSchema = z.discriminatedUnion('type', [
  TextQuoteSelectorSchema,
  TextPositionSelectorSchema,
]);
export type TextSelector = z.infer<typeof TextSelectorSchema>;

/** Both selectors of one span, as a claim stores them. */
export interface SpanSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

function checkSpan(index: CodePointIndex, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > index.length || end <= start) {
    throw new RangeError(`span [${start}, ${end}) is not a non-empty span of a ${index.length}-code-point text`);
  }
}

function quoteIn(index: CodePointIndex, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: index.slice(end, Math.min(index.length, end + CONTEXT_LENGTH)),
  };
}

/** Describes the span [start, end) of `text` (code points) with both selectors. */
export function describeSpan(text: string, start: number, end: number): SpanSelectors {
  const index = new CodePointIndex(text);
  checkSpan(index, start, end);
  return { quote: quoteIn(index, start, end), position: { type: 'TextPositionSelector', start, end } };
}

/** The quote selector for a position in `text`. Throws if the position lies outside the text. */
export function quoteAt(text: string, position: TextPositionSelector): TextQuoteSelector {
  const index = new CodePointIndex(text);
  checkSpan(index, position.start, position.end);
  return quoteIn(index, position.start, position.end);
}
