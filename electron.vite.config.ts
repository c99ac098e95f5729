// Builds the three parts: the main process (ESM), the preload (CommonJS, as the sandbox needs)
// and the renderer. `npm run web` serves the same renderer build in browser mode.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/** In `electron-vite dev` the HMR client needs inline script; the built app keeps the strict CSP. */
const relaxCspInDev = (): Plugin => ({
  name: 'pizhu:relax-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
});

export default defineConfig({
  main: {
    build: {
      // The merge planner and the importer run in worker threads, from their own files beside
      // the main bundle.
      lib: {
        entry: {
          index: resolve('main/electron/index.ts'),
          'merge-plan-worker': resolve('main/merge/plan-worker.ts'),
          'import-worker': resolve('main/import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve('main/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react(), relaxCspInDev()],
  },
});
