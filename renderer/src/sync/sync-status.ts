// The open project's team sync status as the UI last heard it (state, pending edits, conflicts,
// who else is in the project), held outside React so the status bar and each visible claim row
// read just what they show. useSyncPolling keeps it current; `pokeSync` asks for it now (after
// sharing, joining, stopping or settling a conflict).
import { useSyncExternalStore } from 'react';
import type { SyncStatusView } from '../../../shared/sync/views';
import { createChannel } from '../app/channel';

let current: SyncStatusView | null = null;
const listeners = new Set<() => void>();

export function setSyncStatus(next: SyncStatusView | null): void {
  if (next === current) return;
  current = next;
  for (const l of listeners) l();
}

export const getSyncStatus = (): SyncStatusView | null => current;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** A value read from the sync status; the caller renders again only when it changes (by Object.is). */
export function useSyncStatus<T>(select: (status: SyncStatusView | null) => T): T {
  return useSyncExternalStore(subscribe, () => select(current));
}

const pokes = createChannel<void>();
/** Asks for the status now instead of at the next poll. */
export const pokeSync = (): void => pokes.send();
export const onPoke = pokes.listen;

/** One or two letters for a colleague's avatar: a Chinese name's first character, else initials. */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  const words = trimmed.split(/\s+/);
  if (words.length > 1 && /^[A-Za-z]/.test(trimmed)) return (words[0]![0]! + words[1]![0]!).toUpperCase();
  return [...trimmed][0]!.toUpperCase();
}

/** A steady hue per colleague, so their avatar has the same colour on every screen. */
export function hueOf(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.codePointAt(0)!) % 360;
  return h;
}
