// The suggestions the navigator's 建议 list wants underlined in the reader (when 在文中标出 is
// on): a tiny subscription, so the list does not reach into the reader and the reader paints
// them with its own DOM mapping.
import type { Span } from '../reader/ArticleDom';

type Listener = (spans: readonly Span[]) => void;
const listeners = new Set<Listener>();
let current: readonly Span[] = [];

export function showSuggestionMarks(spans: readonly Span[]): void {
  // The same places again (an edit elsewhere recomputed the list): the reader is not disturbed.
  if (spans.length === current.length && spans.every((s, i) => s.start === current[i]!.start && s.end === current[i]!.end)) return;
  current = spans;
  for (const listener of listeners) listener(spans);
}

/** Subscribes (called at once with what is shown now); returns the function that unsubscribes. */
export function onSuggestionMarks(listener: Listener): () => void {
  listeners.add(listener);
  listener(current);
  return () => void listeners.delete(listener);
}
