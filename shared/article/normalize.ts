// Normalisation of article text: the one place that decides which characters of a source reach
// the model. It only removes invisible differences (line endings, NBSP, zero-width characters,
// trailing spaces, extra blank lines), so two imports of the same article in different encodings
// or formats give the same text, and anchors stay valid across re-imports.
//
// Rules, applied in this order by `normalizeText`:
//   1. Line endings: CRLF, lone CR, U+2028 and U+2029 become LF ("\n").
//   2. NBSP (U+00A0), narrow NBSP (U+202F) and figure space (U+2007) become a plain space.
//   3. Zero-width characters are removed: U+200B ZWSP, U+2060 word joiner, U+FEFF BOM/ZWNBSP and
//      U+00AD soft hyphen. U+200C/U+200D (ZWNJ/ZWJ) are kept: they are part of emoji sequences
//      such as 👨‍👩‍👧 and of some scripts, so removing them would change what the author wrote.
//   4. Spaces and tabs at the end of each line are removed.
//   5. Runs of blank (empty after rule 4) lines collapse to one blank line; blank lines at the
//      start and end of the text are removed.
// Nothing else changes: punctuation, full-/half-width forms, traditional/simplified characters,
// spaces inside a line and quotes are left exactly as written. The function is pure and
// idempotent: normalizeText(normalizeText(s)) === normalizeText(s).

const LINE_BREAKS = /\r\n|\r|\u2028|\u2029/g;
const SPACE_LIKE = /[\u00a0\u202f\u2007]/g;
const ZERO_WIDTH = /[\u200b\u2060\ufeff\u00ad]/g;
const TRAILING_SPACES = /[ \t]+$/gm;
const BLANK_RUNS = /\n{3,}/g;

/** Rules 2-3 only: for a run of inline text whose line structure is decided elsewhere (HTML). */
export function normalizeInline(s: string): string {
  // Most runs hold none of these: one test spares both copies.
  return INVISIBLE.test(s) ? s.replace(SPACE_LIKE, ' ').replace(ZERO_WIDTH, '') : s;
}
const INVISIBLE = /[\u00a0\u202f\u2007\u200b\u2060\ufeff\u00ad]/;

/** The full normalisation of a text, rules 1-5 above. */
export function normalizeText(s: string): string {
  return normalizeInline(s.replace(LINE_BREAKS, '\n'))
    .replace(TRAILING_SPACES, '')
    .replace(BLANK_RUNS, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
