// The layering rules of docs/architecture.md, enforced in `npm test`:
//   shared/   pure TypeScript: no electron, no Node built-ins, nothing from main/ or renderer/
//   renderer/ never reaches main/, Node or electron
//   electron  only in the thin layer (main/electron/, main/preload/)
const NODE_BUILTINS = ['core'];

module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ is used by both processes: no electron, node: or DOM-only modules, no main/ or renderer/',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: ['^main/', '^renderer/', '^electron$', 'node_modules/electron/'] },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: NODE_BUILTINS },
    },
    {
      name: 'renderer-not-main',
      comment: 'the renderer talks to main only through the API contract',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^main/', '^electron$', 'node_modules/electron/'] },
    },
    {
      name: 'main-not-renderer',
      comment: 'main never depends on the renderer; one test drives the renderer store against the real services',
      severity: 'error',
      from: { path: '^main/', pathNot: '^main/services/store-sync\\.test\\.ts$' },
      to: { path: '^renderer/' },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: NODE_BUILTINS },
    },
    {
      name: 'electron-only-in-thin-layer',
      comment: 'services are plain Node modules; only main/electron and main/preload import electron',
      severity: 'error',
      from: { pathNot: '^main/(electron|preload)/|^e2e/electron' },
      to: { path: ['^electron$', 'node_modules/electron/', '^electron-store$', 'node_modules/electron-store/'] },
    },
    {
      name: 'services-not-thin-layer',
      comment: 'the thin layer depends on services, never the other way round',
      severity: 'error',
      from: { path: '^main/', pathNot: '^main/(electron|preload)/' },
      to: { path: '^main/(electron|preload)/' },
    },
    {
      name: 'merge-through-the-store',
      comment:
        'a merge reads copies through CopyReader and writes through ProjectStore: no SQL connection, change recorder or record module',
      severity: 'error',
      from: { path: '^main/merge/' },
      to: { path: '^main/project/(sql|change-log|context|owners|conflicts|merge-writes|articles|claims|codebook|comparisons|evidence|assets|search|history)\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|\\.tools)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
