// When the content last changed, from git: the date a public page gives as "last changed".
import { execFileSync } from 'node:child_process';

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * The calendar date (YYYY-MM-DD) of the last commit on the main line that changed the
 * content root (a merge counts on its own date), or `today` when the content has uncommitted
 * changes; never after `today`. Null where it cannot be known: outside a
 * git repository, or in a shallow clone, whose oldest commit would claim every file.
 */
export function lastContentChange(root: string, today: string): string | null {
  if (git(root, ['rev-parse', '--is-shallow-repository']) !== 'false') return null;
  if (git(root, ['status', '--porcelain', '--', '.'])) return today;
  // Along the main line: a merged pull request counts from its merge, not its own commits.
  const date = git(root, ['log', '-1', '--first-parent', '--format=%cs', '--', '.']);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  // Never later than the day the site is built for (PPID_TODAY may set one in the past).
  return date < today ? date : today;
}
