#!/usr/bin/env node
// npm run bench:catalogue [-- --members 1000] [--query kalibrasi] [--keep]
// The catalogue row of the benchmark (issue 16): fictional member sites with 10–100 entries
// each (their published files only: catalogue record, version list, manifest, frozen
// register, made from the shipped register's entries), harvested from local folders and built
// into the catalogue site, on this machine. Reports wall time and peak memory of the harvest
// and the build, pages, and the bytes one search query downloads. Measured, never asserted.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { canonicalJson, sha256Hex } from '#domain/canonical.ts';
import type { Decree, RegisterSnapshot } from '#domain/schema/index.ts';
import { catalogueRecordJson } from '#publish/catalogue-record.ts';
import { versionsJson } from '#publish/open-data.ts';
import { manifestJson } from '#publish/versions.ts';
import { launch } from '#build/tools/browser.ts';
import { serve } from '#build/tools/serve.ts';
import { cliArgs } from './lib/cli.ts';
import { files, timed } from './lib/bench.ts';

const usage = 'Pemakaian: npm run bench:catalogue -- [--members 1000] [--query kalibrasi] [--keep]';
const v = cliArgs(
  {
    members: { type: 'string', default: '1000' },
    query: { type: 'string', default: 'kalibrasi' },
    keep: { type: 'boolean', default: false },
  },
  usage,
);
const count = Number(v.members);
const REPO = resolve(import.meta.dirname, '..');
const TODAY = '2026-11-21';
const base = mkdtempSync(join(tmpdir(), 'ppid-bench-katalog-'));
const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

// The shipped register's entries and decree are the templates; the titles vary per member so
// that some are alike across members and some are not.
const seedDir = join(REPO, 'content/decrees/dik-2025-03');
const seed = JSON.parse(readFileSync(join(seedDir, 'register.json'), 'utf8')) as RegisterSnapshot;
const seedDecree = JSON.parse(readFileSync(join(seedDir, 'decree.json'), 'utf8')) as Decree;
const WORDS = 'tahunan triwulan bidang wilayah kabupaten provinsi internal rahasia teknis pengadaan perizinan pengawasan'.split(' ');

