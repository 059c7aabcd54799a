import { routes } from './routes.ts';

/**
 * The register's identifiers (README, "Pengenal"). Each is an address on the site that
 * resolves for as long as the site stands, after ELI's pattern of one identifier for the
 * work and one per version:
 *
 * - the register (the work, whichever version is in force): `/dik/`;
 * - a version (the register as one decree established it): `/versi/<version id>/`, where the
 *   version id is the decree's folder name (`dik-2025-03`), frozen with its hash;
 * - an entry (across every version it is in): `/riwayat/<entry id>/`, the entry's file name,
 *   which stays the same when its wording, number or place changes;
 * - an entry as one version has it: the pair (version, entry), as `/versi/<v>/#<entry id>`.
 *
 * An id is never reused: a version's folder cannot be renamed or rewritten (the hash chain),
 * and the check refuses an entry id that returns after leaving the register under another
 * title.
 */
export const identifiers = {
  register: () => routes.register(),
  version: (versionId: string) => routes.version(versionId),
  entry: (entryId: string) => routes.history(entryId),
  entryInVersion: (versionId: string, entryId: string) => `${routes.version(versionId)}#${entryId}`,
} as const;

/** An identifier as a full address: the site's URL, the deployment base, the path. */
export function absoluteId(siteUrl: string, base: string, path: string): string {
  return new URL(`${base}${path}`, siteUrl).href;
}

export interface ReusedId {
  id: string;
  /** The version that last listed the id, and its title there. */
  lastVersionId: string;
  lastTitle: string;
}

/**
 * Entry ids in the working copy that an earlier version listed, a later version dropped,
 * and that now come back under another title: the same identifier for other information.
 * An entry coming back as it was (same title) is the same entry and keeps its id.
 */
export function reusedIds(
  versions: readonly { id: string; entries: readonly { id: string; title: string }[] }[],
  working: readonly { id: string; title: string }[],
): ReusedId[] {
  const last = versions.at(-1);
  const inLast = new Set(last?.entries.map((e) => e.id) ?? []);
  const out: ReusedId[] = [];
  for (const w of working) {
    if (inLast.has(w.id)) continue;
    for (let i = versions.length - 1; i >= 0; i--) {
      const e = versions[i]!.entries.find((x) => x.id === w.id);
      if (!e) continue;
      if (normalise(e.title) !== normalise(w.title)) out.push({ id: w.id, lastVersionId: versions[i]!.id, lastTitle: e.title });
      break;
    }
  }
  return out;
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
