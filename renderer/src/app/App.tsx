// The application shell: preferences (language, theme, zoom), menu commands, dialogs and the
// workspace. Menu commands arrive from the native menu (Electron), the in-window menu bar
// (browser mode) or the keyboard, and all end in runCommand.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, ImportSource, RecentEntry } from '../../../shared/api/contract';
import type { Language, Preferences, PreferencesPatch } from '../../../shared/preferences';
import type { MenuCommand } from '../../../shared/menu';
import { useClient } from '../api/ClientContext';
import { switchLanguage } from '../i18n';
import { MenuBar } from './MenuBar';
import { commandForKey } from './keyboard';
import { AboutDialog, FirstRunDialog, PreferencesDialog, ShortcutsDialog } from './dialogs';
import { NewProjectDialog, PathDialog, TakeOverDialog } from './ProjectDialogs';
import { ImportDialog, sourcesFromFiles } from './ImportDialog';
import { ExportDialog } from './ExportDialog';
import { AgreementDialog, ConflictsDialog, MergeDialog } from './TeamDialogs';
import { NewComparisonDialog } from '../comparison/NewComparisonDialog';
import { SearchDialog } from './SearchDialog';
import { ImportReportDialog } from './ImportReportDialog';
import { PublisherDialog } from './PublisherDialog';
import type { Publisher } from '../../../shared/export/publisher';
import type { ImportReport } from '../../../shared/merge/web-annotations';
import { Workspace } from '../workspace/Workspace';
import { WorkspaceProvider, useWorkspaceActions } from '../workspace/WorkspaceContext';
import { useStore, useWorkspaceStore } from '../store/hooks';
import { useTheme } from './useTheme';
import { Notice, type NoticeMessage } from './Notice';
import { requestFind } from '../reader/findRequests';
import { togglePane } from '../workspace/paneToggles';
import { ArtefactsDialog } from '../suggest/ArtefactsDialog';
import { DeleteArticleDialog, onArticleCommand, RenameArticleDialog } from './ArticleDialogs';
import { TeamSyncDialog } from '../sync/TeamSyncDialog';
import { SyncConflictsDialog } from '../sync/SyncConflictsDialog';
import { SyncStatusBar } from '../sync/SyncStatusBar';
import { useSyncPolling } from '../sync/useSyncPolling';

type DialogState =
  | { name: 'preferences' | 'about' | 'shortcuts' | 'newProject' | 'openProject' | 'saveAs' | 'saveCopy' }
  | { name: 'import'; sources: ImportSource[] }
  | { name: 'export' }
  | { name: 'pickCopy'; purpose: 'merge' | 'agreement' }
  | { name: 'merge' | 'agreement'; path: string }
  | { name: 'conflicts' }
  | { name: 'newComparison'; files: File[] }
  | { name: 'search' }
  | { name: 'artefacts' }
  | { name: 'renameArticle' | 'deleteArticle'; id: string }
  | { name: 'takeOver'; path: string; message: string }
  | { name: 'annotationsReport'; fileName: string; report: ImportReport }
  | { name: 'publisher' }
  | { name: 'teamSync' | 'syncConflicts' }
  | null;

const ZOOM_STEPS = [0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];
const isTextTarget = (target: EventTarget | null) =>
  !!(target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]');

export function App({ initialPreferences, appInfo }: { initialPreferences?: Preferences; appInfo?: AppInfo }) {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const clearError = useCallback(() => setNotice((n) => (n?.kind === 'error' ? null : n)), []);
  return (
    <WorkspaceProvider notify={setNotice} onSaved={clearError}>
      <Shell initialPreferences={initialPreferences} appInfo={appInfo} notice={notice} setNotice={setNotice} />
    </WorkspaceProvider>
  );
}

