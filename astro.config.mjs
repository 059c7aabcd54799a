// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '#content/settings.ts';
import { pageSize } from '#site/paginate.ts';
import { prepareInWorker } from '#build/prepare.ts';
import { buildSearchIndex } from '#publish/search-index.ts';

/**
 * Runs the same validation as `npm run check` before Astro loads the collections, so a
 * broken content file stops the build with the validator's message (file, field, rule, fix)
 * instead of a schema stack trace. Findings never stop a build: a register in force must
 * always publish.
 * @returns {import('astro').AstroIntegration}
 */
function contentCheck() {
  return {
    name: 'ppid-dik:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        // A mistyped setting is named here, before anything is built, not deep in a page.
        try {
          pageSize('rows');
        } catch (e) {
          logger.error(/** @type {Error} */ (e).message);
          process.exit(1);
        }
        // The check, then (build only) the archive PDFs of every version, rendered in
        // parallel and kept in the build cache by content hash (a frozen version's archive is
        // made once), then every version's files written for the pages to read
        // (src/site-data.ts). All in a worker thread: the content tree it loads is freed
        // before the pages render.
        const published = fileURLToPath(new URL('ppid-terbit/', config.cacheDir));
        const r = await prepareInWorker({
          root: contentRoot(),
          archiveCache: fileURLToPath(new URL('ppid-arsip/', config.cacheDir)),
          publishedDir: published,
          checkOnly: command !== 'build',
          color: process.stderr.isTTY,
        });
        if (r.report) {
          console.error('\n' + r.report + '\n');
          if (command === 'build') {
            logger.error(`Build dihentikan: ${r.errors} galat pada konten (${contentRoot()}).`);
            process.exit(1);
          }
        } else {
          logger.info(`Konten valid: ${r.entries} entri, ${r.findings} temuan.`);
        }
        if (r.archives) logger.info(`Arsip PDF: ${r.archives.rendered} dibuat, ${r.archives.reused} dari cache (${r.archives.ms} ms).`);
        if (r.published) process.env.PPID_PUBLISHED = published;
      },
    },
  };
}

/**
 * Builds the Pagefind search index over the finished site. A failure throws and fails the
 * build.
 * @returns {import('astro').AstroIntegration}
 */
function searchIndex() {
  return {
    name: 'ppid-dik:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind: ${pages} halaman dibaca untuk indeks pencarian.`);
      },
    },
  };
}

export default defineConfig({
  // The public address is the deployer's to set (e.g. the GitHub Pages URL). Without it, links
  // in the sitemap and the feed point at the local preview server that `npm start` runs.
  site: process.env.PPID_SITE ?? 'http://127.0.0.1:4321',
  base: process.env.PPID_BASE || '/',
  outDir: process.env.PPID_OUT_DIR ?? './dist',
  // Tests and benchmarks build other content trees; their own cache keeps the default one clean.
  cacheDir: process.env.PPID_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Pages render on one thread; one at a time, it spends most of each page waiting for the
  // file to be written. A few at once keep it busy: rendering the 21,794 pages of a
  // 10,000-entry register took 43-52 s one at a time and 25-31 s four at a time (same files,
  // byte for byte).
  build: { concurrency: 4 },
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), searchIndex()],
  vite: {
    build: {
      rolldownOptions: {
        // @astrojs/mdx emits one harmless MODULE_LEVEL_DIRECTIVE warning per MDX file; with a
        // register of hundreds of entries they would bury every real warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
