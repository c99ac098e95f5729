// A list of fixed-height rows that mounts only the rows in view (and a few either side), for
// navigator lists that grow with the project (comparison cards). Rows keep list semantics.
import { useState, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  /** Each row's height in CSS pixels, gap included. */
  rowHeight: number;
  /** At most this many rows are in view; the list scrolls beyond. */
  visibleRows: number;
  keyOf(item: T): string;
  renderRow(item: T): ReactNode;
  className?: string;
  label?: string;
}

const OVERSCAN = 4;

export function WindowedList<T>({ items, rowHeight, visibleRows, keyOf, renderRow, className, label }: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const height = Math.min(items.length, visibleRows) * rowHeight;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return (
    <div className="windowed-list" style={{ height, overflowY: 'auto' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul className={className} aria-label={label} style={{ position: 'relative', height: items.length * rowHeight }}>
        {items.slice(first, last).map((item, i) => (
          <li key={keyOf(item)} style={{ position: 'absolute', top: (first + i) * rowHeight, left: 0, right: 0, height: rowHeight }}>
            {renderRow(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
