// The working copy as the build's check parsed it, offered to the collection loader so the
// ten thousand entry files are not parsed twice in one build (the check runs in a worker
// thread; its parse reaches the main thread with its result). Kept on the global object:
// the build's integration and the content config Astro loads are two copies of this module
// in one process. Taken once, so a later load (astro dev) reads the files again.
import { resolve } from 'node:path';
import { sha256Hex } from '#domain/canonical.ts';
import type { ExemptionData } from '#domain/schema/index.ts';

/** One entry file as the check read it: its text's SHA-256 ties the parse to the bytes. */
export interface ParsedEntry {
  id: string;
  textSha256: string;
  data: ExemptionData;
  body: string;
}

const KEY = Symbol.for('ppid-dik:offered-entries');
type Offer = { root: string; byId: Map<string, ParsedEntry> };

export function offerParsed(root: string, entries: readonly ParsedEntry[]): void {
  (globalThis as Record<symbol, Offer | undefined>)[KEY] = { root: resolve(root), byId: new Map(entries.map((e) => [e.id, e])) };
}

/** The entries offered for the tree at `root`, or null; either way the offer is gone. */
export function takeParsed(root: string): Map<string, ParsedEntry> | null {
  const g = globalThis as Record<symbol, Offer | undefined>;
  const offer = g[KEY];
  delete g[KEY];
  return offer && offer.root === resolve(root) ? offer.byId : null;
}

/** The offered parse of `id`, if it was made from exactly `text`; otherwise the file is read again. */
export function offeredFor(offer: ReadonlyMap<string, ParsedEntry> | null, id: string, text: string): ParsedEntry | undefined {
  const p = offer?.get(id);
  return p && p.textSha256 === sha256Hex(text) ? p : undefined;
}
