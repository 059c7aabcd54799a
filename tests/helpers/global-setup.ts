import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** The date the test build treats as today, so what is "in force" does not drift. */
export const TEST_TODAY = '2026-11-21';
/** Items per page in the multi-version fixture's build (see PPID_PAGE_SIZE). */
export const FIXTURE_PAGE_SIZE = 5;

/**
 * Builds the shipped site once for all tests that read the output or drive it in a browser.
 * The build is the real `astro build` (site, search index, sitemap), into a temporary folder.
 */
export default function setup(project: TestProject) {
  const repo = resolve(import.meta.dirname, '../..');
  const base = mkdtempSync(join(tmpdir(), 'ppid-dik-site-'));
  const build = (name: string, content: string, extra: Record<string, string> = {}) => {
    const out = join(base, name);
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        PPID_CONTENT: content,
        PPID_OUT_DIR: out,
        PPID_CACHE_DIR: join(base, `${name}-cache`),
        PPID_TODAY: TEST_TODAY,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...extra,
      },
    });
    if (r.status !== 0) throw new Error(`astro build of ${content} failed:\n${r.stdout}\n${r.stderr}`);
    return { out, log: `${r.stdout}\n${r.stderr}` };
  };
  const shipped = build('shipped', join(repo, 'content'));
  project.provide('siteDir', shipped.out);
  project.provide('buildLog', shipped.log);
  // The fictional multi-version fixture: superseded, in-force and future versions, pending
  // changes. Built with pages of 5 items, so every long list is paginated as a register of
  // thousands would be, and every gate (axe, HTML, links, budgets) runs over those pages too.
  project.provide(
    'versionsSiteDir',
    build('versions', join(repo, 'tests/fixtures/versions/content'), { PPID_PAGE_SIZE: String(FIXTURE_PAGE_SIZE) }).out,
  );
  // An entry whose narrative uses the whole safe MDX subset, frozen in a fictional decree.
  project.provide('narrativeSiteDir', build('narrative', join(repo, 'tests/fixtures/narrative/content')).out);
  return () => rmSync(base, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    buildLog: string;
    versionsSiteDir: string;
    narrativeSiteDir: string;
  }
}
