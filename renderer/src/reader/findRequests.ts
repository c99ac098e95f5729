// How the shell's 查找 command (Ctrl/Cmd+F) reaches the reader's find bar without the shell
// knowing about the reader: a tiny subscription. A request may carry a query and the place of
// the match to show first (a hit of 在项目中搜索 in an article's text).
export interface FindSeed {
  query: string;
  /** The match to make current, by its start in code points. */
  start: number;
}
type Listener = (seed?: FindSeed) => void;
const listeners = new Set<Listener>();

export function requestFind(seed?: FindSeed): void {
  for (const listener of listeners) listener(seed);
}

export function onFindRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
