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
 * The calendar date (YYYY-MM-DD) of the last commit that changed the content root, or
 * `today` when the content has uncommitted changes. Null where it cannot be known: outside a
 * git repository, or in a shallow clone, whose oldest commit would claim every file.
 */
export function lastContentChange(root: string, today: string): string | null {
  if (git(root, ['rev-parse', '--is-shallow-repository']) !== 'false') return null;
  if (git(root, ['status', '--porcelain', '--', '.'])) return today;
  const date = git(root, ['log', '-1', '--format=%cs', '--', '.']);
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
