// A multi-value register: each edit is an entry `{value, parents, author, at}` under its own id,
// never changed once written. The entries no other entry names as a parent are the heads; one
// head is the value, heads with different values are a conflict. Every replica holding the same
// entries computes the same heads in the same order, so a conflict is shown alike everywhere and
// never decided by Yjs's client-id tiebreak. A write (a resolution included) names every current
// head as a parent, so it supersedes all of them. Where the entries live is the caller's affair
// (project-doc.ts keeps them as keys of the record's Y.Map, so no nested map is ever created
// concurrently by two replicas).

export type RegisterValue = string | number | boolean | null;

export interface RegisterEntry {
  value: RegisterValue;
  /** The ids of the heads this edit was made over. */
  parents: string[];
  /** Author id (authors table). */
  author: string;
  /** ISO time of the edit. */
  at: string;
  /**
   * A deletion's view of the record's edits when it was made: each author's latest edit stamp
   * (project-doc.ts). An edit the deletion did not see makes the deletion a conflict.
   */
  saw?: Record<string, number>;
}

export interface Head extends RegisterEntry {
  id: string;
}

/** Heads, newest first (by time, then id): the first is the value every replica projects. */
export function headsOf(entries: Iterable<readonly [string, RegisterEntry]>): Head[] {
  const all = [...entries];
  const superseded = new Set<string>();
  for (const [, entry] of all) for (const p of entry.parents) superseded.add(p);
  return newestFirst(all.filter(([id]) => !superseded.has(id)).map(([id, entry]) => ({ id, ...entry })));
}

/** Heads in the order every replica shows them: newest first, then by id. */
export function newestFirst(heads: Head[]): Head[] {
  return heads.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.at < b.at ? 1 : -1));
}

/** True when the heads hold different values. */
export function inConflict(heads: readonly Head[]): boolean {
  return heads.some((h) => h.value !== heads[0]!.value);
}

/**
 * The entry that writes `value` over every current head, or null when `value` is already the
 * only value (an edit that changes nothing writes nothing).
 */
export function nextEntry(heads: readonly Head[], value: RegisterValue, author: string, at: string): RegisterEntry | null {
  if (heads.length > 0 && !inConflict(heads) && heads[0]!.value === value) return null;
  return { value, parents: heads.map((h) => h.id), author, at };
}

/** Every entry that `id` supersedes, directly or through other entries. */
export function ancestorsOf(entries: ReadonlyMap<string, RegisterEntry>, id: string): Set<string> {
  const seen = new Set<string>();
  const todo = [...(entries.get(id)?.parents ?? [])];
  while (todo.length) {
    const p = todo.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    todo.push(...(entries.get(p)?.parents ?? []));
  }
  return seen;
}
