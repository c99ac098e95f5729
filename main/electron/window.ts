// The workspace window: hardened web preferences, hidden until ready, size and place remembered.
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import type { PreferencesService } from '../services/preferences';

const DEFAULT_SIZE = { width: 1360, height: 860 };

export function createWorkspaceWindow(prefs: PreferencesService, title: string): BrowserWindow {
  const saved = prefs.get().windowState;
  const bounds = saved && isVisible(saved) ? saved : DEFAULT_SIZE;
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 520,
    show: false,
    title,
    backgroundColor: '#00000000',
    autoHideMenuBar: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (win.isDestroyed()) return;
      const b = win.getNormalBounds();
      prefs.setWindowState({ ...b, maximized: win.isMaximized() });
    }, 400);
  };
  win.on('resize', remember);
  win.on('move', remember);
  win.on('close', () => {
    clearTimeout(timer);
    const b = win.getNormalBounds();
    prefs.setWindowState({ ...b, maximized: win.isMaximized() });
  });

  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void win.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return win;
}

/** A remembered place is used only if it still lies on a connected display. */
function isVisible(b: { x?: number; y?: number; width: number; height: number }): boolean {
  if (b.x === undefined || b.y === undefined) return true;
  return screen.getAllDisplays().some(({ workArea: a }) =>
    b.x! < a.x + a.width && b.x! + b.width > a.x && b.y! < a.y + a.height && b.y! + b.height > a.y,
  );
}
