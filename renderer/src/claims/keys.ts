// The one rule for the workspace's single-key shortcuts (digits for tags, J/K for claims): they
// act only when focus is in the reader or in a list (or nowhere in particular), never while a
// text field, a select, the note editor, a dialog or a control with keys of its own (the
// strength control) has focus. Typing a date never toggles a tag. Ctrl+Enter (mark the reader's
// selection) is a chord, not a letter: it acts wherever focus is, except where keys are typed.

/** The part of a DOM element the rule looks at, so it can be tested without a browser. */
export interface FocusTarget {
  closest(selector: string): unknown;
  tagName?: string;
}

/** Where keys are typed into or owned: shortcuts stay out. */
export const OWNS_KEYS = 'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="menu"], [data-own-keys]';
/** Where shortcuts act: the reader and lists (articles, claims, comparisons). */
export const TAKES_SHORTCUTS = '.pane-reader, [role="listbox"], [role="grid"], [role="tree"]';

export function shortcutsActAt(target: FocusTarget | null): boolean {
  if (!target || typeof target.closest !== 'function') return true;
  // Focus on nothing in particular (after a dialog closed, a click on empty space).
  if (target.tagName === 'BODY' || target.tagName === 'HTML') return true;
  if (target.closest(OWNS_KEYS)) return false;
  return !!target.closest(TAKES_SHORTCUTS);
}

/** Whether keys are being typed into (or owned by) the focused element. */
export function isTypingAt(target: FocusTarget | null): boolean {
  return !!target && typeof target.closest === 'function' && !!target.closest(OWNS_KEYS);
}

/** Whether a single-key press belongs to whatever has focus rather than to the workspace's shortcuts. */
export function isOwnedElsewhere(event: { target: EventTarget | null }): boolean {
  return !shortcutsActAt(event.target as unknown as FocusTarget | null);
}
