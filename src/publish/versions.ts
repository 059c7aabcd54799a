// What is published for every version of the register, byte for byte: the frozen
// register.json, its CSV, the archive PDF, the scanned decree where there is one, and a
// manifest of them all chained to the previous version's manifest. The build writes these
// files and `npm run verify` recomputes them; both call this module.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { canonicalJson, sha256Hex } from '#domain/canonical.ts';
import { exemptionLetters } from '#domain/citation.ts';
import type { ContentTree, DecreeFolder } from '#content/load.ts';
import { registerCsv } from './open-data.ts';
import { renderArchivePdf, type ArchiveInput } from './archive-pdf.ts';
import type { ArchiveJob } from './archive-pdf-worker.ts';
import { routes } from '#domain/routes.ts';
import type { RegisterSnapshot } from '#domain/schema/index.ts';
import { CHECK, VERSION_FILES } from '#domain/strings.ts';

export const MANIFEST_FORMAT = 'ppid-dik/manifest/1';

export interface PublishedFile {
  name: string;
  bytes: Uint8Array;
  sha256: string;
  /** What the file is, in Indonesian, for the download list. */
  label: string;
}

export interface PublishedVersion {
  id: string;
  snapshot: RegisterSnapshot;
  /** The version's files, then manifest.json and SHA256SUMS. */
  files: PublishedFile[];
  manifestSha256: string;
}

export function archiveName(id: string): string {
  return `arsip-${id}.pdf`;
}

function file(name: string, bytes: Uint8Array | string, label: string): PublishedFile {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, bytes: b, sha256: sha256Hex(b), label };
}

/**
 * Builds the published files of every decree in the chain, oldest first. Needs a content
 * tree whose chain is valid (npm run check); the archive PDF is rendered here.
 */
/**
 * Bumped whenever the archive's layout changes: cached archives made by another layout are
 * then never reused. (`npm run verify` renders afresh and would catch a stale one.)
 */
// lampiran-2: CSV cells that a spreadsheet would run as formulas are made inert.
// lampiran-3: letterhead, closing block and narratives; no entry ids in the rows.
// lampiran-4: the decree's own letterhead; <Pasal> printed as its citation only.
export const ARCHIVE_LAYOUT = 'lampiran-4';

/** The CSV of a version, as published and as attached to its archive. */
function versionCsv(tree: ContentTree, d: DecreeFolder): string {
  const laws = new Map(tree.laws.map((l) => [l.id, l.data]));
  return registerCsv(
    d.register!.data!.entries.map((e) => ({ ...e, letters: exemptionLetters(e.legalBasis, laws) })),
    (id) => routes.entry(id),
  );
}

/**
 * What an archive shows besides the frozen register: the body's name, and the letterhead
 * recorded on that decree (never today's, so a later change of letterhead leaves old archives
 * as they are). A <Pasal> in a narrative is printed as its citation, from the reference
 * alone: quoting the catalogue's current wording would change an old archive's bytes
 * whenever a provision's text is filled in or corrected.
 */
export type ArchiveContext = Required<Pick<ArchiveInput, 'bodyName' | 'letterhead'>>;
function archiveContext(tree: ContentTree, d: DecreeFolder): ArchiveContext {
  return { bodyName: tree.body?.data.name ?? '', letterhead: d.decree?.data.letterhead ?? null };
}

/** Everything the archive's bytes depend on, hashed: a frozen version's archive never changes. */
function archiveKey(d: DecreeFolder, csv: string, context: ArchiveContext): string {
  return sha256Hex([ARCHIVE_LAYOUT, d.register!.sha256, sha256Hex(csv), sha256Hex(JSON.stringify(context))].join('\n'));
}

/**
 * Renders the archives missing from `cacheDir`, several at a time in worker threads (one per
 * core). The build calls this before rendering pages; publishVersions then reads them. With
 * `othersAfter`, one thread starts at once and the others once it settles (the build's own
 * check runs meanwhile and needs a core).
 */
export async function prepareArchives(
  tree: ContentTree,
  chain: readonly DecreeFolder[],
  cacheDir: string,
  threads = availableParallelism(),
  othersAfter?: Promise<unknown>,
): Promise<{ rendered: number; reused: number }> {
  mkdirSync(cacheDir, { recursive: true });
  const jobs: ArchiveJob[] = [];
  for (const d of chain) {
    const csv = versionCsv(tree, d);
    const context = archiveContext(tree, d);
    const out = join(cacheDir, `${archiveKey(d, csv, context)}.pdf`);
    if (!existsSync(out)) jobs.push({ registerPath: join(d.dir, 'register.json'), registerSha256: d.register!.sha256, csv, context, out });
  }
  const queue = [...jobs];
  const run = async () => {
    const worker = new Worker(new URL('./archive-pdf-worker.ts', import.meta.url));
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const current: ArchiveJob = job;
        const reply = await new Promise<{ ok: boolean; error?: string }>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(current);
        });
        if (!reply.ok) throw new Error(`Arsip ${current.registerPath} gagal dibuat: ${reply.error}`);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, (_, i) =>
      i > 0 && othersAfter ? othersAfter.then(run, run) : run(),
    ),
  );
  return { rendered: jobs.length, reused: chain.length - jobs.length };
}

