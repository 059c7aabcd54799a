// What visitors do: search and reach an entry, filter the register with and without
// JavaScript, read an entry without JavaScript, print the register, hit a wrong address.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '#content/load.ts';
import { exemptionLetters } from '#domain/citation.ts';
import { launch } from '#build/tools/browser.ts';
import { SHIPPED } from '../helpers/content.ts';
import { serve } from '#build/tools/serve.ts';

const tree = loadContent(SHIPPED);
const laws = new Map(tree.laws.map((l) => [l.id, l.data]));
const frozen = tree.decrees[0]!.register!.data!.entries;
const withLetter = (l: string) => frozen.filter((e) => exemptionLetters(e.legalBasis, laws).includes(l));

let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let js: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  site = await serve(inject('siteDir'));
  browser = await launch();
  js = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  noJs = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('search (Pagefind)', () => {
  it('typing a word from an entry on the search page leads to that entry', async () => {
    const page = await js.newPage();
    await page.goto(`${site.origin}/cari/`);
    await page.locator('pagefind-input input').fill('kalibrasi');
    const hit = page.locator('pagefind-results a', { hasText: 'Laporan/Data hasil pelayanan Kalibrasi' }).first();
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    await page.waitForURL('**/dik/hasil-pelayanan-kalibrasi/');
    expect(await page.locator('h1').textContent()).toBe('Laporan/Data hasil pelayanan Kalibrasi');
    await page.close();
  });

  it('the header search box carries the query to the results, with Indonesian stemming', async () => {
    const page = await js.newPage();
    await page.goto(`${site.origin}/`);
    await page.locator('#q-header').fill('melindungi');
    await page.locator('#q-header').press('Enter');
    await page.waitForURL('**/cari/?q=melindungi');
    const results = page.locator('pagefind-results a');
    await results.first().waitFor({ timeout: 15_000 });
    // Entry 6 says "perlindungan", never "melindungi": found through the shared stem.
    const entry6 = frozen.find((e) => e.id === 'dokumen-karya-intelektual')!;
    expect(`${entry6.title} ${entry6.consequence.opened} ${entry6.consequence.closed}`).not.toMatch(/melindungi/i);
    expect(await results.allTextContents()).toContain(entry6.title);
    const summary = await page.locator('pagefind-summary').textContent();
    await page.goto(`${site.origin}/cari/?q=perlindungan`);
    await page.locator('pagefind-results a').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('pagefind-summary').textContent()).toBe(summary!.replace('melindungi', 'perlindungan'));
    await page.close();
  });

  it('the search page with results is accessible and fits a 320 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/cari/?q=data`);
    // Pagefind fills in a result when it scrolls into view; on a phone the list starts below.
    await page.locator('pagefind-results').scrollIntoViewIfNeeded();
    await page.locator('pagefind-results a').first().waitFor({ timeout: 15_000 });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('shows no filter pane before a query, and each entry result says why it is exempted', async () => {
    const page = await js.newPage();
    await page.goto(`${site.origin}/cari/`);
    await page.locator('pagefind-input input').waitFor();
    expect(await page.locator('pagefind-filter-pane').isVisible()).toBe(false);
    await page.locator('pagefind-input input').fill('kalibrasi');
    const why = page.locator('pagefind-results .pf-result-why').first();
    await why.waitFor({ timeout: 15_000 });
    const entry = frozen.find((e) => e.title === 'Laporan/Data hasil pelayanan Kalibrasi')!;
    expect((await why.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`Dikecualikan karena bila dibuka: ${entry.consequence.opened}`);
    expect(await page.locator('pagefind-filter-pane').isVisible()).toBe(true);
    await page.close();
  });

  it('results can be filtered by Pasal 17 letter', async () => {
    const page = await js.newPage();
    await page.goto(`${site.origin}/cari/?q=data`);
    await page.locator('pagefind-results a').first().waitFor({ timeout: 15_000 });
    await page.locator('summary', { hasText: 'Huruf Pasal 17' }).click();
    await page.getByLabel('huruf h').check();
    // Entries citing huruf h whose own texts say "data".
    const expected = withLetter('h').filter((e) => /\bdata\b/i.test([e.title, e.consequence.opened, e.consequence.closed].join(' ')));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(frozen.length);
    await expect
      .poll(async () => page.locator('pagefind-summary').textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`^Ditemukan ${expected.length} hasil`));
    await page.close();
  });
});

