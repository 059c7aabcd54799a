// Runs prepareBuild (src/build/prepare.ts) in a worker thread. Node runs this file directly.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareBuild, type PrepareOptions } from './prepare.ts';

try {
  parentPort!.postMessage({ ok: true, result: await prepareBuild(workerData as PrepareOptions) });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: (e as Error).stack ?? String(e) });
}
