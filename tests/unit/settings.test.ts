// Every PPID_* setting is read in one place (src/content/settings.ts), checked, and a bad value
// is named with its variable.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, SettingError } from '#content/settings.ts';
import { REPO } from '../helpers/content.ts';

describe('settings', () => {
  it('defaults: the shipped content, the local preview address, pages of each list’s own size, the real date', () => {
    const s = readSettings({}, '/repo');
    expect(s).toEqual({
      contentRoot: '/repo/content',
      catalogueRoot: '/repo/katalog',
      site: 'http://127.0.0.1:4321',
      base: '/',
      outDir: 'dist',
      catalogueOutDir: 'dist-katalog',
      cacheDir: './node_modules/.astro',
      pageSize: null,
      today: null,
      repository: null,
    });
    expect(readSettings({ PPID_BASE: 'ppid-dik' }).base).toBe('/ppid-dik');
    expect(readSettings({ PPID_REPOSITORY: 'disperindag-ntt/ppid-dik' }).repository).toBe('disperindag-ntt/ppid-dik');
    expect(
      readSettings(
        { PPID_CONTENT: 'tests/x', PPID_CATALOGUE: 'tests/k', PPID_TODAY: '2024-02-29', PPID_PAGE_SIZE: '5', PPID_BASE: '/ppid-dik' },
        '/repo',
      ),
    ).toMatchObject({
      contentRoot: '/repo/tests/x',
      catalogueRoot: '/repo/tests/k',
      today: '2024-02-29',
      pageSize: 5,
      base: '/ppid-dik',
    });
  });

  it.each([
    ['PPID_TODAY', '2025-13-45'],
    ['PPID_TODAY', '2025-04-31'],
    ['PPID_TODAY', '21-11-2026'],
    ['PPID_PAGE_SIZE', '0'],
    ['PPID_PAGE_SIZE', 'dua ratus'],
    ['PPID_SITE', 'javascript:alert(1)'],
    ['PPID_BASE', '/ppid dik'],
    ['PPID_REPOSITORY', 'https://github.com/pemilik/nama'],
  ])('%s=%s is refused with the variable and the value named', (name, value) => {
    const read = () => readSettings({ [name]: value });
    expect(read).toThrow(SettingError);
    expect(read).toThrow(new RegExp(`^${name} .*"${value.replace(/[()]/g, '\\$&')}"`));
  });

  it('no other module reads a PPID_* variable from the environment', () => {
    const files = ['src', 'scripts'].flatMap((d) =>
      readdirSync(join(REPO, d), { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && /\.(ts|mjs|astro)$/.test(f.name))
        .map((f) => relative(REPO, join(f.parentPath, f.name))),
    );
    const readers = files.filter((f) => /process\.env(\.PPID_|\[['"]PPID_)/.test(readFileSync(join(REPO, f), 'utf8')));
    expect(readers).toEqual([]);
  });
});
