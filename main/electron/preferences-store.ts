// Preferences in the desktop app: electron-store under the userData folder.
import Store from 'electron-store';
import type { Preferences } from '../../shared/preferences';
import { preferencesStoreOptions } from '../services/electron-store-options';
import type { PreferencesBackend } from '../services/preferences';

export function electronStoreBackend(): PreferencesBackend {
  const store = new Store<Preferences>(preferencesStoreOptions() as ConstructorParameters<typeof Store<Preferences>>[0]);
  return {
    read: () => store.store,
    write: (value) => {
      store.store = value;
    },
  };
}
