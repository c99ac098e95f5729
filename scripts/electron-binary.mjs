// Where the Electron binary is, read the way the electron package does but without its
// download-on-require fallback (which fails, slowly, on a machine without network). Used by
// `npm start` and the Electron smoke test.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** `{ path }` when the binary is installed, otherwise `{ reason }` saying what is missing. */
export function electronBinary(env = process.env) {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(pkgDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
  const path = name ? join(distDir, name) : undefined;
  if (path && existsSync(path)) return { path };
  return { reason: `no Electron binary is installed (${path ?? pathFile} is missing)` };
}
