// The worker thread that checks theirs, reads both copies and plans their merge, so the app and
// the browser-mode host keep answering while a large project is read. It posts back the plan,
// or the error (its code when it is one a user should see).
import { parentPort, workerData } from 'node:worker_threads';
import { PizhuError } from '../../shared/api/result';
import { checkAndPlan, type PlanRequest } from './plan-off-thread';

try {
  parentPort!.postMessage({ ok: true, value: checkAndPlan(workerData as PlanRequest) });
} catch (err) {
  parentPort!.postMessage({ ok: false, code: err instanceof PizhuError ? err.code : undefined, message: err instanceof Error ? err.message : String(err) });
}
