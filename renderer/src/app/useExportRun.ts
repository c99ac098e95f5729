// Runs one export from the dialog: names it with a job id, asks main how far it has come while it
// runs (the same call in Electron and browser mode), and cancels it on request. Progress shows
// only once an export has taken a second, so quick exports do not flash a bar.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/api/result';
import type { ExportProgress } from '../../../shared/export/progress';
import { useClient } from '../api/ClientContext';

const SHOW_AFTER_MS = 1000;
const POLL_MS = 250;

export interface ExportRun {
  busy: boolean;
  /** Null until the export has run for a second. */
  progress: ExportProgress | null;
  cancelling: boolean;
  start<T>(work: (jobId: string) => Promise<Result<T>>): Promise<Result<T>>;
  cancel(): void;
}

export function useExportRun(): ExportRun {
  const { api } = useClient();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const jobId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stopPolling, []);

  const start = useCallback(
    async <T>(work: (id: string) => Promise<Result<T>>): Promise<Result<T>> => {
      const id = crypto.randomUUID();
      jobId.current = id;
      setBusy(true);
      setCancelling(false);
      setProgress(null);
      const began = performance.now();
      timer.current = setInterval(() => {
        if (performance.now() - began < SHOW_AFTER_MS) return;
        void api.exportProgress({ jobId: id }).then((r) => {
          if (r.ok && r.value && jobId.current === id) setProgress(r.value);
        });
      }, POLL_MS);
      try {
        return await work(id);
      } finally {
        stopPolling();
        jobId.current = null;
        setBusy(false);
        setProgress(null);
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    const id = jobId.current;
    if (!id) return;
    setCancelling(true);
    void api.cancelExport({ jobId: id });
  }, [api]);

  return { busy, progress, cancelling, start, cancel };
}
