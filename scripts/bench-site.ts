#!/usr/bin/env node
// npm run bench:site — builds the site from the content root and reports what a visitor
// pays: page count, the largest page gzipped, JavaScript on reading pages, and the bytes
// Pagefind fetches for one query (measured in Chromium). Prints a table and writes JSON to
// .tmp/bench-site.json. Figures are measured, never asserted.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '#build/tools/browser.ts';
import { files } from './lib/bench.ts';
import { serve } from '#build/tools/serve.ts';

const query = process.argv[2] ?? 'kalibrasi';
const out = join(tmpdir(), `ppid-dik-bench-${process.pid}`);
const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  encoding: 'utf8',
  env: { ...process.env, PPID_OUT_DIR: out, PPID_CACHE_DIR: `${out}-cache` },
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const buildSeconds = (performance.now() - started) / 1000;

const all = files(out);
const pages = all.filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
const sized = pages.map((f) => {
  const html = readFileSync(f);
  return { page: '/' + relative(out, f).replace(/index\.html$/, ''), raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
});
sized.sort((a, b) => b.gzip - a.gzip);

const site = await serve(out);
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();

/** Bytes of every response a page load fetches, by kind. */
async function transfer(path: string, ready?: () => Promise<unknown>) {
  const seen: { url: string; bytes: number; gzip: number; type: string }[] = [];
  const onResponse = async (res: import('playwright-core').Response) => {
    try {
      const body = await res.body();
      // What a host that gzips text (GitHub Pages does) would send; Pagefind's index files
      // are already compressed and barely shrink.
      seen.push({ url: res.url(), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, type: res.request().resourceType() });
    } catch {
      /* redirects have no body */
    }
  };
  page.on('response', onResponse);
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  if (ready) await ready();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return seen;
}

const reading = await transfer('/dik/hasil-pelayanan-kalibrasi/');
const readingJs = reading.filter((r) => r.type === 'script' || r.url.endsWith('.js')).reduce((n, r) => n + r.bytes, 0);
const register = await transfer('/dik/');
const registerJsInline = (readFileSync(join(out, 'dik/index.html'), 'utf8').match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? []).join(
  '',
).length;
const search = await transfer(`/cari/?q=${encodeURIComponent(query)}`, () =>
  page.locator('pagefind-results a').first().waitFor({ timeout: 15_000 }),
);
const pf = search.filter((r) => r.url.includes('/pagefind/'));
const pfBytes = pf.reduce((n, r) => n + r.bytes, 0);
const pfGzip = pf.reduce((n, r) => n + r.gzip, 0);
const pfIndexOnly = pf.filter((r) => !/component-ui\.(js|css)$/.test(r.url)).reduce((n, r) => n + r.bytes, 0);
await browser.close();
await site.close();

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const report = {
  buildSeconds: Number(buildSeconds.toFixed(2)),
  pages: pages.length,
  outputBytes: all.reduce((n, f) => n + statSync(f).size, 0),
  largestPages: sized.slice(0, 3),
  readingPage: { path: '/dik/hasil-pelayanan-kalibrasi/', javascriptBytes: readingJs, requests: reading.length },
  registerPage: { inlineScriptBytes: registerJsInline, requests: register.length },
  search: {
    query,
    pagefindBytes: pfBytes,
    pagefindGzipBytes: pfGzip,
    pagefindIndexBytes: pfIndexOnly,
    requests: pf.length,
    files: pf.map((r) => ({ file: new URL(r.url).pathname, bytes: r.bytes, gzip: r.gzip })),
  },
};
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/bench-site.json', JSON.stringify(report, null, 2));
console.log(`build                          ${report.buildSeconds} s`);
console.log(`pages (HTML)                   ${report.pages}`);
console.log(`output                         ${kb(report.outputBytes)}`);
for (const p of report.largestPages) console.log(`largest page ${p.page.padEnd(18)} ${kb(p.gzip)} gzip (${kb(p.raw)} raw)`);
console.log(`JS on a reading page           ${readingJs} bytes (${reading.length} requests)`);
console.log(`inline JS on /dik/ (filter)    ${registerJsInline} bytes`);
console.log(
  `Pagefind for "${query}"         ${kb(pfBytes)} raw, ${kb(pfGzip)} gzip, ` +
    `in ${pf.length} requests (${kb(pfIndexOnly)} raw without the UI's JS/CSS)`,
);
for (const f of report.search.files) console.log(`  ${f.file.padEnd(44)} ${kb(f.bytes).padStart(9)} ${kb(f.gzip).padStart(9)} gzip`);
