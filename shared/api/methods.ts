// The names of the API's methods, free of zod so the sandboxed preload can bundle it cheaply.
// contract.ts must define exactly these; a test checks the two agree.
export const METHOD_NAMES = [
  'appInfo',
  'getPreferences',
  'setPreferences',
  'listRecent',
  'removeRecent',
  'pickPath',
  'projectNew',
  'projectOpen',
  'projectClose',
  'projectState',
  'projectSetTitle',
  'projectSaveAs',
  'projectSaveCopy',
  'undo',
  'redo',
  'listChanges',
  'importPreview',
  'importCommit',
  'getArticle',
  'listClaims',
  'addClaim',
  'updateClaim',
  'deleteClaim',
  'listTags',
  'addTag',
  'updateTag',
  'mergeTags',
  'deleteTag',
  'reorderTags',
  'listEvidence',
  'addEvidence',
  'updateEvidence',
  'deleteEvidence',
  'reorderEvidence',
  'exportProject',
  'exportToFile',
  'attachScreenshots',
  'listComparisons',
  'addComparison',
  'updateComparison',
  'deleteComparison',
  'addComparisonItem',
  'updateComparisonItem',
  'removeComparisonItem',
  'reorderComparisonItems',
  'addRegion',
  'updateRegion',
  'deleteRegion',
  'pixelDiff',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** The IPC channel of a method. */
export const channelOf = (name: MethodName): string => `pizhu:${name}`;

/** Channel on which main pushes events (menu commands, opened files) to the renderer. */
export const EVENT_CHANNEL = 'pizhu:event';
