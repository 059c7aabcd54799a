#!/usr/bin/env node
// npm run bench [-- 100 1000 10000] [--decrees 10] [--query data]
// Generates synthetic registers (fictional, seeded) with N entries and 10 decrees, builds
// each with the real build (site, search index, PDF archives) from a cold cache and again
// with the archive cache, builds a bare Astro site of the same number of plain pages in the
// same run, and reports wall time, peak memory, pages, output size, the Pagefind payload of
// a query and PDF time. Prints progress, a table, and writes .tmp/bench.json. Figures are
// measured, never asserted.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkContent } from '#content/check.ts';
import { writeSyntheticContent } from '#build/tools/synthetic-tree.ts';
import { publishVersions } from '#publish/versions.ts';
import { launch } from '#build/tools/browser.ts';
import { serve } from '#build/tools/serve.ts';
import { cliArgs, cliSettings } from './lib/cli.ts';

const usage = 'Pemakaian: npm run bench -- [ukuran …, bawaan 100 1000 10000] [--decrees 10] [--query data] [--keep]';
const v = cliArgs(
  { decrees: { type: 'string', default: '10' }, query: { type: 'string', default: 'data' }, keep: { type: 'boolean', default: false } },
  usage,
  { positionals: true },
);
const sizes = v._.length ? v._.map(Number) : [100, 1000, 10000];
const decreeCount = Number(v.decrees);
const REPO = resolve(import.meta.dirname, '..');
const base = mkdtempSync(join(tmpdir(), 'ppid-bench-'));
const log = (s: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

/** Runs a command under GNU time: wall seconds and peak resident memory (MB). */
function timed(args: string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [secs, kb] = last.split(' ').map(Number);
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return { seconds: secs!, peakMb: Math.round(kb! / 1024) };
}

function files(d: string): string[] {
  return readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
}

/** A bare Astro project: `count` plain pages with about the text of an entry page. */
function makeBare(dir: string, count: number) {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', type: 'module', private: true }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  const paragraph = 'Informasi yang dikecualikan berdasarkan hasil uji konsekuensi. '.repeat(20);
  writeFileSync(
    join(dir, 'src/pages/[id].astro'),
    [
      '---',
      `export function getStaticPaths() { return Array.from({ length: ${count} }, (_, i) => ({ params: { id: 'p' + i } })); }`,
      'const { id } = Astro.params;',
      '---',
      `<html lang="id"><head><title>Halaman {id}</title></head><body><main><h1>Halaman {id}</h1><p>${paragraph}</p></main></body></html>`,
      '',
    ].join('\n'),
  );
}

interface Row {
  entries: number;
  decrees: number;
  pages: number;
  buildSeconds: number;
  peakMb: number;
  /** The same build again with the archive cache of the first. */
  warmSeconds: number;
  warmPeakMb: number;
  bareSeconds: number;
  barePeakMb: number;
  overhead: number;
  outputMb: number;
  largestPage: { path: string; gzipKb: number };
  pagefindKb: number;
  pdfSeconds: number;
}
const rows: Row[] = [];
for (const n of sizes) {
  const dir = join(base, `n${n}`);
  log(`${n} entri: membuat konten sintetis (${decreeCount} keputusan)…`);
  const entries = writeSyntheticContent(join(dir, 'content'), cliSettings().contentRoot, n, decreeCount);
  const check = checkContent(join(dir, 'content'), { today: '2026-11-21' });
  if (check.counts.error) throw new Error(`konten sintetis bergalat: ${check.problems.find((p) => p.severity === 'error')?.message}`);

  log(`${n} entri: waktu PDF (${decreeCount} arsip)…`);
  const pdfStart = performance.now();
  await publishVersions(check.tree, check.chain!);
  const pdfSeconds = (performance.now() - pdfStart) / 1000;

  log(`${n} entri: membangun situs…`);
  const out = join(dir, 'dist');
  const ours = timed([process.execPath, join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build'], REPO, {
    PPID_CONTENT: join(dir, 'content'),
    PPID_OUT_DIR: out,
    PPID_CACHE_DIR: join(dir, 'cache'),
    PPID_TODAY: '2026-11-21',
  });
  // Rebuilt with the same cache, as the next deploy would be: frozen archives are reused.
  log(`${n} entri: membangun ulang dengan cache arsip…`);
  rmSync(out, { recursive: true, force: true });
  const warm = timed([process.execPath, join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build'], REPO, {
    PPID_CONTENT: join(dir, 'content'),
    PPID_OUT_DIR: out,
    PPID_CACHE_DIR: join(dir, 'cache'),
    PPID_TODAY: '2026-11-21',
  });
  const all = files(out);
  const pages = all.filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
  const biggest = pages.map((f) => ({ f, gz: gzipSync(readFileSync(f)).length })).sort((a, b) => b.gz - a.gz)[0]!;

  log(`${n} entri: membangun situs Astro polos dengan ${pages.length} halaman…`);
  const bareDir = join(dir, 'bare');
  makeBare(bareDir, pages.length);
  const bare = timed([process.execPath, join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build'], bareDir, {});

  log(`${n} entri: Pagefind untuk "${v.query}" di Chromium…`);
  const site = await serve(out);
  const browser = await launch();
  const page = await (await browser.newContext()).newPage();
  let pf = 0;
  page.on('response', async (res) => {
    if (res.url().includes('/pagefind/')) pf += (await res.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${site.origin}/cari/?q=${encodeURIComponent(v.query)}`, { waitUntil: 'networkidle' });
  await page.locator('pagefind-results a').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await browser.close();
  await site.close();

  const row: Row = {
    entries,
    decrees: decreeCount,
    pages: pages.length,
    buildSeconds: ours.seconds,
    peakMb: ours.peakMb,
    warmSeconds: warm.seconds,
    warmPeakMb: warm.peakMb,
    bareSeconds: bare.seconds,
    barePeakMb: bare.peakMb,
    overhead: Number((ours.seconds / bare.seconds).toFixed(2)),
    outputMb: Number((all.reduce((s, f) => s + statSync(f).size, 0) / 1048576).toFixed(1)),
    largestPage: {
      path: '/' + biggest.f.slice(out.length + 1).replace(/index\.html$/, ''),
      gzipKb: Number((biggest.gz / 1024).toFixed(1)),
    },
    pagefindKb: Number((pf / 1024).toFixed(1)),
    pdfSeconds: Number(pdfSeconds.toFixed(1)),
  };
  rows.push(row);
  log(`${n} entri: selesai ${JSON.stringify(row)}`);
  if (!v.keep) rmSync(dir, { recursive: true, force: true });
}
if (!v.keep) rmSync(base, { recursive: true, force: true });

mkdirSync(join(REPO, '.tmp'), { recursive: true });
writeFileSync(join(REPO, '.tmp/bench.json'), JSON.stringify({ date: new Date().toISOString(), query: v.query, rows }, null, 2));
const head = [
  'entri',
  'kep.',
  'halaman',
  'build s',
  'RAM MB',
  'build ulang s',
  'Astro polos s',
  'rasio',
  'rasio ulang',
  'output MB',
  'hlm terbesar (gzip)',
  'Pagefind kB',
  'PDF s',
];
console.log(head.join(' | '));
console.log(head.map(() => '---').join(' | '));
for (const r of rows)
  console.log(
    [
      r.entries,
      r.decrees,
      r.pages,
      r.buildSeconds,
      r.peakMb,
      r.warmSeconds,
      r.bareSeconds,
      r.overhead,
      Number((r.warmSeconds / r.bareSeconds).toFixed(2)),
      r.outputMb,
      `${r.largestPage.path} ${r.largestPage.gzipKb} kB`,
      r.pagefindKb,
      r.pdfSeconds,
    ].join(' | '),
  );
