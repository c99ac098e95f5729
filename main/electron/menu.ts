// The native application menu, built from the shared menu description in the UI language.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { APP_MENU, type AppEvent, type MenuEntry } from '../../shared/menu';
import { EVENT_CHANNEL } from '../../shared/api/methods';
import { translate } from '../../shared/i18n';
import type { Preferences } from '../../shared/preferences';

export function installMenu(getWindow: () => BrowserWindow | undefined, prefs: Preferences): void {
  const t = (key: string) => translate(prefs.language, key);
  const send = (event: AppEvent) => getWindow()?.webContents.send(EVENT_CHANNEL, event);

  const toItem = (entry: MenuEntry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'submenu':
        return { label: t(entry.label), submenu: entry.items.map(toItem) };
      case 'recent':
        return {
          label: t('menu.recent'),
          submenu: prefs.recentProjects.length
            ? prefs.recentProjects.map((r) => ({ label: r.title || r.path, click: () => send({ type: 'openRecent', path: r.path }) }))
            : [{ label: t('menu.recentEmpty'), enabled: false }],
        };
      case 'command':
        if (entry.command === 'quit') return { label: t(entry.label), role: 'quit', accelerator: entry.accelerator };
        return {
          label: t(entry.label),
          accelerator: entry.accelerator,
          // The renderer handles these keys itself; the menu only shows them.
          registerAccelerator: false,
          click: () => send({ type: 'menu', command: entry.command }),
        };
    }
  };

  const template: MenuItemConstructorOptions[] = APP_MENU.map((menu) => ({
    label: t(menu.label),
    submenu: menu.items.map(toItem),
  }));
  if (process.platform === 'darwin') template.unshift({ role: 'appMenu' });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
