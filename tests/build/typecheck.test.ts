// TypeScript strict over the whole project (src, scripts, tests, .astro pages), so a type
// error fails the suite like any other test.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/content.ts';

it('astro check reports 0 errors', () => {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const out = `${r.stdout}\n${r.stderr}`;
  expect(out, out).toMatch(/- 0 errors/);
  expect(r.status, out).toBe(0);
});
