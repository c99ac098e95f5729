// Services for browser mode and the CLI: preferences in a JSON file in the user's config
// directory (PIZHU_CONFIG_DIR overrides it, as tests do).
import { createAppServices, type AppServices } from './app-services';
import { PreferencesService, jsonFileBackend, preferencesFile } from './preferences';
import { userConfigDir } from './paths';

export function createNodeServices(opts: { mode: 'browser'; configDir?: string }): AppServices {
  const prefs = new PreferencesService(jsonFileBackend(preferencesFile(opts.configDir ?? userConfigDir())));
  return createAppServices({ prefs, mode: opts.mode, configDir: opts.configDir ?? userConfigDir() });
}
