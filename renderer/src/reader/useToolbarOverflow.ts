// Which of the reader toolbar's tools do not fit on its one line. The tools sit in a row that
// wraps but shows only its first line: the browser's own layout decides what wraps, and what
// does is hidden (not focusable) and offered in the 更多 menu instead. Measured again when the
// row's width changes (window, panes, zoom) and after each render (labels change with the
// language).
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export function useToolbarOverflow<T extends string>(): { rowRef: RefObject<HTMLDivElement | null>; overflowed: ReadonlySet<T> } {
  const rowRef = useRef<HTMLDivElement>(null);
  const [overflowed, setOverflowed] = useState<ReadonlySet<T>>(() => new Set());

  const measure = useCallback(() => {
    const row = rowRef.current;
    if (!row) return;
    const items = [...row.children] as HTMLElement[];
    const firstTop = items[0]?.offsetTop ?? 0;
    const wrapped = new Set(items.filter((el) => el.offsetTop > firstTop).map((el) => el.dataset.tool as T));
    setOverflowed((prev) => (prev.size === wrapped.size && [...wrapped].every((k) => prev.has(k)) ? prev : wrapped));
  }, []);

  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const row = rowRef.current;
    if (!row) return;
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    return () => observer.disconnect();
  }, [measure]);

  return { rowRef, overflowed };
}
