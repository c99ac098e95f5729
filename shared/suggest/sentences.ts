// Sentences and clauses of an article's text, the units claim suggestions are made of. A
// sentence ends at 。！？；…, at a half-width ! ? ; after a Chinese character, and at a line
// break; closing quotes and brackets stay with the sentence they close. A clause is a stretch
// of a sentence between commas and colons (full- or half-width): one statement. Offsets here
// are UTF-16 units of the text; the caller converts to code points once, at the end.

export interface TextRange {
  from: number;
  to: number;
}

const SENTENCE_END = /[。！？；]|…+|\n|(?<=\p{Script=Han}\s*)[!?;]/gu;
const CLOSERS = /^[”’」』）)\]】》"']+/u;
const CLAUSE_BREAK = /[，,：:]/gu;

/** Trims whitespace at both ends of a range; returns null when nothing is left. */
function trimmed(text: string, from: number, to: number): TextRange | null {
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return from < to ? { from, to } : null;
}

/** The sentences of `text`, in order, without surrounding whitespace. */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    let end = m.index + m[0].length;
    if (end <= start) continue;
    const closers = CLOSERS.exec(text.slice(end, end + 4));
    if (closers && m[0] !== '\n') end += closers[0].length;
    const r = trimmed(text, start, m[0] === '\n' ? m.index : end);
    if (r) out.push(r);
    start = end;
  }
  const last = trimmed(text, start, text.length);
  if (last) out.push(last);
  return out;
}

/**
 * The clauses of one sentence. A break inside quotation marks does not count: a quoted remark
 * stays one clause with what frames it.
 */
export function splitClauses(text: string, sentence: TextRange): TextRange[] {
  const body = text.slice(sentence.from, sentence.to);
  const out: TextRange[] = [];
  let start = 0;
  let depth = 0;
  let asciiOpen = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '“' || c === '「' || c === '『') depth++;
    else if ((c === '”' || c === '」' || c === '』') && depth > 0) depth--;
    else if (c === '"') asciiOpen = !asciiOpen;
    else if (depth === 0 && !asciiOpen && CLAUSE_BREAK.test(c)) {
      const r = trimmed(text, sentence.from + start, sentence.from + i);
      if (r) out.push(r);
      start = i + 1;
    }
    CLAUSE_BREAK.lastIndex = 0;
  }
  const r = trimmed(text, sentence.from + start, sentence.to);
  if (r) out.push(r);
  return out;
}