function Shell({
  initialPreferences,
  appInfo,
  notice,
  setNotice,
}: {
  initialPreferences?: Preferences;
  appInfo?: AppInfo;
  notice: NoticeMessage | null;
  setNotice(n: NoticeMessage | null): void;
}) {
  const { t } = useTranslation();
  const { api, subscribe, transport } = useClient();
  // The shell reads only the few project fields it shows, so an edit (which changes the
  // project's modification time and undo state) does not render the shell and its menu bar;
  // commands read the rest from the store when they run.
  const store = useWorkspaceStore();
  const ws = useWorkspaceActions();
  const projectPath = useStore((s) => s.project?.path ?? null);
  const projectTitle = useStore((s) => s.project?.project.title);
  const projectId = useStore((s) => s.project?.project.id ?? null);
  const filePublisher = useStore((s) => s.settings.publisher as Publisher | undefined);
  const readOnlyReason = useStore((s) => s.project?.readOnlyReason ?? null);
  const [prefs, setPrefs] = useState<Preferences | undefined>(initialPreferences);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const [dialog, setDialog] = useState<DialogState>(null);
  const electron = appInfo?.mode === 'electron';
  const annotationsInput = useRef<HTMLInputElement>(null);

  useTheme(prefs?.theme ?? 'system');
  useSyncPolling(api, store, projectPath);

  // The zoom is a CSS variable that zooms the app (#root) and each overlay's content, not the
  // body: react-aria places popovers in the body's coordinates, which a zoomed body would scale
  // a second time (the menus flew off to the right at 200 %).
  useEffect(() => {
    document.documentElement.style.setProperty('--app-zoom', String(prefs?.zoom ?? 1));
  }, [prefs?.zoom]);

  useEffect(() => {
    document.title = projectTitle ? `${projectTitle} — ${t('app.name')}` : t('app.name');
  }, [t, projectTitle]);

  useEffect(() => {
    let live = true;
    void api.listRecent().then((r) => live && r.ok && setRecent(r.value));
    return () => {
      live = false;
    };
  }, [api, projectPath]);

  const fail = useCallback((message: string) => setNotice({ kind: 'error', text: message }), [setNotice]);

  // The zoom last asked for, ahead of the stored preferences: keys pressed faster than the host
  // answers each step from the one before, not from a value already on its way out.
  const askedZoom = useRef<number | null>(null);
  const updatePrefs = useCallback(
    async (patch: PreferencesPatch) => {
      if (patch.zoom !== undefined) askedZoom.current = patch.zoom;
      const r = await api.setPreferences(patch);
      if (!r.ok) return fail(r.error.message);
      setPrefs(r.value);
      if (patch.language) await switchLanguage(patch.language);
    },
    [api, fail],
  );

  const openProject = useCallback(
    async (path: string, takeOver = false) => {
      const r = await api.projectOpen({ path, ...(takeOver ? { takeOver } : {}) });
      // Another computer's lock cannot be checked from here: the user decides whether to take it over.
      if (!r.ok && r.error.code === 'in-use-elsewhere') return setDialog({ name: 'takeOver', path, message: r.error.message });
      if (!r.ok) return fail(r.error.message);
      ws.setProject(r.value);
      setDialog(null);
      if (r.value.readOnlyReason) setNotice({ kind: 'info', text: r.value.readOnlyReason });
    },
    [api, fail, ws, setNotice],
  );

  const createProject = useCallback(
    async (title: string, typedPath: string | undefined) => {
      let path = typedPath;
      if (!path) {
        const picked = await api.pickPath({ purpose: 'newProject', suggestedName: title });
        if (!picked.ok) return fail(picked.error.message);
        if (!picked.value) return;
        path = picked.value;
      }
      const r = await api.projectNew({ path, title });
      if (!r.ok) return fail(r.error.message);
      ws.setProject(r.value);
      setDialog(null);
    },
    [api, fail, ws],
  );

  const saveTo = useCallback(
    async (kind: 'saveAs' | 'saveCopy', path: string) => {
      if (kind === 'saveAs') {
        const r = await api.projectSaveAs({ path });
        if (!r.ok) return fail(r.error.message);
        ws.setProject(r.value);
      } else {
        const r = await api.projectSaveCopy({ path });
        if (!r.ok) return fail(r.error.message);
        setNotice({ kind: 'info', text: t('project.copySaved', { path: r.value.path }) });
      }
      setDialog(null);
    },
    [api, fail, ws, setNotice, t],
  );

  const askPath = useCallback(
    async (purpose: 'openProject' | 'saveCopy', suggestedName?: string): Promise<string | null> => {
      const picked = await api.pickPath({ purpose, ...(suggestedName ? { suggestedName } : {}) });
      if (!picked.ok) {
        fail(picked.error.message);
        return null;
      }
      return picked.value;
    },
    [api, fail],
  );

  const requireProject = useCallback(() => {
    if (store.getState().project) return true;
    setNotice({ kind: 'info', text: t('project.noneOpen') });
    return false;
  }, [store, setNotice, t]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      const { project, article } = store.getState();
      const zoom = askedZoom.current ?? prefs?.zoom ?? 1;
      switch (command) {
        case 'language:zh-CN':
        case 'language:zh-TW':
        case 'language:en':
          return void updatePrefs({ language: command.slice('language:'.length) as Language });
        case 'theme:system':
        case 'theme:light':
        case 'theme:dark':
          return void updatePrefs({ theme: command.slice('theme:'.length) as Preferences['theme'] });
        case 'zoomIn':
          return void updatePrefs({ zoom: ZOOM_STEPS.find((z) => z > zoom + 0.001) ?? zoom });
        case 'zoomOut':
          return void updatePrefs({ zoom: [...ZOOM_STEPS].reverse().find((z) => z < zoom - 0.001) ?? zoom });
        case 'zoomReset':
          return void updatePrefs({ zoom: 1 });
        case 'toggleNavigator':
          return togglePane('navigator');
        case 'toggleInspector':
          return togglePane('inspector');
        case 'preferences':
        case 'about':
        case 'shortcuts':
        case 'newProject':
          return setDialog({ name: command });
        case 'openProject':
          if (!electron) return setDialog({ name: 'openProject' });
          return void askPath('openProject').then((p) => (p ? openProject(p) : undefined));
        case 'saveAs':
        case 'saveCopy':
          if (!requireProject()) return;
          if (!electron) return setDialog({ name: command });
          return void askPath('saveCopy', project?.project.title).then((p) => (p ? saveTo(command, p) : undefined));
        case 'closeProject':
          return void api.projectClose().then(() => ws.setProject(null));
        case 'importArticle':
          if (requireProject()) setDialog({ name: 'import', sources: [] });
          return;
        case 'undo':
          if (project?.canUndo) void ws.mutate(() => api.undo());
          return;
        case 'redo':
          if (project?.canRedo) void ws.mutate(() => api.redo());
          return;
        case 'quit':
          return window.close();
        case 'export':
          if (requireProject()) setDialog({ name: 'export' });
          return;
        case 'publisherSettings':
          if (requireProject()) setDialog({ name: 'publisher' });
          return;
        case 'mergeCopy':
        case 'agreement': {
          if (!requireProject()) return;
          const purpose = command === 'mergeCopy' ? 'merge' : 'agreement';
          if (!electron) return setDialog({ name: 'pickCopy', purpose });
          return void askPath('openProject').then((p) => (p ? setDialog({ name: purpose, path: p }) : undefined));
        }
        case 'importAnnotations':
          if (!requireProject()) return;
          if (!article) return setNotice({ kind: 'info', text: t('team.needArticle') });
          annotationsInput.current?.click();
          return;
        case 'find':
          return requestFind();
        case 'searchProject':
          if (requireProject()) setDialog({ name: 'search' });
          return;
        case 'artefactReport':
          if (!requireProject()) return;
          if (!article) return setNotice({ kind: 'info', text: t('articleEdit.needArticle') });
          return setDialog({ name: 'artefacts' });
        case 'teamSync':
          return setDialog({ name: 'teamSync' });
        case 'renameArticle':
        case 'deleteArticle':
          if (!requireProject()) return;
          if (!article) return setNotice({ kind: 'info', text: t('articleEdit.needArticle') });
          return setDialog({ name: command, id: article.id });
      }
    },
    [store, prefs?.zoom, updatePrefs, electron, askPath, openProject, requireProject, ws, saveTo, api, setNotice, t],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      // Text fields keep their own undo and redo.
      if ((command === 'undo' || command === 'redo') && isTextTarget(event.target)) return;
      event.preventDefault();
      runCommand(command);
    };
    // Files dropped anywhere on the window, or text pasted outside a text field, are imported.
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      if (!requireProject()) return;
      void sourcesFromFiles(event.dataTransfer.files).then((sources) => setDialog({ name: 'import', sources }));
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTextTarget(event.target) || dialog || !store.getState().project) return;
      // A pasted screenshot starts a comparison; pasted text becomes an article.
      const images = [...(event.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
      if (images.length) {
        event.preventDefault();
        setDialog({ name: 'newComparison', files: images });
        return;
      }
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim()) return;
      const html = event.clipboardData?.getData('text/html') || undefined;
      event.preventDefault();
      setDialog({ name: 'import', sources: [{ kind: 'paste', text, ...(html ? { html } : {}) }] });
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [runCommand, requireProject, dialog, store]);

  useEffect(() => onArticleCommand((command, id) => setDialog({ name: command, id })), []);

  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'menu') runCommand(event.command);
        else void openProject(event.path);
      }),
    [subscribe, runCommand, openProject],
  );

  const needsName = prefs !== undefined && !prefs.authorName;
  const dialogArticleId = dialog?.name === 'renameArticle' || dialog?.name === 'deleteArticle' ? dialog.id : null;
  const dialogArticle = useStore((s) => (dialogArticleId ? s.articles.byId[dialogArticleId] : undefined));
  const close = useCallback(() => setDialog(null), []);
  const suggested = projectPath?.replace(/\.pizhu$/i, '') ?? appInfo?.documentsDir ?? '';

  return (
    <div className="app" data-transport={transport}>
      {!electron && <MenuBar onCommand={runCommand} recent={recent} onOpenRecent={(p) => void openProject(p)} />}
      {readOnlyReason && (
        <div className="banner" role="status">
          {readOnlyReason}
        </div>
      )}
      <Workspace
        onNewProject={() => runCommand('newProject')}
        onOpenProject={() => runCommand('openProject')}
        onImport={() => runCommand('importArticle')}
        recent={recent}
        onOpenRecent={(p) => void openProject(p)}
        onRemoveRecent={(p) => void api.removeRecent({ path: p }).then((r) => r.ok && setRecent(r.value))}
      />
      <footer className="statusbar">
        <span role="status">{projectPath ?? t('status.ready')}</span>
        <SyncStatusBar onOpenConflicts={() => setDialog({ name: 'syncConflicts' })} />
        {prefs?.authorName && <span className="statusbar-author">{prefs.authorName}</span>}
      </footer>
      {notice && <Notice message={notice} onDismiss={() => setNotice(null)} />}
      {needsName && (
        <FirstRunDialog language={prefs?.language ?? 'zh-CN'} onLanguage={(language) => void updatePrefs({ language })} onDone={(name) => void updatePrefs({ authorName: name })} />
      )}
      {!needsName && dialog?.name === 'preferences' && prefs && (
        <PreferencesDialog prefs={prefs} onChange={(p) => void updatePrefs(p)} onClose={close} />
      )}
      {!needsName && dialog?.name === 'about' && <AboutDialog info={appInfo} onClose={close} />}
      {!needsName && dialog?.name === 'shortcuts' && <ShortcutsDialog onClose={close} />}
      {!needsName && dialog?.name === 'newProject' && (
        <NewProjectDialog info={appInfo} askPath={!electron} onCreate={(title, path) => void createProject(title, path)} onClose={close} />
      )}
      {!needsName && dialog?.name === 'openProject' && (
        <PathDialog
          title={t('project.openTitle')}
          label={t('project.pathLabel')}
          confirm={t('project.open')}
          initial={recent.find((r) => !r.missing)?.path ?? `${appInfo?.documentsDir ?? ''}${appInfo?.pathSeparator ?? '/'}`}
          onConfirm={(p) => void openProject(p)}
          onClose={close}
        />
      )}
      {!needsName && (dialog?.name === 'saveAs' || dialog?.name === 'saveCopy') && (
        <PathDialog
          title={t(dialog.name === 'saveAs' ? 'menu.saveAs' : 'menu.saveCopy')}
          label={t('project.pathLabel')}
          confirm={t('action.save')}
          initial={`${suggested} ${t('project.copySuffix')}.pizhu`}
          onConfirm={(p) => void saveTo(dialog.name as 'saveAs' | 'saveCopy', p)}
          onClose={close}
        />
      )}
      <input
        ref={annotationsInput}
        type="file"
        hidden
        accept=".json,.jsonld,application/json,application/ld+json"
        data-testid="annotations-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          const article = store.getState().article;
          if (!file || !article) return;
          const articleId = article.id;
          void file.text().then(async (json) => {
            const report = await ws.mutate(() => api.importAnnotations({ json, articleId }));
            if (report) setDialog({ name: 'annotationsReport', fileName: file.name, report });
          });
        }}
      />
      {!needsName && dialog?.name === 'publisher' && prefs && projectId && (
        <PublisherDialog
          stored={filePublisher ?? prefs.publishers[projectId]}
          onSave={(publisher) => {
            // Kept in the project file (one undoable edit), so a colleague who opens it has them too.
            void ws.mutate(() => api.setSetting({ key: 'publisher', value: publisher })).then((done) => {
              if (done !== undefined) setNotice({ kind: 'info', text: t('publisher.saved') });
            });
            close();
          }}
          onClose={close}
        />
      )}
      {!needsName && dialog?.name === 'annotationsReport' && <ImportReportDialog fileName={dialog.fileName} report={dialog.report} onClose={close} />}
      {!needsName && dialog?.name === 'pickCopy' && (
        <PathDialog
          title={t(dialog.purpose === 'merge' ? 'team.mergeTitle' : 'team.agreementTitle')}
          label={t(dialog.purpose === 'merge' ? 'team.mergePick' : 'team.agreementPick')}
          confirm={t(dialog.purpose === 'merge' ? 'team.merge' : 'team.compare')}
          initial={`${appInfo?.documentsDir ?? ''}${appInfo?.pathSeparator ?? '/'}`}
          onConfirm={(p) => setDialog({ name: dialog.purpose, path: p })}
          onClose={close}
        />
      )}
      {!needsName && dialog?.name === 'merge' && (
        <MergeDialog
          path={dialog.path}
          onMerged={(report) => {
            void ws.reload();
            const added = Object.values(report.summary.added).reduce((a, b) => a + b, 0);
            const changed = Object.values(report.summary.changed).reduce((a, b) => a + b, 0);
            setNotice({ kind: 'info', text: t('team.merged', { added, changed, conflicts: report.unresolved.length }) });
            setDialog(report.unresolved.length ? { name: 'conflicts' } : null);
          }}
          onError={fail}
          onClose={close}
        />
      )}
      {!needsName && dialog?.name === 'takeOver' && (
        <TakeOverDialog message={dialog.message} onTakeOver={() => void openProject(dialog.path, true)} onClose={close} />
      )}
      {!needsName && dialog?.name === 'search' && <SearchDialog onClose={close} />}
      {!needsName && dialog?.name === 'artefacts' && <ArtefactsDialog onClose={close} />}
      {!needsName && dialog?.name === 'newComparison' && <NewComparisonDialog initialFiles={dialog.files} onClose={close} />}
      {!needsName && dialog?.name === 'conflicts' && <ConflictsDialog onResolved={() => void ws.reload()} onError={fail} onClose={close} />}
      {!needsName && dialog?.name === 'teamSync' && (
        <TeamSyncDialog
          info={appInfo}
          hasProject={projectPath !== null && !readOnlyReason}
          onJoined={(state) => ws.setProject(state)}
          onDone={(text) => setNotice({ kind: 'info', text })}
          onClose={close}
        />
      )}
      {!needsName && dialog?.name === 'syncConflicts' && <SyncConflictsDialog onError={fail} onClose={close} />}
      {!needsName && dialog?.name === 'agreement' && <AgreementDialog path={dialog.path} onError={fail} onClose={close} />}
      {!needsName && dialog?.name === 'export' && projectTitle !== undefined && (
        <ExportDialog
          projectTitle={projectTitle}
          electron={electron}
          language={prefs?.language ?? 'zh-CN'}
          onDone={(text) => setNotice({ kind: 'info', text })}
          onError={fail}
          onClose={close}
        />
      )}
      {!needsName && dialog?.name === 'renameArticle' && dialogArticle && (
        <RenameArticleDialog
          title={dialogArticle.title}
          onRename={(title) => void ws.mutate(() => api.renameArticle({ id: dialogArticle.id, title })).then((a) => a && close())}
          onClose={close}
        />
      )}
      {!needsName && dialog?.name === 'deleteArticle' && dialogArticle && (
        <DeleteArticleDialog
          title={dialogArticle.title}
          claims={dialogArticle.claimCount}
          onDelete={() =>
            void ws.mutate(() => api.deleteArticle({ id: dialogArticle.id })).then((r) => {
              if (!r) return;
              close();
              setNotice({ kind: 'info', text: t('articleEdit.deleted', { title: dialogArticle.title, count: r.claims }) });
            })
          }
          onClose={close}
        />
      )}
      {!needsName && dialog?.name === 'import' && (
        <ImportDialog
          initialSources={dialog.sources}
          articleTitle={(id) => store.getState().articles.byId[id]?.title}
          onImported={(article) => {
            void ws.reload().then(() => ws.openArticle(article.id));
            setNotice({ kind: 'info', text: t('import.done', { title: article.content.title }) });
          }}
          onClose={close}
        />
      )}
    </div>
  );
}
