// Painting ranges of the reader through the CSS Custom Highlight API: the selected claim and
// find matches are shown without touching the Lexical view (no re-render, no node splits).
export type HighlightName = 'pizhu-selected' | 'pizhu-find' | 'pizhu-find-current' | 'pizhu-suggest';

export function paintHighlight(name: HighlightName, ranges: readonly Range[]): void {
  // Chromium (and so Electron) has the API; elsewhere the highlight is simply not shown.
  if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}
