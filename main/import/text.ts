// Plain text (files and pasted text): normalise, one block per non-blank line, then the repost
// cleanups that recover the structure reposting flattened (title, sections, captions, figures).
import { ArticleBuilder } from '../../shared/article/builder';
import type { ArticleContent } from '../../shared/article/model';
import { normalizeText } from '../../shared/article/normalize';
import { runRepostCleanups, type CleanupReport, type Segment } from '../../shared/article/repost-cleanup';
import { cpLength } from '../../shared/text/codepoints';

export interface TextImport {
  content: ArticleContent;
  cleanups: CleanupReport[];
}

// A first line this short that does not end like a sentence is the article's title.
const MAX_TITLE_LINE = 40;
const SENTENCE_END = /[。!?!?;;,,::…]$/;

export function importPlainText(
  raw: string,
  opts: { fileName?: string; fallbackTitle: string; title?: string; disabledCleanups?: readonly string[] },
): TextImport {
  const lines = normalizeText(raw)
    .split('\n')
    .filter((line) => line.trim() !== '');
  const cleaned = runRepostCleanups(
    lines.map((text): Segment => ({ kind: 'paragraph', text })),
    opts.disabledCleanups,
  );
  const segments = cleaned.segments;
  let title = opts.title ?? cleaned.title;
  const first = segments[0];
  if (first && first.kind === 'paragraph') {
    const looksLikeTitle =
      title === undefined ? segments.length > 1 && cpLength(first.text) <= MAX_TITLE_LINE && !SENTENCE_END.test(first.text) : first.text.trim() === title;
    if (looksLikeTitle) {
      first.kind = 'title';
      title ??= first.text.trim();
    }
  }
  const builder = new ArticleBuilder();
  for (const s of segments) builder.add(s.kind, s.text, { level: s.level, alt: s.alt });
  const content = builder.build(title ?? opts.fallbackTitle, opts.fileName ? { fileName: opts.fileName } : {});
  return { content, cleanups: cleaned.reports };
}
