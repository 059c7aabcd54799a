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
import { checkContent, frozenChain } from '#content/check.ts';
import { loadContent, withExemptions, type ContentTree, type DecreeFolder } from '#content/load.ts';
import type { ParsedEntry } from '#content/offered.ts';
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
  /**
   * Every version's frozen register in the content, oldest first: checked (schema, hash,
   * chain), and byte for byte what is published, so the pages can be built from them while
   * the archives are still being rendered.
   */
  registers: { id: string; path: string }[];
}

/** What the second half of the preparation did: the archives and the published files. */
export interface PublishResult {
  archives: { rendered: number; reused: number; ms: number };
}

/**
 * The check, reported through `checked` as soon as it is done, then (build only, no errors)
 * the archive PDFs and every version's published files. The pages need only the check to
 * start; only a version's page and its files wait for the second half.
 *
 * The archives are most of a cold build's work and need only the frozen versions, so they
 * start as soon as the chain is read and verified, while the working copy is still being
 * checked. They go to the cache by content hash, so one rendered for a build that then
 * stops on an error is still the right one next time; nothing is published before the
 * whole check has passed.
 */
export async function prepareBuild(
  o: PrepareOptions,
  checked: (r: PrepareResult, parsed: ParsedEntry[]) => void,
): Promise<PublishResult | null> {
  const head = loadContent(o.root, { skipExemptions: true });
  const early = o.checkOnly ? null : frozenChain(head);
  const started = performance.now();
  let checkDone!: () => void;
  // One thread renders while the check runs; the others join when the check is done.
  const archiving = early ? prepareArchives(head, early, o.archiveCache, undefined, new Promise<void>((r) => (checkDone = r))) : null;
  // A failure is the build's only if the check passes (awaited below).
  archiving?.catch(() => undefined);
  const { out, tree, chain, parsed } = check(o, withExemptions(head));
  checkDone?.();
  checked(out, parsed);
  if (out.errors > 0 || o.checkOnly || !chain) {
    await archiving?.catch(() => undefined);
    return null;
  }
  // The same chain: the check verified it with the same function, from the same files.
  const { rendered, reused } = await (archiving ?? prepareArchives(tree, chain, o.archiveCache));
  const archives = { rendered, reused, ms: Math.round(performance.now() - started) };
  rmSync(o.publishedDir, { recursive: true, force: true });
  await writePublished(tree, chain, o.publishedDir, { cacheDir: o.archiveCache });
  return { archives };
}

/**
 * The check, keeping only what the archives and the published files need: the working
 * copy's entries (each with its parsed frontmatter, kept for line numbers) and the problems
 * are let go once the loader has its copy of the parse.
 */
function check(
  o: PrepareOptions,
  loaded: ContentTree,
): { out: PrepareResult; tree: ContentTree; chain: DecreeFolder[] | null; parsed: ParsedEntry[] } {
  const result = checkContent(loaded);
  return {
    parsed: result.tree.exemptions.map((e) => ({ id: e.id, textSha256: e.textSha256, data: e.data, body: e.body })),
    out: {
      errors: result.counts.error,
      findings: result.counts.finding,
      notes: result.counts.note,
      entries: result.tree.exemptions.length,
      today: result.today,
      report: result.counts.error > 0 ? formatReport(result, { color: o.color }) : null,
      registers: (result.chain ?? []).flatMap((d) => (d.register ? [{ id: d.id, path: join(d.dir, 'register.json') }] : [])),
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

/** A preparation under way: the check's result, and the publication still to come. */
export interface Prepared {
  checked: PrepareResult;
  /** The working copy as the check parsed it, for the collection loader (none when reused). */
  parsed: ParsedEntry[];
  /** Resolves when every version's files are written (null when there is nothing to publish); rejects with the failure. */
  published: Promise<PublishResult | null>;
  /** Both halves were taken from the last build. */
  reused: boolean;
}

/**
 * prepareBuild, or what it gave last time when nothing it reads has changed: the content (every
 * file, and the day taken as today), the settings, and the code. The published files stay in
 * `publishedDir` between builds (it is in the build cache), with a stamp naming what they were
 * made from, written last: an interrupted preparation leaves no stamp and is done again. A
 * check with errors is never kept, so a broken tree is always reported.
 */
export async function prepareCached(o: PrepareOptions, settings: unknown): Promise<Prepared> {
  if (o.checkOnly) {
    const w = prepareInWorker(o);
    const { result, parsed } = await w.checked;
    return { checked: result, parsed, published: w.published, reused: false };
  }
  const key = createHash('sha256')
    .update(contentDigest(o.root))
    .update(codeDigest())
    .update(JSON.stringify({ settings, archiveCache: o.archiveCache }))
    .digest('hex');
  const stamp = join(o.publishedDir, STAMP);
  try {
    const kept = JSON.parse(readFileSync(stamp, 'utf8')) as { key: string; checked: PrepareResult; published: PublishResult };
    const whole = () => readPublished(o.publishedDir).every((v) => v.files.every((f) => existsSync(f.path)));
    if (kept.key === key && whole()) return { checked: kept.checked, parsed: [], published: Promise.resolve(kept.published), reused: true };
  } catch {
    // No stamp, or one that cannot be read: prepare.
  }
  const w = prepareInWorker(o);
  const { result: checked, parsed } = await w.checked;
  const published = w.published.then((p) => {
    if (p && checked.errors === 0) writeFileSync(stamp, JSON.stringify({ key, checked, published: p }));
    return p;
  });
  published.catch(() => {});
  return { checked, parsed, published, reused: false };
}

type Checked = { result: PrepareResult; parsed: ParsedEntry[] };
type WorkerMessage =
  ({ kind: 'checked' } & Checked) | { kind: 'published'; result: PublishResult | null } | { kind: 'failed'; error: string };

/** prepareBuild in a worker thread; a failure inside it is thrown here with its message. */
export function prepareInWorker(o: PrepareOptions): { checked: Promise<Checked>; published: Promise<PublishResult | null> } {
  const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: o });
  let onChecked!: (r: Checked) => void;
  let onPublished!: (r: PublishResult | null) => void;
  let failChecked!: (e: Error) => void;
  let failPublished!: (e: Error) => void;
  const checked = new Promise<Checked>((resolve, reject) => ((onChecked = resolve), (failChecked = reject)));
  const published = new Promise<PublishResult | null>((resolve, reject) => ((onPublished = resolve), (failPublished = reject)));
  // The build awaits the publication only after the pages; until then a failure must not count as unhandled.
  published.catch(() => {});
  const fail = (e: Error) => {
    failChecked(e);
    failPublished(e);
  };
  worker.on('message', (m: WorkerMessage) => {
    if (m.kind === 'checked') onChecked({ result: m.result, parsed: m.parsed });
    else if (m.kind === 'published') onPublished(m.result);
    else fail(new Error(m.error));
  });
  worker.once('error', fail);
  worker.once('exit', (code) => code !== 0 && fail(new Error(BUILD_LOG.prepareStopped(code))));
  return { checked, published };
}
