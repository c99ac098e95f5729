// Keeps the UI in step with team sync while a project is open: asks the services for the sync
// status every 400 ms while the project syncs (every 5 s otherwise, so one opened elsewhere and
// going online is noticed), applies the change set that comes with it (colleagues' edits written
// into the file meanwhile), and tells colleagues which claim is selected here.
import { useEffect } from 'react';
import type { PizhuApi } from '../../../shared/api/contract';
import type { WorkspaceStore } from '../store/store';
import { getSyncStatus, onPoke, setSyncStatus } from './sync-status';

const SYNCING_MS = 400;
const IDLE_MS = 5000;

export function useSyncPolling(api: PizhuApi, store: WorkspaceStore, projectPath: string | null): void {
  useEffect(() => {
    if (!projectPath) {
      setSyncStatus(null);
      return;
    }
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      clearTimeout(timer);
      try {
        const r = await api.syncStatus();
        if (!live) return;
        if (r.ok) {
          setSyncStatus(r.value);
          if (r.changes) await store.apply(r.changes);
        }
      } finally {
        running = false;
        if (live) timer = setTimeout(() => void tick(), getSyncStatus() && getSyncStatus()!.state !== 'off' ? SYNCING_MS : IDLE_MS);
      }
    };
    void tick();
    const stopPokes = onPoke(() => void tick());
    return () => {
      live = false;
      clearTimeout(timer);
      stopPokes();
    };
  }, [api, store, projectPath]);

  // Presence: the selected claim, told to colleagues whenever it changes while syncing.
  useEffect(() => {
    let last = store.getState().selectedClaimId;
    // Told even while not syncing: the services keep it for when the project goes online.
    const tell = (claimId: string | null) => void api.syncPresence({ claimId });
    tell(last);
    return store.subscribe(() => {
      const now = store.getState().selectedClaimId;
      if (now === last) return;
      last = now;
      tell(now);
    });
  }, [api, store, projectPath]);
}
