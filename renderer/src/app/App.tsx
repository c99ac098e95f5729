// The application shell: preferences (language, theme, zoom), the menu commands, dialogs and
// the workspace. Menu commands arrive from the native menu (Electron), the in-window menu bar
// (browser mode) or the keyboard, and all end in runCommand.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, RecentEntry } from '../../../shared/api/contract';
import type { Preferences, PreferencesPatch } from '../../../shared/preferences';
import type { MenuCommand } from '../../../shared/menu';
import { useClient } from '../api/ClientContext';
import { switchLanguage } from '../i18n';
import { MenuBar } from './MenuBar';
import { commandForKey } from './keyboard';
import { AboutDialog, FirstRunDialog, PreferencesDialog, ShortcutsDialog } from './dialogs';
import { Workspace } from '../workspace/Workspace';
import { useTheme } from './useTheme';
import { Notice, type NoticeMessage } from './Notice';

type DialogName = 'preferences' | 'about' | 'shortcuts' | null;

const ZOOM_STEPS = [0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

export function App({ initialPreferences, appInfo }: { initialPreferences?: Preferences; appInfo?: AppInfo }) {
  const { t } = useTranslation();
  const { api, subscribe, transport } = useClient();
  const [prefs, setPrefs] = useState<Preferences | undefined>(initialPreferences);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const [dialog, setDialog] = useState<DialogName>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  useTheme(prefs?.theme ?? 'system');

  useEffect(() => {
    document.body.style.setProperty('zoom', String(prefs?.zoom ?? 1));
  }, [prefs?.zoom]);

  useEffect(() => {
    document.title = t('app.name');
  }, [t, prefs?.language]);

  useEffect(() => {
    let live = true;
    void api.listRecent().then((r) => live && r.ok && setRecent(r.value));
    return () => {
      live = false;
    };
  }, [api]);

  const updatePrefs = useCallback(
    async (patch: PreferencesPatch) => {
      const r = await api.setPreferences(patch);
      if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
      setPrefs(r.value);
      if (patch.language) await switchLanguage(patch.language);
    },
    [api],
  );

  const runCommand = useCallback(
    (command: MenuCommand) => {
      const zoom = prefs?.zoom ?? 1;
      switch (command) {
        case 'language:zh-CN':
        case 'language:en':
          return void updatePrefs({ language: command === 'language:en' ? 'en' : 'zh-CN' });
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
        case 'preferences':
          return setDialog('preferences');
        case 'about':
          return setDialog('about');
        case 'shortcuts':
          return setDialog('shortcuts');
        case 'quit':
          return window.close();
        default:
          return setNotice({ kind: 'info', text: t(`menu.${command}`) });
      }
    },
    [prefs?.zoom, updatePrefs, t],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      // Let text fields keep their own undo and redo.
      const target = event.target as HTMLElement | null;
      if ((command === 'undo' || command === 'redo') && target?.closest('input, textarea, [contenteditable="true"]')) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runCommand]);

  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'menu') runCommand(event.command);
      }),
    [subscribe, runCommand],
  );

  const needsName = prefs !== undefined && !prefs.authorName;

  return (
    <div className="app" data-transport={transport}>
      {appInfo?.mode !== 'electron' && (
        <MenuBar onCommand={runCommand} recent={recent} onOpenRecent={() => undefined} />
      )}
      <Workspace onNewProject={() => runCommand('newProject')} onOpenProject={() => runCommand('openProject')} />
      <footer className="statusbar" role="status">
        <span>{notice?.text ?? t('status.ready')}</span>
        {prefs?.authorName && <span className="statusbar-author">{prefs.authorName}</span>}
      </footer>
      {notice && <Notice message={notice} onDismiss={() => setNotice(null)} />}
      {needsName && <FirstRunDialog onDone={(name) => void updatePrefs({ authorName: name })} />}
      {!needsName && dialog === 'preferences' && prefs && (
        <PreferencesDialog prefs={prefs} onChange={(p) => void updatePrefs(p)} onClose={() => setDialog(null)} />
      )}
      {!needsName && dialog === 'about' && <AboutDialog info={appInfo} onClose={() => setDialog(null)} />}
      {!needsName && dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