function writeMember(dir: string, i: number): number {
  const n = 10 + ((i * 37) % 91);
  const name = `Badan Fiktif ${i + 1}`;
  const entries = Array.from({ length: n }, (_, j) => {
    const t = seed.entries[j % seed.entries.length]!;
    const title = `${t.title} ${WORDS[(i + j) % WORDS.length]} ${WORDS[(i * 7 + j * 3) % WORDS.length]}`;
    return { ...t, number: j + 1, id: `entri-${j + 1}`, title };
  });
  const snapshot = { ...seed, body: { name }, entries };
  const register = canonicalJson(snapshot);
  const registerSha256 = sha256Hex(register);
  const manifest = manifestJson(snapshot, registerSha256, null, [
    { name: 'register.json', bytes: Buffer.from(register), sha256: registerSha256 },
  ]);
  const manifestSha256 = sha256Hex(manifest);
  const decree = { ...seedDecree, register: { ...seedDecree.register, sha256: registerSha256 } } as Decree;
  const vdir = join(dir, 'versi', seed.decreeId);
  mkdirSync(vdir, { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(vdir, 'register.json'), register);
  writeFileSync(join(vdir, 'manifest.json'), manifest);
  writeFileSync(
    join(dir, 'data/versi.json'),
    versionsJson({ decrees: [{ id: seed.decreeId, data: decree }], inForceId: seed.decreeId, today: TODAY, base: '' }),
  );
  writeFileSync(
    join(dir, 'data/katalog.jsonld'),
    catalogueRecordJson({
      siteUrl: `https://anggota-${i + 1}.contoh.go.id`,
      base: '',
      body: { name, region: { name: 'Provinsi Fiktif', code: null } },
      inForce: { id: seed.decreeId, decree, registerSha256, manifestSha256 },
    }),
  );
  return n;
}

log(`${count} anggota fiktif di ${base}`);
const root = join(base, 'katalog');
mkdirSync(root, { recursive: true });
let entries = 0;
const members = Array.from({ length: count }, (_, i) => {
  entries += writeMember(join(base, 'anggota', String(i + 1)), i);
  return { id: `anggota-${i + 1}`, source: `../anggota/${i + 1}` };
});
writeFileSync(join(root, 'katalog.json'), JSON.stringify({ name: 'Katalog Fiktif', timeZone: 'Asia/Makassar' }));
writeFileSync(join(root, 'anggota.json'), JSON.stringify(members));
log(`${entries} entri; memanen`);
const env = { PPID_CATALOGUE: root, PPID_TODAY: TODAY, PPID_CATALOGUE_OUT_DIR: join(base, 'situs'), PPID_CACHE_DIR: join(base, 'cache') };
const harvest = timed([process.execPath, 'scripts/catalogue.ts'], REPO, env);
log(`panen ${harvest.seconds} s; membangun`);
const build = timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--config', 'astro.catalogue.config.mjs'], REPO, env);
const out = join(base, 'situs');
const pages = files(out).filter((f) => f.endsWith('.html')).length;

log(`mengukur pencarian "${v.query}"`);
const site = await serve(out);
const browser = await launch();
const page = await (await browser.newContext()).newPage();
const seen: { url: string; bytes: number; gzip: number }[] = [];
page.on('response', async (res) => {
  try {
    const body = await res.body();
    seen.push({ url: res.url(), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
  } catch {
    /* a redirect has no body */
  }
});
await page.goto(`${site.origin}/cari/`, { waitUntil: 'networkidle' });
const before = seen.length;
await page.fill('#q', v.query);
await page.press('#q', 'Enter');
await page.waitForFunction(() => /hasil/.test(document.querySelector('#cari-status')?.textContent ?? ''), null, { timeout: 60_000 });
await page.waitForLoadState('networkidle');
const results = await page.locator('#cari-hasil > li').count();
const query = seen.slice(before);
const all = seen.filter((r) => r.url.includes('/pagefind/'));
await browser.close();
await site.close();

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const sum = (l: typeof seen, k: 'bytes' | 'gzip') => l.reduce((n, r) => n + r[k], 0);
const report = {
  members: count,
  entries,
  harvest: { seconds: harvest.seconds, peakMb: harvest.peakMb },
  build: { seconds: build.seconds, peakMb: build.peakMb, pages },
  wallSeconds: Math.round((harvest.seconds + build.seconds) * 10) / 10,
  search: {
    query: v.query,
    results,
    queryRequests: query.length,
    queryBytes: sum(query, 'bytes'),
    queryGzip: sum(query, 'gzip'),
    withLoadBytes: sum(all, 'bytes'),
    withLoadGzip: sum(all, 'gzip'),
  },
};
mkdirSync(join(REPO, '.tmp'), { recursive: true });
writeFileSync(join(REPO, '.tmp/bench-catalogue.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`anggota                 ${count} (${entries} entri)`);
console.log(`panen                   ${harvest.seconds} s, puncak memori ${harvest.peakMb} MB`);
console.log(`bangun katalog          ${build.seconds} s, puncak memori ${build.peakMb} MB, ${pages} halaman`);
console.log(`total                   ${report.wallSeconds} s`);
console.log(
  `pencarian "${v.query}"      ${results} hasil; kueri: ${kb(report.search.queryBytes)} ` +
    `(${kb(report.search.queryGzip)} gzip) dalam ${query.length} permintaan; ` +
    `termasuk memuat Pagefind: ${kb(report.search.withLoadBytes)} (${kb(report.search.withLoadGzip)} gzip)`,
);
console.log(`panen (ringkasan)       ${harvest.stdout.trim().split('\n').at(-1)}`);
for (const r of [...query].sort((a, b) => b.gzip - a.gzip).slice(0, 4))
  console.log(`  ${new URL(r.url).pathname.padEnd(48)} ${kb(r.bytes)} (${kb(r.gzip)} gzip)`);
if (!v.keep) rmSync(base, { recursive: true, force: true });
