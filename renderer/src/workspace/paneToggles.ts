// Requests to collapse or expand a side pane, from the menu or a shortcut, to the workspace that
// owns the panes (a tiny event channel: the app shell does not hold the panes' handles).
export type PaneName = 'navigator' | 'inspector';

const listeners = new Set<(pane: PaneName) => void>();

export function togglePane(pane: PaneName): void {
  for (const listener of listeners) listener(pane);
}

/** Subscribes; returns the function that unsubscribes. */
export function onPaneToggle(listener: (pane: PaneName) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
