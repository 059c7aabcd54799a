// Runs prepareBuild (src/build/prepare.ts) in a worker thread. Node runs this file directly.
// Two messages: the check's result as soon as it is known, then the publication's.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareBuild, type PrepareOptions } from './prepare.ts';

try {
  const result = await prepareBuild(workerData as PrepareOptions, (checked, parsed) =>
    parentPort!.postMessage({ kind: 'checked', result: checked, parsed }),
  );
  parentPort!.postMessage({ kind: 'published', result });
} catch (e) {
  parentPort!.postMessage({ kind: 'failed', error: (e as Error).stack ?? String(e) });
}
