// Pagefind reports errors instead of throwing; the build's indexing step must turn them
// into a failure, or a site could ship with a broken search.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogueSearchIndex, buildSearchIndex, catalogueMemberHtml } from '#publish/search-index.ts';

describe('buildSearchIndex', () => {
  it('indexes a folder of pages and writes pagefind/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppid-pf-'));
    try {
      // An entry page (read) and a history page (outside the search pattern, never read).
      const page = (title: string) =>
        `<!doctype html><html lang="id"><head><title>${title}</title></head>` +
        `<body><main data-pagefind-body><h1>${title}</h1></main></body></html>`;
      mkdirSync(join(dir, 'dik/laporan-kalibrasi'), { recursive: true });
      writeFileSync(join(dir, 'dik/laporan-kalibrasi/index.html'), page('Laporan kalibrasi'));
      mkdirSync(join(dir, 'riwayat/laporan-kalibrasi'), { recursive: true });
      writeFileSync(join(dir, 'riwayat/laporan-kalibrasi/index.html'), page('Riwayat laporan kalibrasi'));
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

describe('the catalogue index', () => {
  const hostile = {
    url: '/anggota/dinas-x/',
    id: 'dinas-x',
    name: 'Dinas <b>X</b>',
    entries: [
      { anchor: 'entri-a', title: 'Laporan <img src=x onerror=alert(1)>', text: 'Alasan "</p><script>alert(2)</script>' },
      { anchor: 'entri-b', title: 'Data kalibrasi', text: 'Sampai selesai' },
    ],
  };

  it('reads a member’s words as text: nothing it sends becomes markup', () => {
    const html = catalogueMemberHtml(hostile);
    expect(html).not.toMatch(/<(img|script|b)\b/);
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    // One heading with an id per entry: Pagefind makes each a sub-result leading to the row.
    expect(html.match(/<h2 id="entri-[ab]">/g)).toHaveLength(2);
    expect(html).toContain('data-pagefind-meta="anggota:dinas-x"');
  });

  it('writes one record per member, however many entries it has', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppid-pf-'));
    try {
      const r = await buildCatalogueSearchIndex(dir, [hostile, { ...hostile, id: 'dinas-y', url: '/anggota/dinas-y/', entries: [] }]);
      expect(r.pages).toBe(2);
      expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
