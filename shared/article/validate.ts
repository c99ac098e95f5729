// The structural invariants of an ArticleContent that a schema cannot express: blocks in order,
// inside the text, not overlapping, separated by exactly one "\n", links inside the text.
// Importers check their output with it; the store can check what it loads.
import type { ArticleContent } from './model';
import { CodePointIndex } from '../text/codepoints';

/** Every broken invariant of `content`, described; empty when the content is sound. */
export function articleProblems(content: ArticleContent): string[] {
  const problems: string[] = [];
  const index = new CodePointIndex(content.text);
  const length = index.length;
  let previousEnd = 0;
  let previousNonEmpty = false;
  content.blocks.forEach((b, i) => {
    if (b.start > b.end || b.end > length) problems.push(`block ${i} (${b.kind}) spans ${b.start}-${b.end} outside 0-${length}`);
    if (b.start < previousEnd) problems.push(`block ${i} (${b.kind}) starts at ${b.start}, before the previous end ${previousEnd}`);
    if (b.end > b.start) {
      const gap = index.slice(previousEnd, b.start);
      const expected = previousNonEmpty ? '\n' : '';
      if (gap !== expected) problems.push(`block ${i} (${b.kind}) is preceded by ${JSON.stringify(gap)}, not ${JSON.stringify(expected)}`);
      previousNonEmpty = true;
      previousEnd = b.end;
    }
  });
  if (previousEnd !== length) problems.push(`text continues after the last block (${previousEnd} of ${length})`);
  content.links.forEach((l, i) => {
    if (l.start >= l.end || l.end > length) problems.push(`link ${i} spans ${l.start}-${l.end} outside 0-${length}`);
  });
  return problems;
}
