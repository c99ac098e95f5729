// The shortcut rule: an editor typing in any field never triggers a single-key shortcut; in the
// reader or a list, the shortcuts work.
import { describe, expect, it } from 'vitest';
import { isOwnedElsewhere, isTypingAt, shortcutsActAt, type FocusTarget } from './keys';

/** A stand-in element: `within` lists the selector parts it or an ancestor matches. */
function at(tagName: string, ...within: string[]): FocusTarget {
  const matches = new Set([tagName.toLowerCase(), ...within]);
  return { tagName, closest: (selector: string) => selector.split(',').some((part) => matches.has(part.trim())) || null };
}

describe('single-key shortcuts', () => {
  it('act in the reader, in the claims and articles lists, and when nothing has focus', () => {
    expect(shortcutsActAt(at('DIV', '.pane-reader'))).toBe(true);
    expect(shortcutsActAt(at('DIV', '[role="listbox"]'))).toBe(true);
    expect(shortcutsActAt(at('BODY'))).toBe(true);
    expect(shortcutsActAt(null)).toBe(true);
  });

  it('never act in a text field, a select, the note editor, a dialog or the strength control', () => {
    expect(shortcutsActAt(at('INPUT', '.pane-inspector'))).toBe(false);
    expect(shortcutsActAt(at('TEXTAREA'))).toBe(false);
    expect(shortcutsActAt(at('SELECT', '[role="listbox"]'))).toBe(false);
    expect(shortcutsActAt(at('DIV', '[contenteditable="true"]'))).toBe(false);
    expect(shortcutsActAt(at('BUTTON', '[role="dialog"]', '.pane-reader'))).toBe(false);
    expect(shortcutsActAt(at('LABEL', '[data-own-keys]'))).toBe(false);
    expect(isOwnedElsewhere({ target: at('INPUT', '.pane-reader') as unknown as EventTarget })).toBe(true);
  });

  it('do not act on other controls outside the reader and the lists (a button in the inspector, the menu bar)', () => {
    expect(shortcutsActAt(at('BUTTON', '.pane-inspector'))).toBe(false);
    expect(shortcutsActAt(at('BUTTON', '[role="menu"]'))).toBe(false);
  });

  it('let Ctrl+Enter mark from anywhere but a place where keys are typed', () => {
    expect(isTypingAt(at('BUTTON', '[role="menubar"]'))).toBe(false);
    expect(isTypingAt(at('BODY'))).toBe(false);
    expect(isTypingAt(at('INPUT'))).toBe(true);
    expect(isTypingAt(at('DIV', '[contenteditable="true"]'))).toBe(true);
  });
});
