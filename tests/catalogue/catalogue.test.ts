// The catalogue mode end to end, offline: four fictional member sites served on loopback
// (one good, one stale, one that cannot be reached, one that rewrites its history after the
// first harvest), harvested twice by `npm run catalogue`, then the catalogue site built and
// read in Chromium.
import AxeBuilder from '@axe-core/playwright';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canonicalJson, sha256Hex } from '#domain/canonical.ts';
import { launch } from '#build/tools/browser.ts';
import { serve } from '#build/tools/serve.ts';
import { TEST_TODAY } from '../helpers/global-setup.ts';

const REPO = resolve(import.meta.dirname, '../..');
const LATER = '2026-11-25';
type Served = Awaited<ReturnType<typeof serve>>;

/** Files of a folder with their SHA-256, to show a kept copy untouched. */
function sums(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => [join(d.parentPath, d.name).slice(dir.length), sha256Hex(readFileSync(join(d.parentPath, d.name)))]),
  );
}

/**
 * Rewrites a built site's history consistently, as a body that re-froze an old version would:
 * the first version's register changes, and every hash after it (registers, manifests, the
 * version list, the catalogue record) is recomputed, so the chain itself still holds.
 */
function rewriteHistory(site: string): void {
  const list = JSON.parse(readFileSync(join(site, 'data/versi.json'), 'utf8'));
  let prevRegister: string | null = null;
  let prevManifest: string | null = null;
  const sumsById = new Map<string, { register: string; manifest: string }>();
  for (const [i, v] of list.versions.entries()) {
    const dir = join(site, 'versi', v.id);
    const register = JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8'));
    if (i === 0) register.entries[0].title = `${register.entries[0].title} (diubah diam-diam)`;
    register.previousSha256 = prevRegister;
    const registerBytes = canonicalJson(register);
    writeFileSync(join(dir, 'register.json'), registerBytes);
    const registerSha = sha256Hex(registerBytes);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.registerSha256 = registerSha;
    manifest.previousManifestSha256 = prevManifest;
    const f = manifest.files.find((x: { name: string }) => x.name === 'register.json');
    f.sha256 = registerSha;
    f.bytes = Buffer.byteLength(registerBytes);
    const manifestBytes = canonicalJson(manifest);
    writeFileSync(join(dir, 'manifest.json'), manifestBytes);
    v.sha256 = registerSha;
    prevRegister = registerSha;
    prevManifest = sha256Hex(manifestBytes);
    sumsById.set(v.id, { register: registerSha, manifest: prevManifest });
  }
  writeFileSync(join(site, 'data/versi.json'), JSON.stringify(list, null, 2) + '\n');
  const recordPath = join(site, 'data/katalog.jsonld');
  const record = JSON.parse(readFileSync(recordPath, 'utf8'));
  const current = record['dcat:dataset'][0]['dcat:hasCurrentVersion'];
  const s = sumsById.get(current['dcat:version'])!;
  current['spdx:checksum']['spdx:checksumValue'] = s.register;
  for (const d of current['dcat:distribution'])
    d['spdx:checksum']['spdx:checksumValue'] = d['@id'].endsWith('/manifest.json') ? s.manifest : s.register;
  writeFileSync(recordPath, JSON.stringify(record, null, 2) + '\n');
}

/** Runs the harvest in a child process; asynchronously, for the member servers live in this one. */
function harvest(root: string, today: string): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/catalogue.ts', '--catalogue', root], {
      cwd: REPO,
      env: { ...process.env, PPID_TODAY: today, NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code, out }));
  });
}

const checkpoint = (root: string, id: string) => JSON.parse(readFileSync(join(root, 'anggota', id, 'checkpoint.json'), 'utf8'));

