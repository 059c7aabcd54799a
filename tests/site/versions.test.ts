// Versions as an auditor meets them, on the fictional multi-version fixture: the timeline,
// version pages with their banner and downloads, consecutive and arbitrary comparisons,
// an entry's history, and pending changes.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sha256Hex } from '#domain/canonical.ts';
import { loadContent } from '#content/load.ts';
import { diffItems, diffRegisters } from '#domain/diff.ts';
import { toRegisterEntries } from '#domain/register.ts';
import { launch } from '#build/tools/browser.ts';
import { REPO } from '../helpers/content.ts';
import { FIXTURE_PAGE_SIZE } from '../helpers/global-setup.ts';
import { serve } from '#build/tools/serve.ts';

const tree = loadContent(`${REPO}/tests/fixtures/versions/content`);
const entriesOf = (id: string) => tree.decrees.find((d) => d.id === id)!.register!.data!.entries;

let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  site = await serve(inject('versionsSiteDir'));
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Reads a paginated list as a reader would: from `path`, following the pager's "next" link
 * to the end, collecting `read()` on each page. Returns what was read and the pages visited.
 */
async function acrossPages<T>(path: string, read: () => Promise<T[]>): Promise<{ items: T[]; pages: string[] }> {
  const items: T[] = [];
  const pages: string[] = [];
  let next: string | null = path;
  while (next) {
    await page.goto(site.origin + next);
    pages.push(next);
    items.push(...(await read()));
    const link = page.locator('.pager a[rel=next]');
    next = (await link.count()) ? await link.getAttribute('href') : null;
    if (pages.length > 50) throw new Error('pager does not end');
  }
  return { items, pages };
}

