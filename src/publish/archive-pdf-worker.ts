// Renders one archive PDF in a worker thread, so the archives of several versions are made
// in parallel. Node runs this TypeScript file directly.
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { renderArchivePdf } from './archive-pdf.ts';
import type { ArchiveContext } from './versions.ts';

export interface ArchiveJob {
  registerPath: string;
  registerSha256: string;
  csv: string;
  context: ArchiveContext;
  out: string;
}

parentPort!.on('message', async (job: ArchiveJob) => {
  try {
    const raw = readFileSync(job.registerPath, 'utf8');
    const bytes = await renderArchivePdf({
      snapshot: JSON.parse(raw),
      registerJson: raw,
      registerSha256: job.registerSha256,
      csv: job.csv,
      ...job.context,
    });
    writeFileSync(job.out, bytes);
    parentPort!.postMessage({ ok: true });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: (e as Error).stack ?? String(e) });
  }
});
