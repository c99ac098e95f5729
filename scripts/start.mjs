#!/usr/bin/env node
// `npm start`: builds and opens the desktop app. Where the Electron binary could not be
// installed (its download is blocked or failed), it says so and how to run Pizhu in a browser
// instead, rather than failing inside Electron's own loader.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary.path) {
  process.stderr.write(
    `Pizhu cannot start as a desktop app here: ${binary.reason}.\n` +
      'Electron downloads its program during npm install; that download failed or was blocked on this machine.\n' +
      'Run Pizhu in your browser instead:  npm run web\n' +
      'or, where downloads work, fetch Electron and try again:  npx install-electron && npm start\n',
  );
  process.exit(1);
}
const run = spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(run.status ?? 1);
