// The application menu, described once: main builds the native menu from it and the renderer
// draws the same menu bar in browser mode. Commands are handled in the renderer.
export type MenuCommand =
  | 'newProject'
  | 'openProject'
  | 'saveAs'
  | 'saveCopy'
  | 'closeProject'
  | 'mergeCopy'
  | 'agreement'
  | 'importAnnotations'
  | 'importArticle'
  | 'renameArticle'
  | 'deleteArticle'
  | 'artefactReport'
  | 'export'
  | 'publisherSettings'
  | 'preferences'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'find'
  | 'searchProject'
  | 'language:zh-CN'
  | 'language:en'
  | 'language:zh-TW'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'toggleNavigator'
  | 'toggleInspector'
  | 'theme:system'
  | 'theme:light'
  | 'theme:dark'
  | 'about'
  | 'shortcuts'
  | 'teamSync';

export type MenuEntry =
  | {
      kind: 'command';
      command: MenuCommand;
      /** Key in the `menu.` namespace (or `language.` for languages). */
      label: string;
      /** Electron accelerator syntax; the renderer shows and handles the same keys. */
      accelerator?: string;
      /** Native-only roles that Electron implements itself (quit on macOS is in the app menu). */
      nativeOnly?: boolean;
    }
  | { kind: 'recent' }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; items: MenuEntry[] };

export interface TopMenu {
  id: 'file' | 'edit' | 'article' | 'view' | 'help';
  label: string;
  items: MenuEntry[];
}

const cmd = (command: MenuCommand, label: string, accelerator?: string): MenuEntry => ({
  kind: 'command',
  command,
  label,
  ...(accelerator ? { accelerator } : {}),
});
const sep: MenuEntry = { kind: 'separator' };

export const APP_MENU: TopMenu[] = [
  {
    id: 'file',
    label: 'menu.file',
    items: [
      cmd('newProject', 'menu.newProject', 'CmdOrCtrl+N'),
      cmd('openProject', 'menu.open', 'CmdOrCtrl+O'),
      { kind: 'recent' },
      cmd('saveAs', 'menu.saveAs', 'Shift+CmdOrCtrl+S'),
      cmd('saveCopy', 'menu.saveCopy'),
      cmd('closeProject', 'menu.closeProject', 'CmdOrCtrl+W'),
      sep,
      cmd('importArticle', 'menu.importArticle', 'CmdOrCtrl+I'),
      cmd('export', 'menu.export', 'CmdOrCtrl+E'),
      cmd('publisherSettings', 'menu.publisherSettings'),
      sep,
      cmd('mergeCopy', 'menu.mergeCopy'),
      cmd('agreement', 'menu.agreement'),
      cmd('importAnnotations', 'menu.importAnnotations'),
      cmd('teamSync', 'teamSync.menu'),
      sep,
      cmd('preferences', 'menu.preferences', 'CmdOrCtrl+,'),
      sep,
      { ...cmd('quit', 'menu.quit', 'CmdOrCtrl+Q'), nativeOnly: true } as MenuEntry,
    ],
  },
  {
    id: 'edit',
    label: 'menu.edit',
    items: [
      cmd('undo', 'menu.undo', 'CmdOrCtrl+Z'),
      cmd('redo', 'menu.redo', 'Shift+CmdOrCtrl+Z'),
      sep,
      cmd('find', 'menu.find', 'CmdOrCtrl+F'),
      cmd('searchProject', 'menu.searchProject', 'Shift+CmdOrCtrl+F'),
    ],
  },
  {
    id: 'article',
    label: 'menu.article',
    items: [cmd('renameArticle', 'menu.renameArticle', 'F2'), cmd('deleteArticle', 'menu.deleteArticle'), sep, cmd('artefactReport', 'menu.artefactReport')],
  },
  {
    id: 'view',
    label: 'menu.view',
    items: [
      cmd('toggleNavigator', 'menu.toggleNavigator', 'CmdOrCtrl+['),
      cmd('toggleInspector', 'menu.toggleInspector', 'CmdOrCtrl+]'),
      sep,
      {
        kind: 'submenu',
        label: 'menu.language',
        items: [cmd('language:zh-CN', 'language.zh-CN'), cmd('language:zh-TW', 'language.zh-TW'), cmd('language:en', 'language.en')],
      },
      {
        kind: 'submenu',
        label: 'menu.zoom',
        items: [
          cmd('zoomIn', 'menu.zoomIn', 'CmdOrCtrl+='),
          cmd('zoomOut', 'menu.zoomOut', 'CmdOrCtrl+-'),
          cmd('zoomReset', 'menu.zoomReset', 'CmdOrCtrl+0'),
        ],
      },
      {
        kind: 'submenu',
        label: 'menu.theme',
        items: [
          cmd('theme:system', 'menu.themeSystem'),
          cmd('theme:light', 'menu.themeLight'),
          cmd('theme:dark', 'menu.themeDark'),
        ],
      },
    ],
  },
  {
    id: 'help',
    label: 'menu.help',
    items: [cmd('shortcuts', 'menu.shortcuts', 'CmdOrCtrl+/'), sep, cmd('about', 'menu.about')],
  },
];

/** Every command entry, flattened, for keyboard handling. */
export function menuCommands(menus: TopMenu[] = APP_MENU): Extract<MenuEntry, { kind: 'command' }>[] {
  const out: Extract<MenuEntry, { kind: 'command' }>[] = [];
  const walk = (items: MenuEntry[]) => {
    for (const item of items) {
      if (item.kind === 'command') out.push(item);
      else if (item.kind === 'submenu') walk(item.items);
    }
  };
  for (const menu of menus) walk(menu.items);
  return out;
}

/** Events main pushes to the renderer. */
export type AppEvent =
  | { type: 'menu'; command: MenuCommand }
  | { type: 'openRecent'; path: string }
  | { type: 'openFile'; path: string };

/**
 * Keys the workspace handles itself (not menu commands), listed in the 快捷键 dialog after the
 * menu's accelerators. Each is wired where its comment says.
 */
export const WORKSPACE_KEYS: { label: string; keys: string }[] = [
  // renderer/src/workspace/Reader.tsx; caret browsing in renderer/src/reader/caret.ts
  { label: 'shortcuts.caret', keys: '← → ↑ ↓ / Shift+← → ↑ ↓' },
  { label: 'shortcuts.makeClaim', keys: 'CmdOrCtrl+Enter' },
  { label: 'shortcuts.tag', keys: '1 … 9' },
  // renderer/src/inspector/StrengthControl.tsx
  { label: 'shortcuts.strength', keys: '0 … 4' },
  // renderer/src/workspace/ClaimsPanel.tsx
  { label: 'shortcuts.nextClaim', keys: 'J / K' },
];
