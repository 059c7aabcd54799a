// Astro commands share the generated .astro/ folder, so they live in this one file and run
// one after another.
// The real `astro build`: the shipped register builds into a page that lists it, and a broken
// content file stops the build with the validator's message rather than a schema dump.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '#content/load.ts';
import { contentCopy, fixture, REPO, SHIPPED } from '../helpers/content.ts';

const out = mkdtempSync(join(tmpdir(), 'ppid-dik-dist-'));
const cache = mkdtempSync(join(tmpdir(), 'ppid-dik-cache-'));
function build(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, PPID_OUT_DIR: out, PPID_CACHE_DIR: cache, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { code: r.status, all: `${r.stdout}\n${r.stderr}` };
}

/** Every file under `dir` with its SHA-256, for comparing two builds' output. */
function tree(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((d) => d.isFile());
  return Object.fromEntries(
    files.map((d) => {
      const f = join(d.parentPath, d.name);
      return [f.slice(dir.length), createHash('sha256').update(readFileSync(f)).digest('hex')];
    }),
  );
}

describe('astro build', () => {
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('builds the shipped register; the register page lists all 14 entries in order', () => {
    // Built once for the whole suite by tests/helpers/global-setup.ts.
    const dir = inject('siteDir');
    expect(inject('buildLog')).toContain('Konten valid: 14 entri, 9 temuan, 5 catatan tinjauan.');
    const html = readFileSync(join(dir, 'dik/index.html'), 'utf8');
    expect(html).toContain('<html lang="id"');
    const titles = [...html.matchAll(/<th scope="row"[^>]*><a [^>]*>(.*?)<\/a><\/th>/g)].map((m) => m[1]);
    const expected = [...loadContent(SHIPPED).exemptions].sort((a, b) => a.data.order - b.data.order).map((e) => e.data.title);
    expect(titles).toEqual(expected);
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).toContain('tanpa nomor');
    expect(home).toContain('Kupang, Maret 2025');
  });

  it('builds a content root outside the repository (PPID_CONTENT), as tests and benchmarks do', () => {
    const c = contentCopy();
    try {
      const r = build({ PPID_CONTENT: c.root, PPID_TODAY: '2026-11-21' });
      expect(r.code, r.all).toBe(0);
      expect(r.all).toMatch(/Arsip PDF: \d+ dibuat, \d+ dari cache/);
      expect(readFileSync(join(out, 'dik/berkas-kepegawaian/index.html'), 'utf8')).toContain('Dokumen/berkas/arsip kepegawaian');
    } finally {
      c.cleanup();
    }
  });

  it('a rebuild reuses what nothing changed and redoes what did: an edited entry shows its new title', () => {
    const c = contentCopy();
    const cacheDir = mkdtempSync(join(tmpdir(), 'ppid-dik-cache-'));
    const again = () => build({ PPID_CONTENT: c.root, PPID_TODAY: '2026-11-21', PPID_CACHE_DIR: cacheDir });
    const reused = /hasil pemeriksaan dan berkas setiap versi dipakai ulang/;
    const page = () => readFileSync(join(out, 'dik/berkas-kepegawaian/index.html'), 'utf8');
    try {
      const first = again();
      expect(first.code, first.all).toBe(0);
      expect(first.all).not.toMatch(reused);
      // The collection takes the check's own parse of every entry file instead of parsing again.
      expect(first.all).toContain('Koleksi entri: 14 dari pemeriksaan build, 0 dibaca ulang, 0 tetap dari cache.');
      const searchReused = /indeks pencarian \(\d+ halaman\) dipakai ulang/;
      expect(first.all).not.toMatch(searchReused);
      const index = tree(join(out, 'pagefind'));
      const second = again();
      expect(second.code, second.all).toBe(0);
      expect(second.all).toMatch(reused);
      // The same pages: the search index is the last build's, byte for byte what Pagefind made.
      expect(second.all).toMatch(searchReused);
      expect(tree(join(out, 'pagefind'))).toEqual(index);
      expect(second.all).toContain('Konten valid: 14 entri, 9 temuan, 5 catatan tinjauan.');
      expect(page()).toContain('Dokumen/berkas/arsip kepegawaian');
      // One entry edited: the check runs again, and the page is built from the new text, not
      // from the collection kept in the cache.
      const file = 'exemptions/berkas-kepegawaian.mdx';
      c.write(file, c.read(file).replace('title: Dokumen/berkas/arsip kepegawaian', 'title: Berkas kepegawaian yang disunting'));
      const third = again();
      expect(third.code, third.all).toBe(0);
      expect(third.all).not.toMatch(reused);
      expect(third.all).toContain('Koleksi entri: 1 dari pemeriksaan build, 0 dibaca ulang, 13 tetap dari cache.');
      // A page changed, so the index is made again.
      expect(third.all).not.toMatch(searchReused);
      expect(Object.keys(index).length).toBeGreaterThan(0);
      // (The entry's own page shows the version in force; the edit is a change not yet decreed.)
      expect(readFileSync(join(out, 'perubahan-tertunda/index.html'), 'utf8')).toContain('Berkas kepegawaian yang disunting');
      // And the next day is checked again: expiry findings count from today.
      const nextDay = build({ PPID_CONTENT: c.root, PPID_TODAY: '2026-11-22', PPID_CACHE_DIR: cacheDir });
      expect(nextDay.all).not.toMatch(reused);
    } finally {
      c.cleanup();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('a broken content file fails the build with the same message as npm run check', () => {
    const c = contentCopy();
    try {
      c.write('exemptions/huruf-k.mdx', fixture('bad/huruf-k.mdx'));
      const r = build({ PPID_CONTENT: c.root });
      expect(r.code).not.toBe(0);
      expect(r.all).toMatch(/huruf-k\.mdx:5 · legalBasis\[0\]\.letter · \[basis-unknown\] UU 14\/2008 Pasal 17 tidak memiliki huruf k\./);
      expect(r.all).toContain('Build dihentikan: 2 galat');
      expect(r.all).not.toMatch(/ZodError|\n\s+at .+:\d+:\d+/);
    } finally {
      c.cleanup();
    }
  });

  it('a mistyped page size stops the build at once, naming the setting, without a stack trace', () => {
    const r = build({ PPID_PAGE_SIZE: 'dua ratus' });
    expect(r.code).not.toBe(0);
    expect(r.all).toContain('PPID_PAGE_SIZE harus bilangan bulat positif, bukan "dua ratus".');
    expect(r.all).not.toMatch(/generating static routes|\n\s+at .+:\d+:\d+/);
  });

  it('a schema error also stops the build before Astro parses the collection', () => {
    const c = contentCopy();
    try {
      c.write('exemptions/jangka-waktu-teks.mdx', fixture('bad/jangka-waktu-teks.mdx'));
      const r = build({ PPID_CONTENT: c.root });
      expect(r.code).not.toBe(0);
      expect(r.all).toMatch(/jangka-waktu-teks\.mdx:9 · period · \[schema\]/);
      expect(r.all).not.toMatch(/ZodError|InvalidContentEntryDataError|\n\s+at .+:\d+:\d+/);
    } finally {
      c.cleanup();
    }
  });
});

// TypeScript strict over the whole project (src, scripts, tests, .astro pages), so a type
// error fails the suite like any other test. Runs after the builds above.
describe('astro check', () => {
  it('reports 0 errors', () => {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const all = `${r.stdout}\n${r.stderr}`;
    expect(all, all).toMatch(/- 0 errors/);
    expect(r.status, all).toBe(0);
  });
});
