// The suggestions the navigator's 建议 list wants underlined in the reader (when 在文中标出 is
// on), so the list does not reach into the reader and the reader paints them with its own DOM
// mapping. A listener is told at once what is shown now.
import { createChannel } from '../app/channel';
import type { Span } from '../reader/ArticleDom';

const marks = createChannel<readonly Span[]>();
let current: readonly Span[] = [];

export function showSuggestionMarks(spans: readonly Span[]): void {
  // The same places again (an edit elsewhere recomputed the list): the reader is not disturbed.
  if (spans.length === current.length && spans.every((s, i) => s.start === current[i]!.start && s.end === current[i]!.end)) return;
  current = spans;
  marks.send(spans);
}

/** Subscribes (called at once with what is shown now); returns the function that unsubscribes. */
export function onSuggestionMarks(listener: (spans: readonly Span[]) => void): () => void {
  listener(current);
  return marks.listen(listener);
}