export async function publishVersions(
  tree: ContentTree,
  chain: readonly DecreeFolder[],
  opts: { cacheDir?: string } = {},
): Promise<PublishedVersion[]> {
  const out: PublishedVersion[] = [];
  for await (const v of eachPublished(tree, chain, opts)) out.push(v);
  return out;
}

/** A published file as the pages need it: its name, size, hash, label, and where its bytes are. */
export interface PublishedFileRef {
  name: string;
  size: number;
  sha256: string;
  label: string;
  path: string;
}
export interface PublishedIndexVersion {
  id: string;
  manifestSha256: string;
  files: PublishedFileRef[];
}

/**
 * Publishes every version into `dir` (dir/<version>/<file>) and returns the index the pages
 * read. The build does this once, before the pages, from the tree it has just checked: the
 * pages then neither re-read the content nor hold every version's PDF in memory.
 */
export async function writePublished(
  tree: ContentTree,
  chain: readonly DecreeFolder[],
  dir: string,
  opts: { cacheDir?: string } = {},
): Promise<PublishedIndexVersion[]> {
  const index: PublishedIndexVersion[] = [];
  for await (const v of eachPublished(tree, chain, opts)) {
    const vdir = join(dir, v.id);
    mkdirSync(vdir, { recursive: true });
    const files = v.files.map((f) => {
      const path = join(vdir, f.name);
      writeFileSync(path, f.bytes);
      return { name: f.name, size: f.bytes.length, sha256: f.sha256, label: f.label, path };
    });
    index.push({ id: v.id, manifestSha256: v.manifestSha256, files });
  }
  writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
  return index;
}

export function readPublished(dir: string): PublishedIndexVersion[] {
  return JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as PublishedIndexVersion[];
}

/**
 * A version's `manifest.json` (canonical JSON): its decree, its register's SHA-256, the
 * SHA-256 of the manifest before it (the chain a harvester follows), and every file's size
 * and SHA-256.
 */
export function manifestJson(
  snapshot: RegisterSnapshot,
  registerSha256: string,
  previousManifestSha256: string | null,
  files: readonly { name: string; bytes: Uint8Array; sha256: string }[],
): string {
  const { number, date, place, title } = snapshot.decree;
  return canonicalJson({
    format: MANIFEST_FORMAT,
    version: snapshot.decreeId,
    decree: { number, date, place, title },
    registerSha256,
    previousManifestSha256,
    files: files.map((f) => ({ name: f.name, bytes: f.bytes.length, sha256: f.sha256 })),
  });
}

/** The published files of each version in turn, oldest first, so a caller can write and drop them. */
async function* eachPublished(
  tree: ContentTree,
  chain: readonly DecreeFolder[],
  opts: { cacheDir?: string } = {},
): AsyncGenerator<PublishedVersion> {
  let previousManifest: string | null = null;
  for (const d of chain) {
    const reg = d.register;
    if (!reg?.data || !d.decree) throw new Error(CHECK.internal.versionIncomplete(d.id));
    const snapshot = reg.data;
    const registerBytes = readFileSync(join(d.dir, 'register.json'));
    const csv = versionCsv(tree, d);
    const context = archiveContext(tree, d);
    const cached = opts.cacheDir ? join(opts.cacheDir, `${archiveKey(d, csv, context)}.pdf`) : null;
    const pdf =
      cached && existsSync(cached)
        ? readFileSync(cached)
        : await renderArchivePdf({ snapshot, registerJson: reg.raw, registerSha256: reg.sha256, csv, ...context });
    const files = [
      file('register.json', registerBytes, VERSION_FILES.register),
      file('dik.csv', csv, VERSION_FILES.csv),
      file(archiveName(d.id), pdf, VERSION_FILES.archive),
    ];
    if (d.sk) files.push(file('sk.pdf', readFileSync(join(d.dir, 'sk.pdf')), VERSION_FILES.sk));
    const manifest = manifestJson(snapshot, reg.sha256, previousManifest, files);
    const manifestFile = file('manifest.json', manifest, VERSION_FILES.manifest);
    const sums = [...files, manifestFile].map((f) => `${f.sha256}  ${f.name}`).join('\n') + '\n';
    yield {
      id: d.id,
      snapshot,
      files: [...files, manifestFile, file('SHA256SUMS', sums, VERSION_FILES.sums)],
      manifestSha256: manifestFile.sha256,
    };
    previousManifest = manifestFile.sha256;
  }
}
