// A running export that can be watched and cancelled: the pipeline reports each step to it and
// checks between steps (and inside the long loops) whether the user has cancelled. A cancelled
// export throws before anything is written, so an existing file is left as it was.
import { PizhuError } from '../../shared/api/result';
import { startingProgress, type ExportProgress, type ExportStage } from '../../shared/export/progress';
import type { Language } from '../../shared/preferences';

export class ExportJob {
  private readonly controller = new AbortController();
  private state: ExportProgress = startingProgress();

  constructor(
    private readonly lang: Language = 'zh-CN',
    /** Called on every change, e.g. to redraw a progress bar. */
    private readonly onProgress?: (p: ExportProgress) => void,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get progress(): ExportProgress {
    return this.state;
  }

  cancel(): void {
    this.controller.abort();
  }

  /** Throws the user's "export cancelled" error once cancel() has been called. */
  check(): void {
    if (this.signal.aborted) throw PizhuError.keyed('cancelled', 'exportProgress.cancelled', {}, this.lang);
  }

  stage(stage: ExportStage, patch: Partial<Omit<ExportProgress, 'stage'>> = {}): void {
    this.check();
    this.update({ ...patch, stage });
  }

  update(patch: Partial<ExportProgress>): void {
    this.state = { ...this.state, ...patch };
    this.onProgress?.(this.state);
  }
}

/** The exports the app is running, by the id the renderer gave each, so it can ask and cancel. */
export class ExportJobs {
  private readonly running = new Map<string, ExportJob>();

  /** Runs `work` with a job registered under `id` (a job nobody watches when there is no id). */
  async run<T>(id: string | undefined, lang: Language, work: (job: ExportJob) => Promise<T>): Promise<T> {
    const job = new ExportJob(lang);
    if (id) this.running.set(id, job);
    try {
      return await work(job);
    } finally {
      if (id) this.running.delete(id);
    }
  }

  progress(id: string): ExportProgress | null {
    return this.running.get(id)?.progress ?? null;
  }

  /** True when there was such an export to cancel. */
  cancel(id: string): boolean {
    const job = this.running.get(id);
    job?.cancel();
    return Boolean(job);
  }
}