describe('versions', () => {
  it('the timeline lists every decree, newest first, with its status', async () => {
    await page.goto(`${site.origin}/versi/`);
    const items = await page.locator('ol.timeline > li').allInnerTexts();
    expect(items.map((t) => /^(.*?):/.exec(t)![1])).toEqual([
      'Kupang, 20 November 2026',
      'Kupang, 15 Juni 2026',
      'Kupang, 1 September 2025',
      'Kupang, Maret 2025',
    ]);
    // Signed, but in force only from 2099.
    expect(items[0]).toContain('belum berlaku');
    expect(items[0]).toContain('berlaku sejak 2 Januari 2099');
    expect(items[1]).toMatch(/\bberlaku\b/);
    expect(items[1]).toContain('Perubahan klasifikasi');
    expect(items[2]).toContain('tidak berlaku lagi');
    expect(items[3]).toContain('tidak berlaku lagi');
  });

  it('a superseded version says so and links to the version in force', async () => {
    await page.goto(`${site.origin}/versi/dik-2025-03/`);
    const banner = page.locator('.banner');
    expect(await banner.innerText()).toContain('Ini bukan versi yang berlaku.');
    await banner.getByRole('link').click();
    await page.waitForURL('**/versi/fiktif-2026-06/');
    expect(await page.locator('.banner').count()).toBe(0);
    // The scanned decree is published byte for byte.
    const sk = Buffer.from(await (await fetch(`${site.origin}/versi/fiktif-2025-09/sk.pdf`)).arrayBuffer());
    expect(sk.equals(readFileSync(`${REPO}/tests/fixtures/versions/content/decrees/fiktif-2025-09/sk.pdf`))).toBe(true);
    await page.goto(`${site.origin}/versi/fiktif-2025-09/`);
    expect(await page.locator('table.downloads').innerText()).toContain(sha256Hex(sk));
    await page.goto(`${site.origin}/versi/fiktif-2099-01/`);
    expect(await page.locator('.banner').innerText()).toContain('belum berlaku');
  });

  it('a version page shows the register as it stood, and each download matches its SHA-256', async () => {
    const { items: titles, pages } = await acrossPages('/versi/dik-2025-03/', () =>
      page.locator('table.register tbody th a').allTextContents(),
    );
    expect(titles).toEqual(entriesOf('dik-2025-03').map((e) => e.title));
    expect(pages).toEqual(['/versi/dik-2025-03/', '/versi/dik-2025-03/halaman/2/', '/versi/dik-2025-03/halaman/3/']);
    await page.goto(`${site.origin}/versi/dik-2025-03/`);
    const rows = await page
      .locator('table.downloads tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href')!, sha: tr.querySelectorAll('td')[1]!.textContent!.trim() })),
      );
    // The document first; the files for checking last.
    expect(rows.map((r) => r.href.split('/').pop())).toEqual([
      'arsip-dik-2025-03.pdf',
      'dik.csv',
      'register.json',
      'manifest.json',
      'SHA256SUMS',
    ]);
    for (const r of rows) {
      const bytes = Buffer.from(await (await fetch(site.origin + r.href)).arrayBuffer());
      expect(sha256Hex(bytes), r.href).toBe(r.sha);
    }
    // Titled in words, and plain about the signed scan it does not have.
    expect(await page.title()).toMatch(/^Daftar yang ditetapkan Maret 2025 · /);
    expect(await page.locator('h1').textContent()).toBe('Daftar yang ditetapkan Maret 2025');
    expect(await page.getByText('Pindaian keputusan yang ditandatangani belum tersedia di situs ini').count()).toBe(1);
    await page.goto(`${site.origin}/versi/fiktif-2025-09/`);
    const names = await page.locator('table.downloads tbody th a').allTextContents();
    expect(names.slice(0, 2)).toEqual(['arsip-fiktif-2025-09.pdf', 'sk.pdf']);
    expect(await page.getByText('Pindaian keputusan yang ditandatangani belum tersedia').count()).toBe(0);
  });

  it('a version page reads on a 320 px phone: downloads as cards, hashes broken into groups and copied whole', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 320, height: 800 } })).newPage();
    await phone.goto(`${site.origin}/versi/dik-2025-03/`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const cell = phone.locator('table.downloads tbody tr').first().locator('td.hash');
    // Each group of 16 characters fits on a line of its own; the text is the whole hash.
    expect((await cell.textContent())!.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(await cell.locator('wbr').count()).toBe(3);
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
    await phone.close();
  });

  it('the changes page of a version lists what was added, removed and changed, word by word', async () => {
    const expected = diffRegisters(entriesOf('dik-2025-03'), entriesOf('fiktif-2025-09'));
    const read = (selector: string) => acrossPages('/versi/fiktif-2025-09/perubahan/', () => page.locator(selector).allTextContents());
    expect((await read('#d-added + ul li ins')).items).toEqual(expected.added.map((e) => `${e.number}. ${e.title}`));
    expect((await read('#d-removed + ul li del')).items).toEqual(expected.removed.map((e) => `${e.number}. ${e.title}`));
    const changed = await read('article.change h3');
    expect(changed.items).toHaveLength(expected.changed.length);
    expect(changed.pages).toHaveLength(Math.ceil(diffItems(expected).length / FIXTURE_PAGE_SIZE));
    await page.goto(`${site.origin}/versi/fiktif-2025-09/perubahan/`);
    // The edited title: only the new words are marked as added, with a text marker.
    const title = page.locator('article.change', { hasText: 'kepegawaian aparatur' }).locator('dd').first();
    expect(await title.locator('ins').innerText()).toContain('aparatur (fiktif)');
    expect(await title.locator('ins .visually-hidden').first().textContent()).toBe('[ditambah: ');
  });

  it('the compare form diffs any two versions from the published JSON', async () => {
    await page.goto(`${site.origin}/versi/banding/`);
    await page.selectOption('#dari', 'dik-2025-03');
    await page.selectOption('#ke', 'fiktif-2099-01');
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    const expected = diffRegisters(entriesOf('dik-2025-03'), entriesOf('fiktif-2099-01'));
    await page.locator('#hasil h2').waitFor();
    expect(await page.locator('#hasil h2').textContent()).toBe('Perubahan dari versi dik-2025-03 ke versi fiktif-2099-01');
    const tags = await page.locator('#hasil .diff-summary .tag').allTextContents();
    expect(tags.slice(0, 3)).toEqual([
      `+ ${expected.added.length} ditambahkan`,
      `− ${expected.removed.length} dihapus`,
      `~ ${expected.changed.length} diubah`,
    ]);
    expect(await page.locator('#hasil article.change').count()).toBe(expected.changed.length);
    expect(page.url()).toMatch(/\?dari=dik-2025-03&ke=fiktif-2099-01$/);
    // The same comparison opens from its address.
    await page.reload();
    await page.locator('#hasil h2').waitFor();
    expect(await page.locator('#hasil article.change').count()).toBe(expected.changed.length);
  });

  it("an entry's history shows when it entered and when it left", async () => {
    await page.goto(`${site.origin}/riwayat/perubahan-realokasi-anggaran/`);
    const events = await page.locator('ol.timeline > li h2').allInnerTexts();
    expect(events).toEqual(['Kupang, Maret 2025: masuk register', 'Kupang, 1 September 2025: keluar dari register']);
    expect(await page.locator('main').innerText()).toContain('tidak tercantum dalam register yang berlaku');
  });

  it('a reclassification opens an entry: its address says so, the list of opened information shows it, its history too', async () => {
    await page.goto(`${site.origin}/dik/laporan-keuangan-belum-diaudit/`);
    expect(await page.locator('.banner').innerText()).toContain('Informasi ini tidak lagi dikecualikan.');
    expect(await page.locator('main').innerText()).toContain('Dibuka (perubahan klasifikasi)');
    await page.goto(`${site.origin}/dibuka/`);
    const opened = await page.locator('main').innerText();
    expect(opened).toContain('Dibuka dengan perubahan klasifikasi (1)');
    expect(opened).toContain('Laporan keuangan yang belum diaudit');
    expect(opened).toContain('Dihapus dari daftar oleh keputusan lain (1)');
    await page.goto(`${site.origin}/riwayat/laporan-keuangan-belum-diaudit/`);
    expect(await page.locator('ol.timeline > li h2').allInnerTexts()).toEqual([
      'Kupang, Maret 2025: masuk register',
      'Kupang, 15 Juni 2026: dibuka (perubahan klasifikasi)',
    ]);
  });

  it('a version page shows its SOP cycle against the service standard, unknown where a date is missing', async () => {
    await page.goto(`${site.origin}/versi/fiktif-2025-09/`);
    const rows = await page
      .locator('.cycle tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    // Mon 11 Aug 2025 start; Fri 15 Aug request: 4 HK of 5. Fri 22 Aug validation: 4 HK
    // (Mon 18 Aug was cuti bersama), standard 2: late. Mon 1 Sep decree: 6 HK, late.
    // Update not recorded: unknown, and so is documentation's own duration.
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([
      ['4 HK', '5 HK', 'tepat waktu'],
      ['4 HK', '2 HK', 'terlambat'],
      ['6 HK', '2 HK', 'terlambat'],
      ['tidak diketahui', '1 HK', 'tidak diketahui'],
      ['tidak diketahui', '1 HK', 'tidak diketahui'],
    ]);
    // 11 Aug to Mon 8 Sep 2025: 18 working days (18 Aug cuti bersama and Fri 5 Sep, Maulid Nabi, skipped).
    expect(await page.locator('.cycle tfoot').innerText()).toContain('18 HK');
    expect(await page.locator('.cycle svg title').textContent()).toBe('Lini waktu siklus pemutakhiran');
    await page.goto(`${site.origin}/sop/`);
    expect(await page.locator('main').innerText()).toContain('Siklus terakhir yang tercatat: keputusan fiktif-2025-09');
  });

  it("long lists come in pages: every entry once and in order, the current page marked, page 1 at the list's own address", async () => {
    const inForce = entriesOf('fiktif-2026-06');
    const register = await acrossPages('/dik/', () => page.locator('#daftar tbody th a').allTextContents());
    expect(register.items).toEqual(inForce.map((e) => e.title));
    const count = Math.ceil(inForce.length / FIXTURE_PAGE_SIZE);
    expect(count).toBeGreaterThan(1);
    expect(register.pages).toEqual(['/dik/', ...Array.from({ length: count - 1 }, (_, i) => `/dik/halaman/${i + 2}/`)]);
    // On page 2: its own title, the current page marked, a way back to 1, and the filter says
    // that it filters this page only.
    await page.goto(`${site.origin}/dik/halaman/2/`);
    expect(await page.title()).toContain(`halaman 2 dari ${count}`);
    expect(await page.locator('.pager [aria-current=page]').innerText()).toBe('2');
    expect(await page.locator('.pager a[rel=prev]').getAttribute('href')).toBe('/dik/');
    expect(await page.locator('#saring').innerText()).toContain(`entri ${FIXTURE_PAGE_SIZE + 1}–${2 * FIXTURE_PAGE_SIZE}`);
    await page.selectOption('#f-letter', 'b');
    const shown = await page.locator('#daftar tbody tr:not([hidden])').count();
    expect(await page.locator('#jumlah').innerText()).toBe(`Menampilkan ${shown} dari ${FIXTURE_PAGE_SIZE} entri.`);
    // A letter's page, paginated too, lists exactly the entries citing that letter.
    const letterB = await acrossPages('/dasar-hukum/huruf-b/', () => page.locator('table.register tbody th a').allTextContents());
    const laws = new Map(tree.laws.map((l) => [l.id, l.data]));
    const citingB = inForce.filter((e) => e.legalBasis.some((c) => laws.get(c.law)?.exemptionArticle === c.article && c.letter === 'b'));
    expect(letterB.items).toEqual(citingB.map((e) => e.title));
    // The compliance page lists each rule with the page where its findings start.
    await page.goto(`${site.origin}/kepatuhan/`);
    const starts = await page.locator('#ringkasan-aturan + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(starts.length).toBeGreaterThan(1);
    for (const href of starts) {
      await page.goto(site.origin + href);
      expect(await page.locator(`section[id="${href.split('#')[1]}"]`).count(), href).toBe(1);
    }
  });

  it('the register on any date: the form leads to the period holding the day, the list works without JavaScript', async () => {
    for (const [day, path, name] of [
      ['2025-03-30', '/pada-tanggal/awal/', 'Belum ada daftar yang berlaku.'],
      ['2025-03-31', '/pada-tanggal/2025-03-31/', 'Daftar yang ditetapkan Maret 2025'],
      ['2025-09-14', '/pada-tanggal/2025-03-31/', 'Daftar yang ditetapkan Maret 2025'],
      ['2025-09-15', '/pada-tanggal/2025-09-15/', 'Daftar yang ditetapkan 1 September 2025'],
      ['2026-11-21', '/pada-tanggal/2026-06-15/', 'Daftar yang ditetapkan 15 Juni 2026'],
    ] as const) {
      await page.goto(`${site.origin}/pada-tanggal/`);
      await page.locator('#tanggal').fill(day);
      await page.locator('#pada-tanggal button').click();
      await page.waitForURL(`${site.origin}${path}`);
      const facts = (await page.locator('dl.facts').innerText()).replace(/\s+/g, ' ');
      expect(facts, day).toContain(`Yang berlaku ${name}`);
    }
    // What was signed but not yet in force, on the period under way.
    expect(await page.goto(`${site.origin}/pada-tanggal/2026-06-15/`).then(() => page.locator('dl.facts dd').nth(1).innerText())).toBe(
      'Daftar yang ditetapkan 20 November 2026',
    );
    const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await noJs.goto(`${site.origin}/pada-tanggal/`);
    expect(await noJs.locator('#pada-tanggal').isVisible()).toBe(false);
    expect(await noJs.locator('ol.periods a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/pada-tanggal/2099-01-02/',
      '/pada-tanggal/2026-06-15/',
      '/pada-tanggal/2025-09-15/',
      '/pada-tanggal/2025-03-31/',
      '/pada-tanggal/awal/',
    ]);
    await noJs.close();
  });

  it('an entry page says since when its wording applies, with its history for other dates', async () => {
    for (const [id, text] of [
      [
        'kode-akses-aplikasi',
        'Bunyi entri ini berlaku sejak 31 Maret 2025 (Daftar yang ditetapkan Maret 2025; ' +
          'tanggal berlakunya tidak tercantum pada keputusan; dianggap akhir bulan penetapan).',
      ],
      ['berkas-kepegawaian', 'Bunyi entri ini berlaku sejak 15 September 2025 (Daftar yang ditetapkan 1 September 2025).'],
    ] as const) {
      await page.goto(`${site.origin}/dik/${id}/`);
      const note = page.locator('p.note', { hasText: 'Bunyi entri ini' });
      expect((await note.innerText()).replace(/\s+/g, ' ')).toBe(`${text} Bunyinya pada tanggal lain.`);
      expect(await note.locator('a').getAttribute('href')).toBe(`/riwayat/${id}/`);
    }
  });

  it('pending changes are marked as not in force', async () => {
    await page.goto(`${site.origin}/perubahan-tertunda/`);
    expect(await page.locator('.banner').innerText()).toContain('BELUM BERLAKU');
    // The working copy against the version in force (fiktif-2026-06): the change decreed for
    // 2099 (entry 4) and the undecreed one (entry 2) are both still pending today.
    const expected = diffRegisters(entriesOf('fiktif-2026-06'), toRegisterEntries(tree.exemptions));
    expect(expected.changed.map((c) => c.id).sort()).toEqual(['data-hukum-disiplin-pegawai', 'kode-akses-aplikasi']);
    expect(await page.locator('article.change h3').count()).toBe(expected.changed.length);
    expect(await page.locator('main').innerText()).toContain('Data Hukum disiplin Pegawai');
  });
});
