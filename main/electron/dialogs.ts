// Native file dialogs for the pickPath API method. Every path the user chooses is recorded in
// the session's PathGrants: only those paths may later be named in API calls (path-rule.ts).
import { dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import { translate } from '../../shared/i18n';
import type { PreferencesService } from '../services/preferences';
import { documentsDir } from '../services/paths';
import { recordingPicker, type PathGrants } from '../services/path-rule';

export function nativePickPath(getWindow: () => BrowserWindow | undefined, prefs: PreferencesService, grants: PathGrants): ApiHandlers['pickPath'] {
  return recordingPicker(choose(getWindow, prefs), grants);
}

function choose(getWindow: () => BrowserWindow | undefined, prefs: PreferencesService): ApiHandlers['pickPath'] {
  return async ({ purpose, suggestedName }) => {
    const t = (key: string) => translate(prefs.get().language, key);
    const filters = [{ name: t('project.fileType'), extensions: ['pizhu'] }];
    const win = getWindow();
    if (purpose === 'openProject') {
      const options = { properties: ['openFile' as const], filters };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    }
    if (purpose === 'export') {
      // The suggested name carries the format's extension (e.g. 腾讯核查.pdf).
      const options = { defaultPath: join(documentsDir(), suggestedName ?? 'export') };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    }
    const options = { defaultPath: join(documentsDir(), `${suggestedName ?? 'project'}.pizhu`), filters };
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return r.canceled || !r.filePath ? null : r.filePath.endsWith('.pizhu') ? r.filePath : `${r.filePath}.pizhu`;
  };
}
