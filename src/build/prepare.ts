// What the build does before Astro renders a page: check the content (the same check as
// `npm run check`), render the archive PDFs that are not cached yet, and publish every
// version's files for the pages to read. It runs in a worker thread (prepareInWorker), so
// the whole content tree it loads is freed before the pages are rendered: at ten versions
// of ten thousand entries that keeps the build's peak memory to what the pages need.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentDigest } from '#content/digest.ts';
import { formatReport } from '#content/report.ts';
import { checkContent } from '#content/check.ts';
import type { ContentTree, DecreeFolder } from '#content/load.ts';
import { prepareArchives, readPublished, writePublished } from '#publish/versions.ts';
import { BUILD_LOG } from '#domain/strings.ts';

export interface PrepareOptions {
  root: string;
  /** Archive PDFs by content hash, kept between builds. */
  archiveCache: string;
  /** Where each version's published files are written (emptied first). */
  publishedDir: string;
  /** Only check (astro dev): no archives, no published files. */
  checkOnly?: boolean;
  color?: boolean;
}

export interface PrepareResult {
  errors: number;
  findings: number;
  notes: number;
  entries: number;
  /** The day the check counted as today (expiry rules), for the pages to count from too. */
  today: string;
  /** The validator's report, when there are errors. */
  report: string | null;
  archives: { rendered: number; reused: number; ms: number } | null;
  published: boolean;
}

export async function prepareBuild(o: PrepareOptions): Promise<PrepareResult> {
  const { out, tree, chain } = check(o);
  if (out.errors > 0 || o.checkOnly || !chain) return out;
  const started = performance.now();
  const { rendered, reused } = await prepareArchives(tree, chain, o.archiveCache);
  out.archives = { rendered, reused, ms: Math.round(performance.now() - started) };
  rmSync(o.publishedDir, { recursive: true, force: true });
  await writePublished(tree, chain, o.publishedDir, { cacheDir: o.archiveCache });
  out.published = true;
  return out;
}

/**
 * The check, keeping only what the archives and the published files need: the working
 * copy's entries (each with its parsed frontmatter, kept for line numbers) and the problems
 * are let go before the archives are rendered two at a time.
 */
function check(o: PrepareOptions): { out: PrepareResult; tree: ContentTree; chain: DecreeFolder[] | null } {
  const result = checkContent(o.root);
  return {
    out: {
      errors: result.counts.error,
      findings: result.counts.finding,
      notes: result.counts.note,
      entries: result.tree.exemptions.length,
      today: result.today,
      report: result.counts.error > 0 ? formatReport(result, { color: o.color }) : null,
      archives: null,
      published: false,
    },
    tree: { ...result.tree, exemptions: [], problems: [] },
    chain: result.chain,
  };
}

/**
 * The code whose result a prepared build depends on: the layers below the pages, the build's
 * own step, and the locked dependencies. A change to any of them prepares again.
 */
function codeDigest(): string {
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const hash = createHash('sha256');
  const files = ['src/domain', 'src/content', 'src/publish', 'src/build']
    .flatMap((d) => (readdirSync(join(repo, d), { recursive: true }) as string[]).map((f) => join(d, f)))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .concat('package-lock.json');
  for (const f of files) hash.update(`${f}\0`).update(readFileSync(join(repo, f)));
  return hash.digest('hex');
}

const STAMP = '.disiapkan.json';

/**
 * prepareBuild, or what it gave last time when nothing it reads has changed: the content (every
 * file, and the day taken as today), the settings, and the code. The published files stay in
 * `publishedDir` between builds (it is in the build cache), with a stamp naming what they were
 * made from, written last: an interrupted preparation leaves no stamp and is done again. A
 * check with errors is never kept, so a broken tree is always reported.
 */
export async function prepareCached(o: PrepareOptions, settings: unknown): Promise<PrepareResult & { reused: boolean }> {
  if (o.checkOnly) return { ...(await prepareInWorker(o)), reused: false };
  const key = createHash('sha256')
    .update(contentDigest(o.root))
    .update(codeDigest())
    .update(JSON.stringify({ settings, archiveCache: o.archiveCache }))
    .digest('hex');
  const stamp = join(o.publishedDir, STAMP);
  try {
    const kept = JSON.parse(readFileSync(stamp, 'utf8')) as { key: string; result: PrepareResult };
    const whole = () => readPublished(o.publishedDir).every((v) => v.files.every((f) => existsSync(f.path)));
    if (kept.key === key && whole()) return { ...kept.result, reused: true };
  } catch {
    // No stamp, or one that cannot be read: prepare.
  }
  const result = await prepareInWorker(o);
  if (result.published && result.errors === 0) writeFileSync(stamp, JSON.stringify({ key, result }));
  return { ...result, reused: false };
}

/** prepareBuild in a worker thread; a failure inside it is thrown here with its message. */
export function prepareInWorker(o: PrepareOptions): Promise<PrepareResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: o });
    worker.once('message', (m: { ok: true; result: PrepareResult } | { ok: false; error: string }) =>
      m.ok ? resolve(m.result) : reject(new Error(m.error)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(BUILD_LOG.prepareStopped(code))));
  });
}
