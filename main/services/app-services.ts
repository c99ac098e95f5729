// The services behind the API contract, as plain Node code. The Electron layer, the browser-mode
// host and the tests all build them with createAppServices and call them through dispatch().
import { existsSync } from 'node:fs';
import type { ApiHandlers, AppInfo } from '../../shared/api/contract';
import type { Preferences } from '../../shared/preferences';
import type { PreferencesService } from './preferences';
import { APP_NAME, APP_VERSION } from './version';

export interface AppServicesOptions {
  prefs: PreferencesService;
  mode: AppInfo['mode'];
}

export interface AppServices {
  handlers: ApiHandlers;
  prefs: PreferencesService;
  language(): Preferences['language'];
}

export function createAppServices({ prefs, mode }: AppServicesOptions): AppServices {
  const handlers: ApiHandlers = {
    appInfo: () => ({ name: APP_NAME, version: APP_VERSION, mode, platform: process.platform }),
    getPreferences: () => prefs.get(),
    setPreferences: (patch) => prefs.update(patch),
    listRecent: () =>
      prefs.get().recentProjects.map((r) => ({ ...r, missing: !existsSync(r.path) })),
    removeRecent: ({ path }) => prefs.forgetRecent(path).recentProjects.map((r) => ({ ...r, missing: !existsSync(r.path) })),
  };
  return { handlers, prefs, language: () => prefs.get().language };
}
