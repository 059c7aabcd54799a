#!/usr/bin/env node
// npm run bench [-- 100 1000 10000] [--decrees 10] [--query data]
// Generates synthetic registers (fictional, seeded) with N entries and 10 decrees, builds
// each with the real build (site, search index, PDF archives) from a cold cache and again
// with the archive cache, builds a bare Astro site of the same number of plain pages and a
// Starlight site of the same entries as MDX pages (cold and with its cache) in the same run,
// and reports wall time, peak memory, pages, output size, the Pagefind payload of a query and
// PDF time. Prints progress, a table, and writes .tmp/bench.json. Figures are measured, never
// asserted.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkContent } from '#content/check.ts';
import { writeSyntheticContent } from '#build/tools/synthetic-tree.ts';
import { publishVersions } from '#publish/versions.ts';
import { launch } from '#build/tools/browser.ts';
import { serve } from '#build/tools/serve.ts';
import { cliArgs, cliSettings } from './lib/cli.ts';
import { files, timed } from './lib/bench.ts';

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

/**
 * Starlight, installed only for the bench, from its own pinned lockfile (scripts/bench-starlight)
 * into .tmp, and reinstalled only when that lockfile changes.
 */
function installStarlight(): string {
  const dir = join(REPO, '.tmp/bench-starlight');
  const lock = readFileSync(join(REPO, 'scripts/bench-starlight/package-lock.json'), 'utf8');
  if (existsSync(join(dir, 'node_modules/@astrojs/starlight')) && readFileSync(join(dir, 'package-lock.json'), 'utf8') === lock) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) cpSync(join(REPO, 'scripts/bench-starlight', f), join(dir, f));
  log('memasang Starlight untuk pembanding (sekali)…');
  // `npm ci` refuses this lockfile over an optional Windows-only package npm 11 leaves out of it;
  // `npm install` with the lockfile present installs exactly the locked versions.
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm install (Starlight) gagal:\n${r.stderr.slice(-3000)}`);
  return dir;
}

/** MDX text: the entry's words shown as text, never read as JSX or HTML. */
const mdxText = (s: string) => s.replace(/[\\{}<>*_`#[\]|]/g, (c) => `\\${c}`);

/**
 * A Starlight site with the register's entries in force as MDX pages (title, legal basis,
 * consequence test, period), and Starlight's own Pagefind search. The sidebar holds one link:
 * Starlight's default would list all the pages on every page, which no one would ship at this
 * size, so the comparison is with Starlight at its fastest reasonable setting.
 */
function makeStarlight(dir: string, register: string) {
  const { entries } = JSON.parse(readFileSync(register, 'utf8')) as {
    entries: {
      id: string;
      title: string;
      legalBasisText: string[];
      consequence: { opened: string; closed: string };
      period: { text: string };
    }[];
  };
  // The site is written inside the install folder: Astro cannot compile Starlight's components
  // through a symlinked node_modules. Each size starts from nothing but the install.
  for (const d of ['src', 'dist', '.cache']) rmSync(join(dir, d), { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(docs, 'dik'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      // Its own cache folder, outside node_modules, so that each size starts cold.
      'export default defineConfig({',
      "  cacheDir: './.cache',",
      '  integrations: [',
      '    starlight({',
      "      title: 'Daftar Informasi yang Dikecualikan',",
      "      locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } },",
      "      sidebar: [{ label: 'Beranda', link: '/' }],",
      '    }),',
      '  ],',
      '});',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(docs, 'index.mdx'),
    `---\ntitle: Daftar Informasi yang Dikecualikan\n---\n\n${entries.length} informasi dikecualikan.\n`,
  );
  for (const e of entries)
    writeFileSync(
      join(docs, 'dik', `${e.id}.mdx`),
      [
        '---',
        `title: ${JSON.stringify(e.title)}`,
        '---',
        '',
        '## Dasar hukum',
        '',
        ...e.legalBasisText.map((t) => `- ${mdxText(t)}`),
        '',
        '## Uji konsekuensi',
        '',
        `**Jika dibuka:** ${mdxText(e.consequence.opened)}`,
        '',
        `**Jika ditutup:** ${mdxText(e.consequence.closed)}`,
        '',
        '## Jangka waktu',
        '',
        mdxText(e.period.text),
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
  /** Starlight with the same entries in force as MDX pages, cold and with its own cache. */
  starlightPages: number;
  starlightSeconds: number;
  starlightPeakMb: number;
  starlightWarmSeconds: number;
  overhead: number;
  outputMb: number;
  largestPage: { path: string; gzipKb: number };
  pagefindKb: number;
  pdfSeconds: number;
}
const rows: Row[] = [];
const starlightInstall = installStarlight();
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

  log(`${n} entri: membangun situs Starlight dengan ${entries} halaman MDX…`);
  const starlightDir = starlightInstall;
  const lastDecree = readdirSync(join(dir, 'content/decrees')).sort().at(-1)!;
  makeStarlight(starlightDir, join(dir, 'content/decrees', lastDecree, 'register.json'));
  const astroIn = (d: string) => [process.execPath, join(d, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const starlight = timed(astroIn(starlightDir), starlightDir, {});
  const starlightPages = files(join(starlightDir, 'dist')).filter((f) => f.endsWith('.html')).length;
  // Its rebuild keeps Starlight's own cache (content store, optimised assets), as ours keeps the archives.
  rmSync(join(starlightDir, 'dist'), { recursive: true, force: true });
  const starlightWarm = timed(astroIn(starlightDir), starlightDir, {});

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
    starlightPages,
    starlightSeconds: starlight.seconds,
    starlightPeakMb: starlight.peakMb,
    starlightWarmSeconds: starlightWarm.seconds,
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
  'Starlight s (hlm, RAM MB)',
  'Starlight ulang s',
  'build / Starlight',
  'build ulang / Starlight',
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
      `${r.starlightSeconds} (${r.starlightPages}, ${r.starlightPeakMb})`,
      r.starlightWarmSeconds,
      Number((r.buildSeconds / r.starlightSeconds).toFixed(2)),
      Number((r.warmSeconds / r.starlightSeconds).toFixed(2)),
      r.outputMb,
      `${r.largestPage.path} ${r.largestPage.gzipKb} kB`,
      r.pagefindKb,
      r.pdfSeconds,
    ].join(' | '),
  );
