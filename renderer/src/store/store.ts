// The workspace store: the state of state.ts behind subscribe/getState for useSyncExternalStore,
// and the few ways it changes: a full load (opening a project, after an import, a merge or
// resolving conflicts), opening an article, loading a claim's evidence, and applying the change
// set an edit returned. Edits never load everything again.
import type { PizhuApi } from '../../../shared/api/contract';
import type { ChangeSet } from '../../../shared/api/changes';
import type { ProjectState } from '../../../shared/api/views';
import { applyChanges, articleTextStale, EMPTY_STATE, ORDER, tableOf, type StoreState } from './state';

export class WorkspaceStore {
  private state: StoreState = EMPTY_STATE;
  private readonly listeners = new Set<() => void>();
  /** Listeners to one claim each (the claims list's rows): told only when their claim changed. */
  private readonly claimListeners = new Map<string, Set<() => void>>();
  /** The article the latest openArticle asked for: slower loads of earlier ones are dropped. */
  private wantedArticle: string | null = null;

  constructor(
    private readonly api: PizhuApi,
    private readonly onError: (message: string) => void,
  ) {}

  readonly getState = (): StoreState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Subscribes to one claim of the open article: cheaper than a selector when thousands of rows each watch one. */
  readonly subscribeClaim = (id: string, listener: () => void): (() => void) => {
    let set = this.claimListeners.get(id);
    if (!set) this.claimListeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.claimListeners.delete(id);
    };
  };

  private set(next: StoreState): void {
    const prev = this.state;
    if (next === prev) return;
    this.state = next;
    for (const l of this.listeners) l();
    if (next.claims !== prev.claims) {
      for (const [id, set] of this.claimListeners) if (prev.claims.byId[id] !== next.claims.byId[id]) for (const l of set) l();
    }
  }

  select(claimId: string | null): void {
    if (claimId !== this.state.selectedClaimId) this.set({ ...this.state, selectedClaimId: claimId });
  }

  /** Replaces everything with `project` (or nothing) and opens its first article. */
  async setProject(project: ProjectState | null): Promise<void> {
    if (!project) {
      this.wantedArticle = null;
      return this.set(EMPTY_STATE);
    }
    this.set({ ...EMPTY_STATE, ...this.projectParts(project) });
    await Promise.all([this.loadCodebookAndComparisons(), this.loadSettings(), this.openArticle(project.articles[0]?.id ?? null)]);
  }

  /** Loads everything again, keeping the open article and the selection where they still exist. */
  async reload(): Promise<void> {
    const p = await this.api.projectState();
    if (!p.ok) return this.onError(p.error.message);
    if (!p.value) return this.setProject(null);
    const project = p.value;
    // The open article stays open; with none open (or it is gone) the first one opens, as when
    // the project is opened: a project joined through team sync gets its articles after the
    // window first loaded it.
    const keepArticle =
      this.wantedArticle && project.articles.some((a) => a.id === this.wantedArticle) ? this.wantedArticle : (project.articles[0]?.id ?? null);
    const selected = this.state.selectedClaimId;
    this.set({ ...this.state, ...this.projectParts(project), evidence: {}, evidenceLoaded: {} });
    await Promise.all([this.loadCodebookAndComparisons(), this.loadSettings(), this.openArticle(keepArticle, selected)]);
  }

  /**
   * Loads everything again when the project file was written by someone else since this window
   * last saw it (its modification time is not the one the last edit here left); asked whenever
   * the window regains focus.
   */
  async reloadIfChangedElsewhere(): Promise<void> {
    const mine = this.state.project;
    if (!mine) return;
    const p = await this.api.projectState();
    const now = this.state.project;
    if (!p.ok || !p.value || !now || p.value.path !== now.path) return;
    if (p.value.project.modifiedAt !== now.project.modifiedAt) await this.reload();
  }

  async openArticle(id: string | null, keepSelection: string | null = null): Promise<void> {
    this.wantedArticle = id;
    if (!id) return this.set({ ...this.state, article: null, claims: tableOf([], ORDER.claims), selectedClaimId: null });
    const [a, c] = await Promise.all([this.api.getArticle({ id }), this.api.listClaims({ articleId: id })]);
    if (this.wantedArticle !== id) return;
    if (!a.ok) return this.onError(a.error.message);
    const claims = tableOf(c.ok ? c.value : [], ORDER.claims);
    const selectedClaimId = keepSelection && keepSelection in claims.byId ? keepSelection : null;
    this.set({ ...this.state, article: a.value, claims, selectedClaimId });
  }

  /** Loads a claim's evidence once; later edits keep it current through their change sets. */
  async loadEvidence(claimId: string): Promise<void> {
    if (this.state.evidenceLoaded[claimId]) return;
    const r = await this.api.listEvidence({ claimId });
    if (!r.ok) return;
    const evidence = { ...this.state.evidence };
    for (const e of r.value) evidence[e.id] = e;
    this.set({ ...this.state, evidence, evidenceLoaded: { ...this.state.evidenceLoaded, [claimId]: true } });
  }

  /**
   * Applies what an edit changed; a change set that asks for it (an import, a merge) loads
   * everything. `select` (a claim the edit made) is selected in the same step, so the views
   * render once for the edit and its selection, not twice.
   */
  async apply(changes: ChangeSet, select?: string): Promise<void> {
    if (changes.reload) {
      await this.reload();
      if (select !== undefined) this.select(select);
      return;
    }
    const next = applyChanges(this.state, changes);
    this.set(select !== undefined && select in next.claims.byId ? { ...next, selectedClaimId: select } : next);
    // A new revision of the open article (an edit that brought one): its text is loaded again.
    if (articleTextStale(this.state) && this.state.article) await this.openArticle(this.state.article.id, this.state.selectedClaimId);
    // The first articles of a project that had none (a colleague's, arriving through team sync
    // after the window loaded a project just joined): the first one opens, as on opening it.
    else if (this.wantedArticle === null && this.state.articles.ids.length > 0) await this.openArticle(this.state.articles.ids[0]!);
  }

  private projectParts(project: ProjectState): Pick<StoreState, 'project' | 'articles'> {
    const { articles, ...fields } = project;
    return { project: fields, articles: tableOf(articles, ORDER.articles) };
  }

  /** The project's settings (publisher, dismissed suggestions); edits keep them current through their change sets. */
  async loadSettings(): Promise<void> {
    const r = await this.api.listSettings();
    if (r.ok) this.set({ ...this.state, settings: r.value });
  }

  private async loadCodebookAndComparisons(): Promise<void> {
    const [t, c] = await Promise.all([this.api.listTags(), this.api.listComparisons({})]);
    this.set({
      ...this.state,
      tags: tableOf(t.ok ? t.value : [], ORDER.tags),
      comparisons: tableOf(c.ok ? c.value : [], ORDER.comparisons),
    });
  }
}
