// Who publishes a project's fact-checks (ClaimReview) lives in the project file since schema v6.
// Before, it was kept in this computer's preferences by project id: that value is handed over to
// the file the first time the project is opened for writing here, and still read for a file that
// cannot take it (an older file opened read-only), so nothing set before is lost.
import type { Publisher } from '../../shared/export/publisher';
import type { ProjectStore } from '../project/store';
import type { PreferencesService } from './preferences';

/** The project's publisher settings: the file's, else what this computer kept before v6. */
export const projectPublisher = (store: ProjectStore, prefs: Pick<PreferencesService, 'get'>): Publisher | undefined =>
  store.setting('publisher') ?? prefs.get().publishers[store.info().id];

/**
 * Copies the publisher this computer kept for the project into the file when the file has none
 * (not an undo step). The preferences keep their copy: other copies of the project (same id)
 * take it in too when they are opened here.
 */
export function handOverPublisher(store: ProjectStore, prefs: Pick<PreferencesService, 'get'>): void {
  if (store.readOnly) return;
  const kept = prefs.get().publishers[store.info().id];
  if (!kept) return;
  try {
    store.handOverSettings({ publisher: kept });
  } catch {
    // A file that cannot be written now (a full disk) still opens; the value is read from here
    // meanwhile (projectPublisher) and handed over at the next opening.
  }
}
