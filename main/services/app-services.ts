// The services behind the API contract, as plain Node code. The Electron layer, the browser-mode
// host and the tests all build them with createAppServices and call them through dispatch().
import { existsSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { PizhuError } from '../../shared/api/result';
import type { ApiHandlers, AppInfo, RecentEntry } from '../../shared/api/contract';
import type { ChangeSet } from '../../shared/api/changes';
import type { MethodName } from '../../shared/api/methods';
import { changeSetOf, projectFields } from './change-set';
import type { Preferences } from '../../shared/preferences';
import type { PreferencesService } from './preferences';
import { ProjectSession } from './project-session';
import { importCommit, importPreview } from './import-service';
import { attachScreenshots } from './comparison-service';
import { pixelDiff } from '../images';
import { ExportJobs, exportProject, exportToFile, type PdfPrinter } from '../export';
import { mergeIntoStoreInWorker, previewMergeInWorker } from '../merge/merge-projects';
import { agreementOfFiles } from '../merge/agreement-files';
import { importAnnotations } from '../merge/import-annotations';
import { agreementCsv, agreementHtml } from '../../shared/agreement/export';
import { documentsDir } from './paths';
import { APP_NAME, APP_VERSION } from './version';
import { chosenPathsRule, userPlacesRule, type PathGrants } from './path-rule';
import { guardPaths } from './path-rule-methods';
import { projectPublisher } from './publisher-settings';
import { SyncService } from '../sync/sync-service';
import { SyncKeyStore, type SecretBox } from '../sync/key-store';
import { userConfigDir } from './paths';

export interface AppServicesOptions {
  prefs: PreferencesService;
  mode: AppInfo['mode'];
  /** The native file dialog, where there is one (Electron). */
  pickPath?: ApiHandlers['pickPath'];
  /** How PDFs are printed: Electron's printToPDF in the app, a system Chromium otherwise. */
  pdfPrinter?: () => PdfPrinter;
  /** Screen capture, where there is one (Electron). */
  capture?: Pick<ApiHandlers, 'listCaptureSources' | 'captureSource'>;
  /**
   * The paths the user chose in native dialogs (Electron): when given, calls may use only those
   * paths, recent projects and the open one; without it, browser mode's home-and-temp rule holds.
   */
  pathGrants?: PathGrants;
  /** How team sync keys are sealed: the OS keychain in Electron; an owner-only file otherwise. */
  syncSecrets?: SecretBox;
  /** Where this app keeps its own files (team sync connections); the user's config folder by default. */
  configDir?: string;
}

export interface AppServices {
  handlers: ApiHandlers;
  prefs: PreferencesService;
  session: ProjectSession;
  language(): Preferences['language'];
  /** What the call just made changed, for its result (see shared/api/changes.ts); none for reads. */
  takeChanges(method: MethodName): ChangeSet | undefined;
  sync: SyncService;
}

/** Edits that change too much to list: the renderer loads the project again after them. */
const RELOADING: ReadonlySet<MethodName> = new Set(['importCommit', 'mergeCopy', 'resolveConflicts', 'importAnnotations']);

/**
 * Calls that only read: they leave what colleagues' synced edits changed for the next edit's
 * result or the next syncStatus, whose change sets the renderer applies (a read's result is not
 * applied, so a change set on it would be lost).
 */
const READS: ReadonlySet<MethodName> = new Set([
  'appInfo', 'getPreferences', 'listRecent', 'projectState', 'listChanges', 'importPreview', 'getArticle', 'listClaims',
  'claimHistory', 'searchProject', 'listTags', 'listEvidence', 'exportProject', 'exportToFile', 'mergePreview', 'listConflicts',
  'agreementReport', 'listComparisons', 'pixelDiff', 'exportProgress', 'cancelExport', 'syncConflicts', 'syncPresence',
  'listSettings', 'listDismissedSuggestions',
]);

export function createAppServices({ prefs, mode, pickPath, pdfPrinter, capture, pathGrants, syncSecrets, configDir }: AppServicesOptions): AppServices {
  const session = new ProjectSession(prefs);
  const exports = new ExportJobs();
  const lang = () => prefs.get().language;
  const sync = new SyncService(session, new SyncKeyStore(configDir ?? userConfigDir(), syncSecrets), lang);
  const recent = (): RecentEntry[] => prefs.get().recentProjects.map((r) => ({ ...r, missing: !existsSync(r.path) }));
  const state = () => session.state()!;

  const openProject = () => session.state()?.path;
  const pathRule = pathGrants
    ? chosenPathsRule(pathGrants, { recent: () => prefs.get().recentProjects.map((r) => r.path), openProject })
    : userPlacesRule({ documents: documentsDir, openProject });

  const unguarded: ApiHandlers = {
    appInfo: () => ({ name: APP_NAME, version: APP_VERSION, mode, platform: process.platform, documentsDir: documentsDir(), pathSeparator: sep }),
    getPreferences: () => prefs.get(),
    setPreferences: (patch) => prefs.update(patch),
    listRecent: recent,
    removeRecent: ({ path }) => {
      prefs.forgetRecent(path);
      return recent();
    },
    pickPath:
      pickPath ??
      (() => {
        throw PizhuError.keyed('unsupported', 'project.noNativeDialog', {}, lang());
      }),

    projectNew: ({ path, title }) => session.create(path, title),
    projectOpen: ({ path, takeOver }) => session.open(path, { takeOver: takeOver === true }),
    projectClose: () => {
      session.close();
      return null;
    },
    projectState: () => session.state(),
    projectSetTitle: ({ title }) => {
      session.writable().setTitle(title);
      return state();
    },
    projectSaveAs: ({ path }) => {
      session.current().compactCopy(path);
      return session.continueIn(path);
    },
    projectSaveCopy: ({ path }) => {
      session.current().compactCopy(path);
      return { path, bytes: statSync(path).size };
    },
    undo: () => {
      session.writable().undo();
      return state();
    },
    redo: () => {
      session.writable().redo();
      return state();
    },
    listChanges: ({ limit }) => session.current().changes({ limit }),

    importPreview: ({ source, options }) => importPreview(session.state() ? session.current() : undefined, source, options, lang()),
    importCommit: ({ source, options, asRevisionOf }) => importCommit(session.writable(), source, options, lang(), asRevisionOf),
    getArticle: ({ id }) => session.current().getArticle(id),
    renameArticle: ({ id, title }) => session.writable().renameArticle(id, title),
    deleteArticle: ({ id }) => session.writable().deleteArticle(id),

    listClaims: ({ articleId }) => session.current().listClaims(articleId),
    addClaim: (claim) => session.writable().addClaim(claim),
    updateClaim: ({ id, patch }) => session.writable().updateClaim(id, patch),
    deleteClaim: ({ id }) => {
      session.writable().deleteClaim(id);
      return null;
    },
    claimHistory: ({ claimId }) => session.current().claimHistory(claimId),
    searchProject: ({ query }) => session.current().search(query),
    listTags: () => session.current().listTags(),
    addTag: (tag) => session.writable().addTag(tag),
    updateTag: ({ id, patch }) => session.writable().updateTag(id, patch),
    mergeTags: ({ fromId, intoId }) => session.writable().mergeTags(fromId, intoId),
    deleteTag: ({ id }) => {
      session.writable().deleteTag(id);
      return null;
    },
    reorderTags: ({ orderedIds }) => session.writable().reorderTags(orderedIds),
    listEvidence: ({ claimId }) => session.current().listEvidence(claimId),
    addEvidence: ({ claimId, item }) => session.writable().addEvidence(claimId, item),
    updateEvidence: ({ id, patch }) => session.writable().updateEvidence(id, patch),
    deleteEvidence: ({ id }) => {
      session.writable().deleteEvidence(id);
      return null;
    },
    reorderEvidence: ({ claimId, orderedIds }) => session.writable().reorderEvidence(claimId, orderedIds),

    exportProject: async ({ options }) => {
      const store = session.current();
      const out = await exports.run(options.jobId, options.lang, (job) =>
        withPrinter((printer) => exportProject(store, withOrganization(options), printer ? { printer, job } : { job })),
      );
      const ext = options.format === 'w3c' || options.format === 'claimreview' ? `${options.format}.jsonld` : options.format;
      return { fileName: `${store.info().title}.${ext}`, mime: out.mime, bytes: out.bytes, claims: out.claims, ...(out.pages ? { pages: out.pages } : {}) };
    },
    exportToFile: async ({ options, path }) => {
      const store = session.current();
      const out = await exports.run(options.jobId, options.lang, (job) =>
        withPrinter((printer) => exportToFile(store, withOrganization(options), path, printer ? { printer, job } : { job })),
      );
      return { path: out.output, claims: out.claims, bytes: out.bytes, ...(out.pages ? { pages: out.pages } : {}) };
    },

    mergePreview: ({ path }) => previewMergeInWorker(session.current(), path, { author: session.author(), lang: lang() }),
    mergeCopy: ({ path, prefer }) => mergeIntoStoreInWorker(session.writable(), path, { author: session.author(), lang: lang(), ...(prefer ? { prefer } : {}) }),
    listConflicts: ({ unresolvedOnly }) => session.current().listConflicts({ unresolvedOnly }),
    resolveConflicts: ({ resolution, ids }) => session.writable().resolveConflicts(resolution, ids),
    agreementReport: ({ path, articleId }) => {
      const result = agreementOfFiles(session.current().path, path, { author: session.author(), lang: lang(), ...(articleId ? { articleId } : {}) });
      return { ...result, csv: agreementCsv(result.report, lang()), html: agreementHtml(result.report, lang(), result.title) };
    },
    importAnnotations: ({ json, articleId }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch (err) {
        throw PizhuError.keyed('bad-input', 'merge.badAnnotations', { detail: (err as Error).message }, lang());
      }
      return importAnnotations(session.writable(), parsed, { lang: lang(), author: session.author(), ...(articleId ? { articleId } : {}) });
    },

    attachScreenshots: ({ files }) => attachScreenshots(session.writable(), files, lang()),
    listComparisons: ({ claimId }) => session.current().listComparisons(claimId),
    addComparison: (input) => session.writable().addComparison(input),
    updateComparison: ({ id, patch }) => session.writable().updateComparison(id, patch),
    deleteComparison: ({ id }) => {
      session.writable().deleteComparison(id);
      return null;
    },
    addComparisonItem: ({ comparisonId, item }) => session.writable().addComparisonItem(comparisonId, item),
    updateComparisonItem: ({ id, patch }) => {
      session.writable().updateComparisonItem(id, patch);
      return null;
    },
    removeComparisonItem: ({ id }) => {
      session.writable().removeComparisonItem(id);
      return null;
    },
    reorderComparisonItems: ({ comparisonId, orderedIds }) => session.writable().reorderComparisonItems(comparisonId, orderedIds),
    addRegion: ({ itemId, region }) => session.writable().addRegion(itemId, region),
    updateRegion: ({ id, patch }) => {
      session.writable().updateRegion(id, patch);
      return null;
    },
    deleteRegion: ({ id }) => {
      session.writable().deleteRegion(id);
      return null;
    },
    listCaptureSources:
      capture?.listCaptureSources ??
      (() => {
        throw PizhuError.keyed('unsupported', 'comparison.noCapture', {}, lang());
      }),
    captureSource:
      capture?.captureSource ??
      (() => {
        throw PizhuError.keyed('unsupported', 'comparison.noCapture', {}, lang());
      }),
    pixelDiff: async ({ a, b }) => {
      const store = session.current();
      const diff = await pixelDiff(store.readAsset(a), store.readAsset(b));
      return { width: diff.width, height: diff.height, changedPixels: diff.changedPixels, changedShare: diff.changedShare, png: diff.diffPng };
    },
    exportProgress: ({ jobId }) => exports.progress(jobId),
    cancelExport: ({ jobId }) => exports.cancel(jobId),

    listSettings: () => session.current().listSettings(),
    setSetting: ({ key, value }) => {
      session.writable().setSetting(key, value);
      return null;
    },
    listDismissedSuggestions: ({ articleId }) => session.current().dismissedSuggestions(articleId),
    dismissSuggestion: ({ key, kind }) => {
      session.writable().dismissSuggestion(key, kind);
      return null;
    },
    acceptSuggestion: ({ claim, kind }) => session.writable().acceptSuggestion(claim, kind),
    handOverSuggestions: ({ dismissed, stats }) => session.writable().handOverSettings({ dismissed, stats }),
    syncStatus: () => sync.status(),
    syncShare: (connection) => sync.share(connection),
    syncJoin: ({ path, ...connection }) => sync.join(path, connection),
    syncStop: () => sync.stop(),
    syncConflicts: () => sync.conflicts(),
    syncResolve: async ({ value, ...key }) => {
      await sync.resolve(key, value);
      return null;
    },
    syncPresence: ({ claimId }) => {
      sync.setPresence(claimId);
      return null;
    },
  };
  const handlers = guardPaths(unguarded, pathRule, lang);
  /** Runs an export with this mode's printer (or the default one), closing it afterwards. */
  async function withPrinter<T>(run: (printer: PdfPrinter | undefined) => Promise<T>): Promise<T> {
    const printer = pdfPrinter?.();
    try {
      return await run(printer);
    } finally {
      await printer?.close();
    }
  }
  /**
   * The ClaimReview author is the organisation from preferences unless the request names one; the
   * publisher settings are the open project's (发布设置…) unless the request carries its own.
   */
  const withOrganization = <O extends { organization?: string; publisher?: unknown }>(options: O): O => {
    const stored = projectPublisher(session.current(), prefs);
    const withPublisher = options.publisher || !stored ? options : { ...options, publisher: stored };
    return withPublisher.organization ? withPublisher : { ...withPublisher, organization: prefs.get().organization };
  };

  const takeChanges = (method: MethodName): ChangeSet | undefined => {
    if (READS.has(method)) return undefined;
    const store = session.state() ? session.current() : undefined;
    const touched = store?.takeTouched();
    if (!store || !touched) return undefined;
    return RELOADING.has(method) ? { reload: true, project: projectFields(store) } : changeSetOf(store, touched);
  };

  return { handlers, prefs, session, language: lang, takeChanges, sync };
}
