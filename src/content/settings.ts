import { isAbsolute, resolve } from 'node:path';

/**
 * The one setting that says where the register lives: `PPID_CONTENT`, default `content/`.
 * The build, the scripts and the tests all read it, so a fixture tree or a benchmark tree
 * builds exactly like the shipped one.
 */
export function contentRoot(cwd: string = process.cwd()): string {
  const value = process.env.PPID_CONTENT ?? 'content';
  return isAbsolute(value) ? value : resolve(cwd, value);
}
