// Builds the three parts: the main process (ESM), the preload (CommonJS, as the sandbox needs)
// and the renderer. `npm run web` serves the same renderer build in browser mode. After the main
// process, the `pizhu` command is bundled too (scripts/build-cli.mjs, into out/cli).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import type { buildCli } from './scripts/build-cli.mjs';

/** Bundles the CLI once the main process is built, so one build makes both. */
const cliBundle = (): Plugin => ({
  name: 'pizhu:cli-bundle',
  apply: 'build',
  async closeBundle() {
    // Loaded from its file when the build runs, not bundled into this config.
    const script = (await import(pathToFileURL(resolve('scripts/build-cli.mjs')).href)) as { buildCli: typeof buildCli };
    await script.buildCli();
  },
});

/** In `electron-vite dev` the HMR client needs inline script; the built app keeps the strict CSP. */
const relaxCspInDev = (): Plugin => ({
  name: 'pizhu:relax-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
});

export default defineConfig({
  main: {
    plugins: [cliBundle()],
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
