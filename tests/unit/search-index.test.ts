// Pagefind reports errors instead of throwing; the build's indexing step must turn them
// into a failure, or a site could ship with a broken search.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search-index.ts';

describe('buildSearchIndex', () => {
  it('indexes a folder of pages and writes pagefind/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppid-pf-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="id"><head><title>Uji</title></head><body><main data-pagefind-body><h1>Laporan kalibrasi</h1></main></body></html>');
      const r = await buildSearchIndex(dir);
      expect(r.pages).toBe(1);
      expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails when there is nothing to index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppid-pf-'));
    try {
      await expect(buildSearchIndex(dir)).rejects.toThrow(/Pagefind gagal/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails when the folder does not exist', async () => {
    await expect(buildSearchIndex(join(tmpdir(), 'ppid-pf-tidak-ada-' + process.pid))).rejects.toThrow(/Pagefind gagal/);
  });
});
