// How the shell's 查找 command (Ctrl/Cmd+F) reaches the reader's find bar without the shell
// knowing about the reader: a tiny subscription.
type Listener = () => void;
const listeners = new Set<Listener>();

export function requestFind(): void {
  for (const listener of listeners) listener();
}

export function onFindRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
