// Caret browsing in the reader: the article text takes focus (Tab), the arrow keys move a caret
// through it (Ctrl+arrows by word, Home/End to the line's ends) and Shift extends the selection,
// so a claim can be marked (Ctrl+Enter) without a mouse. The text is not editable, where a
// browser draws no caret, so a thin bar is drawn at the collapsed selection.
import type { ArticleDom } from './ArticleDom';

const MOVES: Record<string, { direction: 'forward' | 'backward'; granularity: 'character' | 'line' | 'lineboundary' }> = {
  ArrowRight: { direction: 'forward', granularity: 'character' },
  ArrowLeft: { direction: 'backward', granularity: 'character' },
  ArrowDown: { direction: 'forward', granularity: 'line' },
  ArrowUp: { direction: 'backward', granularity: 'line' },
  End: { direction: 'forward', granularity: 'lineboundary' },
  Home: { direction: 'backward', granularity: 'lineboundary' },
};

type ModifiableSelection = Selection & { modify(alter: 'move' | 'extend', direction: string, granularity: string): void };

function firstTextPoint(root: HTMLElement): { node: Node; offset: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode();
  return text ? { node: text, offset: 0 } : { node: root, offset: 0 };
}

/** Puts the caret at article position `at` and focus on the article text. */
export function placeCaret(dom: ArticleDom | null, at: number): void {
  const range = dom?.rangeOfSpan(at, at);
  if (!dom || !range) return;
  window.getSelection()?.collapse(range.startContainer, range.startOffset);
  dom.root.focus({ preventScroll: true });
}

/** Makes `root` caret-browsable; returns the function that undoes it. */
export function attachCaretBrowsing(root: HTMLElement): () => void {
  root.tabIndex = 0;
  const bar = document.createElement('div');
  bar.className = 'reader-caret';
  bar.setAttribute('aria-hidden', 'true');
  bar.hidden = true;
  // Outside the body, which carries the app's zoom: the bar is placed in viewport pixels.
  document.documentElement.append(bar);

  const inRoot = (selection: Selection | null) => !!selection && selection.rangeCount > 0 && root.contains(selection.anchorNode);

  const draw = () => {
    const selection = window.getSelection();
    if (document.activeElement !== root || !selection || !selection.isCollapsed || !inRoot(selection)) {
      bar.hidden = true;
      return;
    }
    const rect = selection.getRangeAt(0).getClientRects()[0] ?? selection.getRangeAt(0).getBoundingClientRect();
    if (!rect || rect.height === 0) {
      bar.hidden = true;
      return;
    }
    bar.hidden = false;
    bar.style.left = `${rect.left}px`;
    bar.style.top = `${rect.top}px`;
    bar.style.height = `${rect.height}px`;
  };

  const onFocus = () => {
    const selection = window.getSelection();
    if (selection && !inRoot(selection)) {
      const at = firstTextPoint(root);
      selection.collapse(at.node, at.offset);
    }
    draw();
  };

  const onKey = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.metaKey) return;
    const selection = window.getSelection() as ModifiableSelection | null;
    if (!selection) return;
    event.preventDefault();
    if (!inRoot(selection)) {
      const at = firstTextPoint(root);
      selection.collapse(at.node, at.offset);
    }
    const byWord = event.ctrlKey && move.granularity === 'character';
    selection.modify(event.shiftKey ? 'extend' : 'move', move.direction, byWord ? 'word' : move.granularity);
    const focus = selection.focusNode;
    (focus instanceof Element ? focus : focus?.parentElement)?.scrollIntoView({ block: 'nearest' });
    draw();
  };

  root.addEventListener('focus', onFocus);
  root.addEventListener('blur', draw);
  root.addEventListener('keydown', onKey);
  document.addEventListener('selectionchange', draw);
  window.addEventListener('scroll', draw, true);
  return () => {
    root.removeEventListener('focus', onFocus);
    root.removeEventListener('blur', draw);
    root.removeEventListener('keydown', onKey);
    document.removeEventListener('selectionchange', draw);
    window.removeEventListener('scroll', draw, true);
    bar.remove();
  };
}
