// The worker thread one import runs in (off-thread.ts starts it with the job as its data): it
// decodes, extracts and converts the file there, away from the event loop of the app, the
// browser-mode host or the CLI, and posts back the preview or the error as a user should see it.
import { parentPort, workerData } from 'node:worker_threads';
import { previewImport, previewPastedText } from './index';
import { fileOf, replyOf, type ImportJob } from './off-thread';

const job = workerData as ImportJob;
const run = () =>
  job.kind === 'paste'
    ? previewPastedText(job.text, job.html, { lang: job.lang, ...job.options })
    : previewImport({ fileName: job.fileName, bytes: job.bytes, options: job.options, lang: job.lang });
parentPort!.postMessage(await replyOf(run, fileOf(job)));
