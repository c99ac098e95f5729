// The workspace's shared state: the open project, the article in the reader, its claims, the
// codebook and the selected claim. Components read it with useWorkspace() and change the
// project only through `mutate`, which reports errors and refreshes what an edit can touch.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ProjectState } from '../../../shared/api/views';
import type { Result } from '../../../shared/api/result';
import type { Article } from '../../../shared/domain/project';
import type { Claim } from '../../../shared/domain/claim';
import type { Tag } from '../../../shared/domain/codebook';
import type { Comparison } from '../../../shared/domain/comparison';
import { useClient } from '../api/ClientContext';
import type { NoticeMessage } from '../app/Notice';

export interface Workspace {
  project: ProjectState | null;
  article: Article | null;
  claims: Claim[];
  tags: Tag[];
  /** Every screenshot comparison of the project. */
  comparisons: Comparison[];
  selectedClaimId: string | null;
  readOnly: boolean;
  /** Replaces the open project (after new/open/close) and resets the view. */
  setProject(state: ProjectState | null): void;
  openArticle(id: string | null): void;
  selectClaim(id: string | null): void;
  /** Runs an edit; on success refreshes project state, claims and tags. Returns the value or undefined. */
  mutate<T>(call: () => Promise<Result<T>>): Promise<T | undefined>;
  /** Reloads everything from the project (after undo, redo, import). */
  reload(): Promise<void>;
  notify(message: NoticeMessage): void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ children, notify }: { children: ReactNode; notify(message: NoticeMessage): void }) {
  const { api } = useClient();
  const [project, setProjectState] = useState<ProjectState | null>(null);
  const [article, setArticle] = useState<Article | null>(null);
  const [claims, setClaims] = useState<Claim[]>([]);
  const [tags, setTags] = useState<Tag[]>([]);
  const [comparisons, setComparisons] = useState<Comparison[]>([]);
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  // The article being shown, for async loads to check they are still wanted; set together with articleId.
  const articleIdRef = useRef<string | null>(null);

  const loadArticle = useCallback(
    async (id: string | null) => {
      if (!id) {
        setArticle(null);
        setClaims([]);
        return;
      }
      const [a, c] = await Promise.all([api.getArticle({ id }), api.listClaims({ articleId: id })]);
      if (articleIdRef.current !== id) return;
      if (a.ok) setArticle(a.value);
      else notify({ kind: 'error', text: a.error.message });
      if (c.ok) setClaims(c.value);
    },
    [api, notify],
  );

  const reload = useCallback(async () => {
    const [p, t, c] = await Promise.all([api.projectState(), api.listTags(), api.listComparisons({})]);
    if (p.ok) setProjectState(p.value);
    if (t.ok) setTags(t.value);
    setComparisons(c.ok ? c.value : []);
    const id = articleIdRef.current;
    if (p.ok && p.value && id && !p.value.articles.some((a) => a.id === id)) {
      articleIdRef.current = null;
      await loadArticle(null);
    } else await loadArticle(id);
  }, [api, loadArticle]);

  const setProject = useCallback(
    (state: ProjectState | null) => {
      setProjectState(state);
      setSelectedClaimId(null);
      const first = state?.articles[0]?.id ?? null;
      articleIdRef.current = first;
      void loadArticle(first);
      if (state) {
        void api.listTags().then((t) => t.ok && setTags(t.value));
        void api.listComparisons({}).then((c) => c.ok && setComparisons(c.value));
      } else {
        setTags([]);
        setComparisons([]);
      }
    },
    [api, loadArticle],
  );

  const openArticle = useCallback(
    (id: string | null) => {
      articleIdRef.current = id;
      setSelectedClaimId(null);
      void loadArticle(id);
    },
    [loadArticle],
  );

  const mutate = useCallback(
    async <T,>(call: () => Promise<Result<T>>): Promise<T | undefined> => {
      const r = await call();
      if (!r.ok) {
        notify({ kind: 'error', text: r.error.message });
        return undefined;
      }
      await reload();
      return r.value;
    },
    [notify, reload],
  );

  // Pick up a project the host already has open (browser mode reload).
  useEffect(() => {
    let live = true;
    void api.projectState().then((p) => live && p.ok && p.value && setProject(p.value));
    return () => {
      live = false;
    };
  }, [api, setProject]);

  const value = useMemo<Workspace>(
    () => ({
      project,
      article,
      claims,
      tags,
      comparisons,
      selectedClaimId,
      readOnly: !!project?.readOnlyReason,
      setProject,
      openArticle,
      selectClaim: setSelectedClaimId,
      mutate,
      reload,
      notify,
    }),
    [project, article, claims, tags, comparisons, selectedClaimId, setProject, openArticle, mutate, reload, notify],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside WorkspaceProvider');
  return ws;
}
