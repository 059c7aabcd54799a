// A digest of a content tree as the check would read it: every file's path and bytes, and the
// day the check would count as today. Two equal digests mean the same check result, so the
// build can reuse what it prepared last time (src/build/prepare.ts) instead of preparing again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { today } from './settings.ts';

export function contentDigest(root: string): string {
  const hash = createHash('sha256');
  // Every entry, not only files: the check also speaks of links, folders (an empty decree
  // folder, a hidden one) and other things that are not plain files.
  const entries = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .map((d) => ({ rel: relative(root, join(d.parentPath, d.name)), d }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  let timeZone: string | undefined;
  for (const { rel, d } of entries) {
    if (d.isSymbolicLink()) hash.update(`link\0${rel}\0${readlinkSync(join(root, rel))}\0`);
    else if (d.isDirectory()) hash.update(`dir\0${rel}\0`);
    else if (!d.isFile()) hash.update(`other\0${rel}\0`);
    else {
      const bytes = readFileSync(join(root, rel));
      hash.update(`file\0${rel}\0${bytes.length}\0`).update(bytes);
      if (rel === 'body.json') timeZone = bodyTimeZone(bytes);
    }
  }
  // Expiry findings depend on the day: tomorrow's build checks again.
  return hash.update(`\0today\0${dayOrNone(timeZone)}`).digest('hex');
}

/** A time zone the check would refuse gives no day; the check itself then says why. */
function dayOrNone(timeZone: string | undefined): string {
  try {
    return today(timeZone);
  } catch {
    return 'tidak-terbaca';
  }
}

/** The body's time zone as the check would take it; a file that cannot be read counts as none. */
function bodyTimeZone(bytes: Buffer): string | undefined {
  try {
    const tz = (JSON.parse(bytes.toString('utf8')) as { timeZone?: unknown }).timeZone;
    return typeof tz === 'string' ? tz : undefined;
  } catch {
    return undefined;
  }
}
