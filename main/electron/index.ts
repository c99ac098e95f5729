// The Electron main process: the thin layer that wires the plain Node services to windows,
// menus and IPC. Nothing here holds logic a test would need; that lives in main/services.
import { app, BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createAppServices } from '../services/app-services';
import { PathGrants } from '../services/path-rule';
import { PreferencesService } from '../services/preferences';
import { EVENT_CHANNEL } from '../../shared/api/methods';
import { translate } from '../../shared/i18n';
import type { AppEvent } from '../../shared/menu';
import { electronStoreBackend } from './preferences-store';
import { denyPermissions, hardenApp } from './security';
import { createWorkspaceWindow } from './window';
import { installMenu } from './menu';
import { registerIpc } from './ipc';
import { nativePickPath } from './dialogs';
import { handleAssetProtocol, registerAssetScheme } from './asset-protocol';
import { ElectronPdfPrinter } from './pdf-printer';
import { captureSource, listCaptureSources } from './screen-capture';
import { keychainBox } from './sync-secrets';

const rendererRoot = pathToFileURL(join(import.meta.dirname, '../renderer/')).href;
const isOwnUrl = (url: string) =>
  url.startsWith(rendererRoot) || (!!process.env.ELECTRON_RENDERER_URL && url.startsWith(process.env.ELECTRON_RENDERER_URL));

const projectArg = (argv: string[]) => argv.find((a) => a.toLowerCase().endsWith('.pizhu'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | undefined;
  let pendingOpen: string | undefined = projectArg(process.argv);
  let servicesForQuit: ReturnType<typeof createAppServices> | undefined;
  // Paths the user chose this session: in dialogs, or by handing a file to the app (double-click,
  // a second launch with a file). The renderer can name no other path (path-rule.ts).
  const grants = new PathGrants();
  if (pendingOpen) grants.grant(pendingOpen, 'read');

  const sendEvent = (event: AppEvent) => win?.webContents.send(EVENT_CHANNEL, event);
  const openInWindow = (path: string) => {
    grants.grant(path, 'read');
    if (win && !win.webContents.isLoading()) sendEvent({ type: 'openFile', path });
    else pendingOpen = path;
  };

  app.on('second-instance', (_event, argv) => {
    const file = projectArg(argv);
    if (file) openInWindow(file);
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openInWindow(path);
  });

  hardenApp(isOwnUrl);
  registerAssetScheme();

  void app.whenReady().then(() => {
    denyPermissions();
    const prefs = new PreferencesService(electronStoreBackend());
    const services = createAppServices({
      prefs,
      mode: 'electron',
      pickPath: nativePickPath(() => win, prefs, grants),
      pdfPrinter: () => new ElectronPdfPrinter(),
      capture: { listCaptureSources, captureSource },
      pathGrants: grants,
      syncSecrets: keychainBox(),
      configDir: app.getPath('userData'),
    });
    handleAssetProtocol(services.session);
    servicesForQuit = services;
    const refreshMenu = () => installMenu(() => win, prefs.get());
    registerIpc(services, isOwnUrl, (method) => {
      if (['setPreferences', 'removeRecent', 'projectOpen', 'projectNew', 'projectSaveAs'].includes(method)) refreshMenu();
      if (method.startsWith('project')) {
        const state = services.session.state();
        win?.setTitle(state ? `${state.project.title} — ${translate(prefs.get().language, 'app.name')}` : translate(prefs.get().language, 'app.name'));
      }
    });
    refreshMenu();
    win = createWorkspaceWindow(prefs, translate(prefs.get().language, 'app.name'));
    win.webContents.on('did-finish-load', () => {
      if (pendingOpen) sendEvent({ type: 'openFile', path: pendingOpen });
      pendingOpen = undefined;
    });
    win.on('closed', () => {
      win = undefined;
      // Release the project's lock as soon as its window is gone.
      services.session.close();
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) win = createWorkspaceWindow(prefs, translate(prefs.get().language, 'app.name'));
    });
  });

  app.on('before-quit', () => servicesForQuit?.session.close());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
