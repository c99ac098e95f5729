// Every `pizhu` command, by name, with the module that registers it, loaded only when that
// command runs (in the bundle each is a chunk of its own). `pizhu --help` lists the commands from
// here without loading any: `term` is what commander would print after the name, and a test
// (registry.test.ts) keeps it equal to what the module really registers.
import type { Command } from 'commander';

export interface CommandModule {
  /** The top-level commands the module registers, each with its help term. */
  commands: { name: string; term: string }[];
  load: () => Promise<(program: Command) => void>;
}

export const COMMAND_MODULES: CommandModule[] = [
  { commands: [{ name: 'web', term: '[options]' }], load: async () => (await import('./commands/web')).registerWeb },
  { commands: [{ name: 'new', term: '[options] <file>' }], load: async () => (await import('./commands/new')).registerNew },
  { commands: [{ name: 'info', term: '[options] <file>' }], load: async () => (await import('./commands/info')).registerInfo },
  { commands: [{ name: 'check', term: '[options] <file>' }], load: async () => (await import('./commands/check')).registerCheck },
  { commands: [{ name: 'import', term: '[options] <project> <articles...>' }], load: async () => (await import('./commands/import')).registerImport },
  { commands: [{ name: 'article', term: '[options] <project> [id]' }], load: async () => (await import('./commands/article')).registerArticle },
  {
    commands: [
      { name: 'comparison', term: '' },
      { name: 'comparisons', term: '[options] <project>' },
    ],
    load: async () => (await import('./commands/comparison')).registerComparison,
  },
  { commands: [{ name: 'export', term: '[options] <file>' }], load: async () => (await import('./commands/export')).registerExport },
  { commands: [{ name: 'merge', term: '[options] <mine> <theirs>' }], load: async () => (await import('./commands/merge')).registerMerge },
  { commands: [{ name: 'agreement', term: '[options] <a> <b>' }], load: async () => (await import('./commands/agreement')).registerAgreement },
  {
    commands: [{ name: 'import-annotations', term: '[options] <file> <annotations>' }],
    load: async () => (await import('./commands/import-annotations')).registerImportAnnotations,
  },
  { commands: [{ name: 'publisher', term: '[options] <file>' }], load: async () => (await import('./commands/publisher')).registerPublisher },
  { commands: [{ name: 'claims', term: '[options] <file>' }], load: async () => (await import('./commands/claims')).registerClaims },
  { commands: [{ name: 'claim', term: '' }], load: async () => (await import('./commands/claim')).registerClaim },
  { commands: [{ name: 'suggest', term: '[options] <file>' }], load: async () => (await import('./commands/suggest')).registerSuggest },
  { commands: [{ name: 'artefacts', term: '[options] <file>' }], load: async () => (await import('./commands/artefacts')).registerArtefacts },
  { commands: [{ name: 'serve', term: '[options]' }], load: async () => (await import('./commands/serve')).registerServe },
  { commands: [{ name: 'sync', term: '[options] <file>' }], load: async () => (await import('./commands/sync')).registerSync },
];

/** The module registering `name`, if it is a command. */
export const moduleOf = (name: string): CommandModule | undefined => COMMAND_MODULES.find((m) => m.commands.some((c) => c.name === name));
