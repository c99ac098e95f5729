// The project a window has open. One session per window (Electron) or per host (browser mode):
// it opens, creates and switches project files, and hands the open ProjectStore to handlers.
import { PizhuError, word } from '../../shared/api/result';
import type { ProjectState } from '../../shared/api/views';
import { translate } from '../../shared/i18n';
import type { Author } from '../../shared/domain/project';
import { ProjectStore } from '../project/store';
import type { PreferencesService } from './preferences';
import { handOverPublisher } from './publisher-settings';

/** Told when the open store changes, before the previous one is closed (team sync closes its bridge first). */
export type SwitchListener = (previous: ProjectStore | undefined, next: ProjectStore | undefined) => void;

export class ProjectSession {
  private store: ProjectStore | undefined;
  private readonly switchListeners: SwitchListener[] = [];

  constructor(private readonly prefs: PreferencesService) {}

  /** Who is editing: the preferences' name and this installation's id. */
  author(): Author {
    const p = this.prefs.get();
    return { id: p.installationId, name: p.authorName || translate(p.language, 'project.anonymous') };
  }

  private get lang() {
    return this.prefs.get().language;
  }

  /** The open store; a clear error when no project is open. */
  current(): ProjectStore {
    if (!this.store) throw PizhuError.keyed('not-found', 'project.noneOpen', {}, this.lang);
    return this.store;
  }

  /** The open store when edits are allowed. */
  writable(): ProjectStore {
    const store = this.current();
    if (store.readOnlyPhrase) {
      throw PizhuError.keyed('read-only', 'project.writeRefused', { file: store.path, reason: store.readOnlyPhrase }, this.lang);
    }
    return store;
  }

  create(path: string, title: string): ProjectState {
    return this.switchTo(ProjectStore.create(path, { title, author: this.author(), lang: this.lang }));
  }

  /** `takeOver`: the user confirmed that the computer holding its lock no longer has it open. */
  open(path: string, { takeOver = false } = {}): ProjectState {
    if (this.store?.path === path) return this.state()!;
    return this.switchTo(ProjectStore.open(path, { author: this.author(), lang: this.lang, takeOver }));
  }

  /** Continues in another file (另存为): the copy is opened and the original closed. */
  continueIn(path: string): ProjectState {
    return this.open(path);
  }

  close(): void {
    this.notifySwitch(undefined);
    this.store?.close();
    this.store = undefined;
  }

  onSwitch(listener: SwitchListener): void {
    this.switchListeners.push(listener);
  }

  /** Continues in a store opened elsewhere (a project joined through team sync). */
  adopt(store: ProjectStore): ProjectState {
    return this.switchTo(store);
  }

  private notifySwitch(next: ProjectStore | undefined): void {
    for (const listener of this.switchListeners) listener(this.store, next);
  }

  state(): ProjectState | null {
    const store = this.store;
    if (!store) return null;
    return {
      path: store.path,
      project: store.info(),
      readOnlyReason: store.readOnlyPhrase && word(this.lang, store.readOnlyPhrase),
      canUndo: store.canUndo,
      canRedo: store.canRedo,
      articles: store.listArticles(),
    };
  }

  /** Opening a new store succeeded: only now is the previous one closed, so a failure keeps it. */
  private switchTo(next: ProjectStore): ProjectState {
    this.notifySwitch(next);
    this.store?.close();
    this.store = next;
    handOverPublisher(next, this.prefs);
    // Opening is not an edit: what the hand-over wrote is in the state below, not a change set.
    next.takeTouched();
    const state = this.state()!;
    this.prefs.rememberRecent({ path: next.path, title: state.project.title });
    return state;
  }
}
