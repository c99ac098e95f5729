// Reading the workspace store from components: useStore(selector, equal) renders a component
// again only when what it selected changed (by `equal`), so an edit of one claim renders the
// views of that claim and nothing else. The common selections are named here.
import { createContext, useCallback, useContext, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Claim } from '../../../shared/domain/claim';
import type { Tag } from '../../../shared/domain/codebook';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import { evidenceOf, listOf, type StoreState } from './state';
import type { WorkspaceStore } from './store';

export const StoreContext = createContext<WorkspaceStore | null>(null);

export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useWorkspaceStore outside WorkspaceProvider');
  return store;
}

/** Same items in the same order. */
export const sameItems = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** Same keys with identical values. */
export const sameFields = <T extends object>(a: T, b: T) => {
  const ka = Object.keys(a) as (keyof T)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
};

export function useStore<T>(selector: (state: StoreState) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const store = useWorkspaceStore();
  const last = useRef<{ state: StoreState; selector: unknown; value: T } | null>(null);
  const snapshot = () => {
    const state = store.getState();
    const prev = last.current;
    if (prev && prev.state === state && prev.selector === selector) return prev.value;
    const value = selector(state);
    const kept = prev && equal(prev.value, value) ? prev.value : value;
    last.current = { state, selector, value: kept };
    return kept;
  };
  return useSyncExternalStore(store.subscribe, snapshot);
}

export const useClaim = (id: string | null): Claim | undefined => useStore((s) => (id ? s.claims.byId[id] : undefined));

/** One claim of the open article, for views repeated per claim (list rows): told only about that claim. */
export function useClaimRecord(id: string): Claim | undefined {
  const store = useWorkspaceStore();
  const subscribe = useCallback((listener: () => void) => store.subscribeClaim(id, listener), [store, id]);
  return useSyncExternalStore(subscribe, () => store.getState().claims.byId[id]);
}
export const useSelectedClaimId = (): string | null => useStore((s) => s.selectedClaimId);
export const useReadOnly = (): boolean => useStore((s) => !!s.project?.readOnlyReason);
export const useTagList = (): Tag[] => listOf(useStore((s) => s.tags));
export const useEvidence = (claimId: string): EvidenceItem[] => useStore((s) => evidenceOf(s, claimId), sameItems);

/**
 * The items of a react-aria collection for a list of ids: one object per id for as long as the
 * list shows it, since the collection renders again exactly the items whose object is new. A
 * claim added to a list of 2,000 then renders one row, not 2,000.
 */
export function useItems(ids: readonly string[]): { id: string }[] {
  const [cache] = useState(() => new Map<string, { id: string }>());
  return useMemo(() => {
    const items = ids.map((id) => cache.get(id) ?? { id });
    cache.clear();
    for (const item of items) cache.set(item.id, item);
    return items;
  }, [cache, ids]);
}

/**
 * Counts renders of the views the render-count test watches, only when the test asked for it
 * (it sets `window.__pizhuRenders` before the app starts).
 */
export function countRender(view: string): void {
  const log = (window as { __pizhuRenders?: Record<string, number> }).__pizhuRenders;
  if (log) log[view] = (log[view] ?? 0) + 1;
}

/**
 * Fails the named view on purpose, only when a test asked for it (it sets `window.__pizhuFailViews`
 * before the app starts): how the failure cards are shown without planting damage that the
 * project file would repair on read.
 */
export function failIfAsked(view: string): void {
  const views = (window as { __pizhuFailViews?: string[] }).__pizhuFailViews;
  if (views?.includes(view)) throw new Error(`${view}: failed on request`);
}
