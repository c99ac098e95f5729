// Snapping a reader's selection to whole words before it becomes a claim, so a claim never
// starts or ends inside a word ("参|数量" becomes "参数量"). Chinese has no spaces between
// words; Intl.Segmenter's dictionary-based word breaks find them. Offsets are code points.
import { CodePointIndex } from './codepoints.ts';

export interface WordSpan {
  start: number;
  end: number;
}

const WHITESPACE = /\s/u;

/**
 * Expands [start, end) (code points of `text`) outwards to word boundaries, then trims
 * whitespace at both ends. Expansion stays within the lines the selection touches: word
 * segments never contain a line break. Returns null when only whitespace was selected.
 */
export function snapToWords(text: string, start: number, end: number, locale = 'zh'): WordSpan | null {
  const index = new CodePointIndex(text);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > index.length || end < start) {
    throw new RangeError(`selection [${start}, ${end}) is not within a ${index.length}-code-point text`);
  }
  let from = index.toUtf16(start);
  let to = index.toUtf16(end);
  if (from === to) return null;
  // Segment only the lines the selection touches: a long article is not re-segmented per call.
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const newline = text.indexOf('\n', to);
  const lines = text.slice(lineStart, newline < 0 ? text.length : newline);
  const segments = new Intl.Segmenter(locale, { granularity: 'word' }).segment(lines);
  const first = segments.containing(from - lineStart);
  const last = segments.containing(to - 1 - lineStart);
  if (first) from = lineStart + first.index;
  if (last) to = lineStart + last.index + last.segment.length;

  while (from < to && WHITESPACE.test(text[from]!)) from++;
  while (to > from && WHITESPACE.test(text[to - 1]!)) to--;
  if (from === to) return null;
  return { start: index.toCodePoint(from), end: index.toCodePoint(to) };
}
