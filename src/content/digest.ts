// A digest of a content tree as the check would read it: every file's path and bytes, and the
// day the check would count as today. Two equal digests mean the same check result, so the
// build can reuse what it prepared last time (src/build/prepare.ts) instead of preparing again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { today } from './settings.ts';

export function contentDigest(root: string): string {
  const hash = createHash('sha256');
  const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();
  let timeZone: string | undefined;
  for (const f of files) {
    const bytes = readFileSync(join(root, f));
    hash.update(`${f}\0${bytes.length}\0`).update(bytes);
    if (f === 'body.json') timeZone = bodyTimeZone(bytes);
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
