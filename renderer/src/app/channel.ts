// A tiny one-way channel between parts of the UI that do not hold each other (the menu and the
// reader's find bar, the navigator and the shell's dialogs, …): `send` calls every listener.
export interface Channel<T> {
  send(value: T): void;
  /** Subscribes; returns the function that unsubscribes. */
  listen(listener: (value: T) => void): () => void;
}

export function createChannel<T>(): Channel<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    send(value) {
      for (const listener of listeners) listener(value);
    },
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
