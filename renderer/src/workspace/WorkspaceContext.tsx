// The workspace's shared state, now held by the normalised store (renderer/src/store): the open
// project, the article in the reader, its claims, the codebook, comparisons and the selected
// claim. Views read it with the store's selectors; useWorkspace() remains for forms and dialogs
// and renders its caller again only when a field the caller read has changed. `mutate` runs an
// edit and applies the change set it returns; nothing is loaded again after an edit, only when
// the window regains focus and finds the file changed by someone else.
import { createContext, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ProjectState } from '../../../shared/api/views';
import type { Result } from '../../../shared/api/result';
import type { Article } from '../../../shared/domain/project';
import type { Claim } from '../../../shared/domain/claim';
import type { Tag } from '../../../shared/domain/codebook';
import type { Comparison } from '../../../shared/domain/comparison';
import { useClient } from '../api/ClientContext';
import type { NoticeMessage } from '../app/Notice';
import { WorkspaceStore } from '../store/store';
import { StoreContext, useWorkspaceStore } from '../store/hooks';
import { listOf, type StoreState } from '../store/state';

interface Fields {
  project: ProjectState | null;
  article: Article | null;
  claims: Claim[];
  tags: Tag[];
  /** Every screenshot comparison of the project. */
  comparisons: Comparison[];
  selectedClaimId: string | null;
  readOnly: boolean;
}

export interface Actions {
  /** Replaces the open project (after new/open/close) and resets the view. */
  setProject(state: ProjectState | null): void;
  openArticle(id: string | null): void;
  selectClaim(id: string | null): void;
  /**
   * Runs an edit and applies what it changed. Returns the value, or undefined after an error
   * (shown). `select` names a claim to select with the edit's changes (the claim it made).
   */
  mutate<T>(call: () => Promise<Result<T>>, select?: (value: T) => string): Promise<T | undefined>;
  /** Loads everything again (after an import, a merge, resolving conflicts). */
  reload(): Promise<void>;
  notify(message: NoticeMessage): void;
}

export type Workspace = Fields & Actions;

const ActionsContext = createContext<Actions | null>(null);

export function WorkspaceProvider({
  children,
  notify,
  onSaved,
}: {
  children: ReactNode;
  notify(message: NoticeMessage): void;
  /** An edit went through: an error shown for an earlier one is no longer the news. */
  onSaved?(): void;
}) {
  const { api } = useClient();
  const [store] = useState(() => new WorkspaceStore(api, (text) => notify({ kind: 'error', text })));
  const actions = useMemo<Actions>(
    () => ({
      setProject: (state) => void store.setProject(state),
      openArticle: (id) => void store.openArticle(id),
      selectClaim: (id) => store.select(id),
      mutate: async (call, select) => {
        const r = await call();
        if (!r.ok) {
          notify({ kind: 'error', text: r.error.message });
          return undefined;
        }
        onSaved?.();
        const selected = select?.(r.value);
        if (r.changes) await store.apply(r.changes, selected);
        else if (selected !== undefined) store.select(selected);
        return r.value;
      },
      reload: () => store.reload(),
      notify,
    }),
    [store, notify, onSaved],
  );

  // Pick up a project the host already has open (browser mode reload).
  useEffect(() => {
    let live = true;
    void api.projectState().then((p) => {
      if (live && p.ok && p.value) void store.setProject(p.value);
    });
    return () => {
      live = false;
    };
  }, [api, store]);

  // The file may have been changed by another process while the window was in the background.
  useEffect(() => {
    const onFocus = () => void store.reloadIfChangedElsewhere();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [store]);

  return (
    <StoreContext.Provider value={store}>
      <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>
    </StoreContext.Provider>
  );
}

export function useWorkspaceActions(): Actions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useWorkspace outside WorkspaceProvider');
  return actions;
}

const projects = new WeakMap<object, WeakMap<object, ProjectState>>();
function projectOf(state: StoreState): ProjectState | null {
  if (!state.project) return null;
  let inner = projects.get(state.project);
  if (!inner) projects.set(state.project, (inner = new WeakMap()));
  let project = inner.get(state.articles);
  if (!project) inner.set(state.articles, (project = { ...state.project, articles: listOf(state.articles) }));
  return project;
}

const FIELDS: { [K in keyof Fields]: (s: StoreState) => Fields[K] } = {
  project: projectOf,
  article: (s) => s.article,
  claims: (s) => listOf(s.claims),
  tags: (s) => listOf(s.tags),
  comparisons: (s) => listOf(s.comparisons),
  selectedClaimId: (s) => s.selectedClaimId,
  readOnly: (s) => !!s.project?.readOnlyReason,
};

interface Tracker {
  read: Map<keyof Fields, unknown>;
  state: StoreState | null;
  actions: Actions | null;
  view: Workspace | null;
}

/** A workspace whose fields are read from the store when read, noting what was read. */
function viewOf(store: WorkspaceStore, actions: Actions, read: Tracker['read']): Workspace {
  const view = { ...actions } as Workspace;
  for (const field of Object.keys(FIELDS) as (keyof Fields)[]) {
    Object.defineProperty(view, field, {
      enumerable: true,
      get: () => {
        const value = FIELDS[field](store.getState());
        read.set(field, value);
        return value;
      },
    });
  }
  return view;
}

/**
 * The workspace for components that read it whole (forms, dialogs): the fields are read from the
 * store when the caller reads them, and the caller renders again only when one it read changed
 * (it then gets a new object, so effects that depend on the workspace run again).
 */
export function useWorkspace(): Workspace {
  const store = useWorkspaceStore();
  const actions = useWorkspaceActions();
  const tracker = useRef<Tracker>({ read: new Map(), state: null, actions: null, view: null });
  return useSyncExternalStore(store.subscribe, () => {
    const t = tracker.current;
    const state = store.getState();
    if (t.view && t.actions === actions && t.state === state) return t.view;
    const changed = !t.view || t.actions !== actions || [...t.read].some(([field, value]) => FIELDS[field](state) !== value);
    t.state = state;
    if (changed) {
      t.actions = actions;
      t.view = viewOf(store, actions, t.read);
    }
    return t.view!;
  });
}
