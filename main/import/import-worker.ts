// The worker thread imports run in (off-thread.ts starts it and posts it one job at a time): it
// decodes, extracts and converts the file there, away from the event loop of the app, the
// browser-mode host or the CLI, and posts back the preview or the error as a user should see it.
import { parentPort } from 'node:worker_threads';
import { previewImport, previewPastedText } from './index';
import { fileOf, replyOf, type ImportJob } from './off-thread';

const run = (job: ImportJob) =>
  job.kind === 'paste'
    ? previewPastedText(job.text, job.html, { lang: job.lang, ...job.options })
    : previewImport({ fileName: job.fileName, bytes: job.bytes, options: job.options, lang: job.lang });

parentPort!.on('message', (job: ImportJob) => {
  void replyOf(() => run(job), fileOf(job)).then((reply) => parentPort!.postMessage(reply));
});
