// The SHA-256 of every file of the built site, in `sha256sum` format: written by the build,
// attested by the deploy workflow (GitHub's build provenance), checked by `npm run verify`.
// One attested list covers every page, so an auditor can check any file they downloaded.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where the list is, relative to the site's folder (its address is routes.siteSums()). */
export const SITE_SUMS = 'data/berkas-situs.sha256';

/** Every file under `dir` but the list itself, as site paths, in byte order (as `LC_ALL=C sort`). */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)).split(sep).join('/'))
    .filter((p) => p !== SITE_SUMS)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One file's SHA-256, in hex. */
export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The list's text: one "<sha256>  <path>" line per file, as `sha256sum -c` reads it. */
export function siteSums(dir: string): string {
  return siteFiles(dir)
    .map((p) => `${sha256(join(dir, p))}  ${p}\n`)
    .join('');
}

export function writeSiteSums(dir: string): number {
  const text = siteSums(dir);
  writeFileSync(join(dir, SITE_SUMS), text);
  return text.split('\n').length - 1;
}

export interface SiteSumsCheck {
  /** The list is there to check against. */
  present: boolean;
  listed: number;
  /** Listed files whose bytes differ, listed files that are gone, and files the list lacks. */
  changed: string[];
  missing: string[];
  unlisted: string[];
}

/** Every file of the site against the list the build wrote. */
export function checkSiteSums(dir: string): SiteSumsCheck {
  const list = join(dir, SITE_SUMS);
  if (!existsSync(list)) return { present: false, listed: 0, changed: [], missing: [], unlisted: [] };
  const listed = new Map<string, string>();
  for (const line of readFileSync(list, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (m) listed.set(m[2]!, m[1]!);
  }
  const files = new Set(siteFiles(dir));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [path, hash] of listed) {
    if (!files.has(path)) missing.push(path);
    else if (sha256(join(dir, path)) !== hash) changed.push(path);
  }
  return { present: true, listed: listed.size, changed, missing, unlisted: [...files].filter((f) => !listed.has(f)) };
}