describe('catalogue mode, offline against four member sites on loopback', () => {
  let tmp: string;
  let root: string;
  let out: string;
  let good: Served;
  let stale: Served;
  let rewriter: Served;
  let catalogue: Served;
  let browser: Browser;
  let unreachable: string;
  let first: Awaited<ReturnType<typeof harvest>>;
  let second: Awaited<ReturnType<typeof harvest>>;
  let keptBefore: Record<string, string>;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'ppid-katalog-'));
    root = join(tmp, 'katalog');
    out = join(tmp, 'situs');
    // The one that will rewrite its history serves a copy of the multi-version site.
    const rewriterDir = join(tmp, 'penulis-ulang');
    cpSync(inject('versionsSiteDir'), rewriterDir, { recursive: true });
    good = await serve(inject('versionsSiteDir'));
    stale = await serve(inject('siteDir'));
    rewriter = await serve(rewriterDir);
    // A port that answered once and is closed: nothing listens there now.
    const gone = await serve(inject('siteDir'));
    unreachable = `${gone.origin}/`;
    await gone.close();
    mkdirSync(root);
    writeFileSync(join(root, 'katalog.json'), JSON.stringify({ name: 'Katalog Uji Fiktif', timeZone: 'Asia/Makassar' }));
    writeFileSync(
      join(root, 'anggota.json'),
      JSON.stringify([
        { id: 'baik', source: `${good.origin}/` },
        { id: 'lama', source: `${stale.origin}/` },
        { id: 'tak-terjangkau', source: unreachable },
        { id: 'penulis-ulang', source: `${rewriter.origin}/` },
      ]),
    );
    first = await harvest(root, TEST_TODAY);
    if (first.code !== 0 || !/DIPERBARUI\s+penulis-ulang/.test(first.out)) throw new Error(`first harvest:\n${first.out}`);
    keptBefore = sums(join(root, 'anggota/penulis-ulang/salinan'));
    rewriteHistory(rewriterDir);
    // Redeployed: the same address serves the rewritten files.
    const port = Number(new URL(rewriter.origin).port);
    await rewriter.close();
    rewriter = await serve(rewriterDir, { port });
    // By the second harvest the stale member's site is down too.
    await stale.close();
    second = await harvest(root, LATER);
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'astro.catalogue.config.mjs'], {
      cwd: REPO,
      encoding: 'utf8',
      env: {
        ...process.env,
        PPID_CATALOGUE: root,
        PPID_CATALOGUE_OUT_DIR: out,
        PPID_CACHE_DIR: join(tmp, 'cache'),
        PPID_TODAY: LATER,
        NO_COLOR: '1',
      },
    });
    if (build.status !== 0) throw new Error(`catalogue build failed:\n${build.stdout}\n${build.stderr}`);
    catalogue = await serve(out);
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([good, rewriter, catalogue].map((s) => s?.close()));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the first harvest takes every reachable member and says which cannot be reached', () => {
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/DIPERBARUI\s+baik\s+versi baru: dik-2025-03, fiktif-2025-09, fiktif-2026-06, fiktif-2099-01/);
    expect(first.out).toMatch(/DIPERBARUI\s+lama\s+versi baru: dik-2025-03/);
    expect(first.out).toMatch(/TAK TERJANGKAU\s+tak-terjangkau\s+Situs tidak dapat dihubungi .* belum pernah dipanen/);
    // Seen again at the second harvest.
    expect(checkpoint(root, 'baik')).toMatchObject({ state: 'ok', lastSeen: LATER, site: `${good.origin}/` });
    expect(checkpoint(root, 'tak-terjangkau')).toMatchObject({ state: 'unreachable', lastSeen: null, versions: [] });
  });

  it('refuses the member whose new chain does not extend the remembered one, and keeps its last good copy', () => {
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/DITOLAK\s+penulis-ulang\s+Riwayat ditulis ulang: versi dik-2025-03 kini berbeda/);
    const c = checkpoint(root, 'penulis-ulang');
    expect(c.state).toBe('refused');
    expect(c.lastSeen).toBe(TEST_TODAY);
    expect(c.versions).toEqual(checkpoint(root, 'baik').versions);
    expect(c.refusedChain.map((v: { id: string }) => v.id)).toEqual(c.versions.map((v: { id: string }) => v.id));
    expect(c.refusedChain[0].registerSha256).not.toBe(c.versions[0].registerSha256);
    expect(sums(join(root, 'anggota/penulis-ulang/salinan'))).toEqual(keptBefore);
    // The good member, unchanged, is kept as it was.
    expect(second.out).toMatch(/TETAP\s+baik\s+4 versi, tidak ada yang baru/);
  });

  it('a member that goes quiet keeps its last good copy, marked with the day it was last seen', () => {
    expect(second.out).toMatch(/TAK TERJANGKAU\s+lama\s+.*salinan terakhir \(terlihat 2026-11-21\) dipertahankan/);
    expect(checkpoint(root, 'lama')).toMatchObject({ state: 'unreachable', lastSeen: TEST_TODAY, lastChecked: LATER });
    expect(checkpoint(root, 'lama').versions).toHaveLength(1);
  });

  it('the catalogue lists every member with its register, entries, last decree, staleness and harvest', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${catalogue.origin}/`);
    const rows = await page.locator('table tbody tr').allInnerTexts();
    expect(rows).toHaveLength(4);
    // In catalogue order: the good one, the stale one (now quiet), the unreachable, the rewriter.
    expect(rows[0]).toMatch(/fiktif-2026-06\s+13\s+20 November 2026\s+\d+\s+Berhasil/);
    expect(rows[1]).toMatch(/dik-2025-03\s+14\s+Maret 2025\s+lebih dari 12 bulan\s+\d+\s+Tak terjangkau/);
    expect(rows[2]).toMatch(/^tak-terjangkau\s+Tidak ada\s+0\s+Tidak ada\s+0\s+Tak terjangkau/);
    expect(rows[3]).toMatch(/fiktif-2026-06\s+13\s+20 November 2026\s+\d+\s+Ditolak/);
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
    await page.close();
  });

  it("the refused member's page says its history changed and shows both chains", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${catalogue.origin}/anggota/penulis-ulang/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Riwayat situs ini berubah: pembaruan ditolak');
    expect(text).toContain('Riwayat ditulis ulang: versi dik-2025-03 kini berbeda dari yang pernah diterbitkan.');
    expect(text).toContain('Riwayat yang kini diterbitkan situs');
    // The last good copy is what is shown: the original title, not the rewritten one.
    expect(text).not.toContain('diubah diam-diam');
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
    await page.goto(`${catalogue.origin}/anggota/lama/`);
    const quiet = await page.locator('main').innerText();
    expect(quiet).toContain('salinan sah terakhir, terlihat pada 21 November 2026');
    expect(quiet).toContain('sudah lebih dari 12 bulan');
    await page.close();
  });

  it('the comparison shows alike titles of different members with the likeness, never as the same', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${catalogue.origin}/perbandingan/b/`);
    const groups = page.locator('section.card');
    expect(await groups.count()).toBeGreaterThan(0);
    const firstGroup = await groups.first().innerText();
    expect(firstGroup).toMatch(/Dikecualikan oleh \d+ dari \d+ badan publik/);
    expect(firstGroup).toMatch(/acuan|\d+% \(kata sama:/);
    expect(await page.locator('main').innerText()).toContain('Kemiripan judul bukan bukti bahwa informasinya sama');
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
    await page.close();
  });

  it('one search reads the catalogue index and the verified members’ own indexes, each result leading to an entry', async () => {
    const page = await (await browser.newContext()).newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${catalogue.origin}/cari/?q=kalibrasi`);
    await page.waitForFunction(() => /hasil/.test(document.querySelector('#cari-status')?.textContent ?? ''));
    const links = await page.locator('#cari-hasil a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    // The verified member's own index answers for it, from its own site, and is not repeated
    // by the catalogue's copy; the refused and the quiet member are answered by the copy the
    // catalogue kept, each entry leading to its row on the member's catalogue page. The
    // refused member's site (which now says something else) is not read at all.
    expect(requested.some((u) => u.startsWith(`${good.origin}/pagefind/`))).toBe(true);
    expect(requested.some((u) => u.startsWith(`${rewriter.origin}/`))).toBe(false);
    expect(new Set(links).size).toBe(links.length);
    expect(links.some((l) => l.startsWith(`${good.origin}/dik/`))).toBe(true);
    expect(links.filter((l) => l.startsWith(`${catalogue.origin}/anggota/baik/`))).toEqual([]);
    const kept = links.filter((l) => l.startsWith(`${catalogue.origin}/anggota/`));
    expect(kept).toContain(`${catalogue.origin}/anggota/lama/#entri-hasil-pelayanan-kalibrasi`);
    expect(kept.some((l) => l.startsWith(`${catalogue.origin}/anggota/penulis-ulang/#entri-`))).toBe(true);
    expect(links.every((l) => l.startsWith(`${good.origin}/`) || l.startsWith(`${catalogue.origin}/anggota/`))).toBe(true);
    expect(await page.locator('#cari-hasil').innerText()).toContain('Dari:');
    expect(await page.locator('#cari-status').innerText()).toMatch(/^\d+ hasil\.$/);
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
    // A catalogue result lands on the entry's row, which links on to the entry on the member's site.
    await page.locator(`#cari-hasil a[href$="/anggota/lama/#entri-hasil-pelayanan-kalibrasi"]`).click();
    await page.waitForURL(/\/anggota\/lama\/#entri-hasil-pelayanan-kalibrasi$/);
    const row = page.locator('tr:target');
    expect(await row.innerText()).toContain('Laporan/Data hasil pelayanan Kalibrasi');
    expect(await row.locator('a').getAttribute('href')).toBe(`${stale.origin}/dik/hasil-pelayanan-kalibrasi/`);
    await page.close();
  });

  it('publishes the whole catalogue as JSON and CSV', () => {
    const data = JSON.parse(readFileSync(join(out, 'data/katalog.json'), 'utf8'));
    expect(data.format).toBe('ppid-dik/catalogue/1');
    expect(data.members.map((m: { id: string }) => m.id)).toEqual(['baik', 'lama', 'tak-terjangkau', 'penulis-ulang']);
    const counted = data.members.reduce((n: number, m: { entries: number }) => n + m.entries, 0);
    expect(data.entries).toHaveLength(counted);
    expect(counted).toBeGreaterThan(20);
    const csv = readFileSync(join(out, 'data/katalog.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFbadan_publik,anggota,versi_berlaku')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(counted + 1);
  });
});