describe('filtering the register', () => {
  it('with JavaScript: choosing huruf h shows exactly the entries citing it', async () => {
    const page = await js.newPage();
    await page.goto(`${site.origin}/dik/`);
    await page.selectOption('#f-letter', 'h');
    const visible = await page.locator('#daftar tbody tr:not([hidden]) th a').allTextContents();
    expect(visible).toEqual(withLetter('h').map((e) => e.title));
    expect(await page.locator('#jumlah').textContent()).toBe(`Menampilkan ${withLetter('h').length} dari ${frozen.length} entri.`);
    expect(page.url()).toMatch(/\?huruf=h$/);
    await page.locator('button[type="reset"]').click();
    await expect.poll(() => page.locator('#daftar tbody tr:not([hidden])').count()).toBe(frozen.length);
    await page.close();
  });

  it('without JavaScript: the form stays hidden and a static page per letter does the filtering', async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.origin}/dik/`);
    expect(await page.locator('#saring').isVisible()).toBe(false);
    await page.getByRole('link', { name: `huruf b (${withLetter('b').length})` }).click();
    await page.waitForURL('**/dasar-hukum/huruf-b/');
    const rows = await page.locator('table.register tbody th a').allTextContents();
    expect(rows).toEqual(withLetter('b').map((e) => e.title));
    await page.close();
  });
});

describe('reading without JavaScript', () => {
  it('an entry page says why and for how long first, then the provisions (folded), and its findings', async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.origin}/dik/dokumen-karya-intelektual/`);
    const text = await page.locator('main').innerText();
    // On a phone the reader meets the consequence test and the period before any statute text.
    const why = text.indexOf('Tidak ada perlindungan HKI dan persaingan usaha menjadi tidak sehat');
    expect(why).toBeGreaterThan(0);
    expect(why).toBeLessThan(text.indexOf('Dasar hukum sebagaimana tercantum'));
    expect(text).not.toContain('mengganggu kepentingan perlindungan hak atas kekayaan intelektual');
    // The provisions open without JavaScript: a <details> element.
    await page.locator('details.provisions summary').click();
    expect(await page.locator('main').innerText()).toContain('mengganggu kepentingan perlindungan hak atas kekayaan intelektual');
    expect(await page.locator('a', { hasText: 'Riwayat entri ini di setiap versi' }).getAttribute('href')).toMatch(
      /\/riwayat\/dokumen-karya-intelektual\/$/,
    );
    expect(text).toContain('Dikecualikan tanpa batas waktu.');
    expect(text).toContain('Pengecualian huruf a–f ditetapkan tanpa batas waktu');
    // The public reads the finding, not the editors' rule id or fix.
    expect(text).not.toContain('pasal20-permanent');
    expect(text).not.toContain('Perbaikan');
    await page.close();
  });
});

describe('quoting the source', () => {
  it('a word the register misspells is shown as printed and marked [sic], with its meaning for screen readers', async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.origin}/dik/data-hukum-disiplin-pegawai/`);
    const closed = page.locator('dl.facts dd').nth(1);
    // What a sighted reader sees: the text as printed, and the mark.
    const seen = await closed.evaluate((dd) => {
      const copy = dd.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    });
    expect(seen).toBe('Menjaga privasi dan melindungi penyalagunaan [sic] data yang bersangkutan');
    expect(await closed.locator('.sic .visually-hidden').textContent()).toContain('maksudnya "penyalahgunaan"');
    await page.goto(`${site.origin}/sop/`);
    expect(await page.locator('ol.flow').innerText()).toMatch(/dimutakabirkan \[sic\]/);
    await page.close();
  });
});

describe('addresses', () => {
  it('the period-kind pages have Indonesian addresses, and the old ones lead there', async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.origin}/dik/`);
    const kinds = await page.locator('a[href*="/dik/jangka-waktu/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(kinds).toContain('/dik/jangka-waktu/tidak-terbatas/');
    for (const k of kinds)
      expect(k).toMatch(/^\/dik\/jangka-waktu\/(tidak-terbatas|sampai-peristiwa|sampai-persetujuan|selama-keadaan)\/$/);
    // Without JavaScript too: the old page refreshes to the new one, and says where it went.
    await page.goto(`${site.origin}/dik/jangka-waktu/indefinite/`);
    await page.waitForURL(/\/dik\/jangka-waktu\/tidak-terbatas\/$/);
    expect(await page.locator('h1').textContent()).toBe('Jangka waktu: tidak terbatas');
    await page.close();
  });
});

describe('print', () => {
  it('prints the register as a table, without navigation or filters', async () => {
    const page = await js.newPage();
    await page.goto(`${site.origin}/dik/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('#saring').isVisible()).toBe(false);
    expect(await page.locator('#daftar thead').evaluate((e) => getComputedStyle(e).display)).toBe('table-header-group');
    expect(
      await page
        .locator('#daftar tbody tr')
        .first()
        .evaluate((e) => getComputedStyle(e).display),
    ).toBe('table-row');
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});

describe('not found', () => {
  it('an unknown address gets the 404 page in Indonesian', async () => {
    const page = await js.newPage();
    const res = await page.goto(`${site.origin}/dik/tidak-ada/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.close();
  });
});

describe('under the Content-Security-Policy', () => {
  it('the pages that run script do so without a single violation (filters, search, comparison)', async () => {
    const page = await js.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    for (const path of ['/', '/dik/', '/cari/?q=kalibrasi', '/versi/banding/', '/kepatuhan/']) {
      await page.goto(`${site.origin}${path}`);
      await page.waitForLoadState('networkidle');
    }
    // The search ran (WebAssembly) and found the entry.
    await page.goto(`${site.origin}/cari/?q=kalibrasi`);
    await expect.poll(() => page.locator('pagefind-results').innerText(), { timeout: 10_000 }).toContain('Kalibrasi');
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('what a reader can still do', () => {
  it("a page says how to ask, object and bring a dispute, with the time limits, the provisions and the body's channels", async () => {
    const page = await noJs.newPage();
    await page.goto(`${site.origin}/cara-meminta/`);
    const text = await page.locator('main').innerText();
    for (const limit of ['10 hari kerja', '7 hari kerja', '30 hari kerja', '14 hari kerja']) expect(text).toContain(limit);
    // Channels come from the body's data only: the shipped body has an e-mail address, no online form.
    const body = loadContent(SHIPPED).body!.data;
    expect(await page.locator(`main a[href="mailto:${body.email}"]`).count()).toBe(1);
    expect(text).not.toContain('Formulir permintaan informasi');
    expect(await page.locator('a[href*="/dasar-hukum/uu-14-2008/#"]').count()).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it('every entry page says a request can still be made, with the link', async () => {
    const page = await noJs.newPage();
    for (const e of loadContent(SHIPPED).exemptions) {
      await page.goto(`${site.origin}/dik/${e.id}/`);
      expect(await page.locator('article .card a[href$="/cara-meminta/"]', { hasText: 'Cara meminta informasi' }).count(), e.id).toBe(1);
    }
    await page.close();
  });
});
