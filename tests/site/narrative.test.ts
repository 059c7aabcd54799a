// An entry's MDX narrative as a reader meets it: on the entry page and on the page of the
// version that decreed it (same rendering), at a phone's width, and typeset in the archive PDF.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '#build/tools/browser.ts';
import { serve } from '#build/tools/serve.ts';

const dir = inject('narrativeSiteDir');
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  site = await serve(dir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What the narrative block of a page holds, as the reader's browser built it. */
async function narrativeOn(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => ({
    headings: [...el.querySelectorAll('h4')].map((h) => h.textContent),
    items: [...el.querySelectorAll('ul > li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
    strong: [...el.querySelectorAll(':scope > p > strong')].map((s) => s.textContent),
    em: [...el.querySelectorAll(':scope > p > em')].map((s) => s.textContent),
    inlinePasal: [...el.querySelectorAll('li .pasal a')].map((a) => [a.textContent, a.getAttribute('href')]),
    quoted: el.querySelector('li .pasal q')?.textContent,
    blockPasal: el.querySelector('figure.pasal figcaption a')?.textContent,
    blockItems: el.querySelectorAll('figure.pasal blockquote p').length,
    cells: [...el.querySelectorAll('table th, table td')].map((c) => c.textContent),
    links: [...el.querySelectorAll('a[href^="http"]')].map((a) => a.getAttribute('href')),
    scripts: el.querySelectorAll('script').length,
  }));
}

const expected = {
  headings: ['Pertimbangan (fiktif, untuk pengujian)'],
  items: [
    expect.stringMatching(/^memuat catatan pribadi pegawai, lihat Pasal 17 huruf h angka 2 UU 14\/2008: riwayat, kondisi/),
    'pengumumannya dapat merugikan yang bersangkutan.',
  ],
  strong: ['fiktif'],
  em: ['fixture'],
  inlinePasal: [['Pasal 17 huruf h angka 2 UU 14/2008', '/dasar-hukum/uu-14-2008/#pasal-17-huruf-h']],
  quoted: 'riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang;',
  blockPasal: 'Pasal 17 huruf h UU 14/2008',
  blockItems: 6,
  cells: ['Jenis data', 'Dibuka bila', 'Putusan hukuman disiplin', 'ada persetujuan yang bersangkutan'],
  links: ['https://komisiinformasi.go.id/'],
  scripts: 0,
};

describe('an MDX narrative', () => {
  it('renders on the entry page with its list, table, link and <Pasal>, and fits 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/dik/data-hukum-disiplin-pegawai/`);
    expect(await narrativeOn(page, 'section.narrative')).toEqual(expected);
    const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(width[0]).toBeLessThanOrEqual(width[1]!);
    // The provision link leads to the law page's anchor, which exists.
    await page.locator('section.narrative li .pasal a').click();
    await page.waitForURL(/#pasal-17-huruf-h$/);
    expect(await page.locator('#pasal-17-huruf-h').count()).toBe(1);
    await context.close();
  });

  it('renders the same way on the page of the version that decreed it', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/versi/fiktif-2026-01/`);
    expect(await page.locator('.narratives article h3').allTextContents()).toEqual(['No. 2: Data Hukum disiplin Pegawai']);
    expect(await narrativeOn(page, '.narratives article')).toEqual(expected);
    await page.close();
  });

  it('is typeset in the archive PDF: heading, list markers, emphasis fonts, table rows, the cited provisions, the link address', () => {
    const pdf = join(dir, 'versi/fiktif-2026-01/arsip-fiktif-2026-01.pdf');
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const narrative = text.slice(text.indexOf('URAIAN UJI KONSEKUENSI'));
    expect(narrative).toMatch(/No\. 2\. Data Hukum disiplin Pegawai/);
    expect(narrative).toMatch(/Pertimbangan \(fiktif, untuk pengujian\)/);
    // A provision is printed as its citation: quoting today's catalogue would change an old archive.
    expect(narrative).toMatch(/•\s+memuat catatan pribadi pegawai, lihat Pasal 17 huruf h angka 2 UU 14\/2008;/);
    expect(narrative).toMatch(/•\s+pengumumannya dapat merugikan/);
    expect(narrative).toMatch(/\n\s*Pasal 17 huruf h UU 14\/2008\s*\n/);
    expect(narrative).not.toMatch(/Informasi Publik yang apabila dibuka/);
    expect(narrative).toMatch(/Jenis data \| Dibuka bila/);
    expect(narrative).toMatch(/laman Komisi Informasi \(https:\/\/komisiinformasi\.go\.id\/\)/);
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/NotoSans-Italic/);
    expect(fonts).toMatch(/NotoSans-Bold/);
  });
});
