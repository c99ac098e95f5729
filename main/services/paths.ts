// Where Pizhu keeps its own files outside Electron (browser mode, CLI). In the Electron app the
// same place is app.getPath('userData'), which matches these defaults.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function userConfigDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PIZHU_CONFIG_DIR) return env.PIZHU_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Pizhu');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Pizhu');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Pizhu');
}

/** Where new projects are suggested: ~/Documents when it exists, else the home folder. */
export function documentsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PIZHU_DOCUMENTS_DIR) return env.PIZHU_DOCUMENTS_DIR;
  const docs = join(homedir(), 'Documents');
  return existsSync(docs) ? docs : homedir();
}
