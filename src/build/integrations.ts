// The build's own steps around Astro's: the content check and the preparation of every
// version's files before the pages, the search index after them, and the data the pages
// need from the build (where the published files are, which day is today), handed over as
// the virtual module `virtual:ppid-dik/build` instead of through the environment.
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { fileURLToPath } from 'node:url';
import { settingsOr, type Settings } from '#content/settings.ts';
import { offerParsed } from '#content/offered.ts';
import { buildCatalogueSearchIndex, buildSearchIndex, type CatalogueSearchMember } from '#publish/search-index.ts';
import { CatalogueError, loadCatalogue } from '#content/catalogue.ts';
import { catalogueEntryAnchor, catalogueRoutes, routes } from '#domain/routes.ts';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeSiteSums } from '#publish/site-sums.ts';
import { prepareCached, type PublishResult } from './prepare.ts';
import { announcePublished } from '#site/published-ready.ts';
import { readPublished } from '#publish/versions.ts';
import { BUILD_LOG } from '#domain/strings.ts';

/** What the pages get from the build (see src/build/build-data.d.ts). */
export interface BuildData {
  /** Where the build has written every version's files; null in `astro dev`. */
  publishedDir: string | null;
  /** The day the check counted as today, so the pages count from the same day. */
  today: string | null;
  /** Every version's checked frozen register, oldest first, for the pages to read while the archives render. */
  registers: { id: string; path: string }[] | null;
}

const BUILD_DATA_MODULE = 'virtual:ppid-dik/build';

/**
 * A Content-Security-Policy on every page of both sites (the register's and the catalogue's):
 * scripts and styles only from the site itself or hashed by the build; Pagefind's search runs
 * WebAssembly, which needs 'wasm-unsafe-eval'. Nothing else may be loaded or posted to; the
 * catalogue's search page alone adds its members' addresses to connect-src. (frame-ancestors
 * works only as an HTTP header, which GitHub Pages does not let a site set.)
 */
const SECURITY: AstroUserConfig['security'] = {
  csp: {
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  },
};

/** What both sites (the register's, astro.config.mjs, and the catalogue's, astro.catalogue.config.mjs) are built with. */
export function sharedConfig(settings: Settings) {
  return {
    // The public address is the deployer's to set (e.g. the GitHub Pages URL). Without it, links
    // in the sitemap and the feed point at the local preview server that `npm start` runs.
    site: settings.site,
    base: settings.base,
    // Tests and benchmarks build other content trees; their own cache keeps the default one clean.
    cacheDir: settings.cacheDir,
    trailingSlash: 'always',
    // Pages render on one thread; one at a time, it spends most of each page waiting for the
    // file to be written. A few at once keep it busy: rendering the 21,794 pages of a
    // 10,000-entry register took 43-52 s one at a time and 25-31 s four at a time (same files,
    // byte for byte).
    build: { concurrency: 4 },
    security: SECURITY,
    // Astro renders no Markdown here; its default highlighter would want inline styles.
    markdown: { syntaxHighlight: false },
  } satisfies AstroUserConfig;
}

/**
 * The settings, or the bad one's message and exit 1: a mistyped setting is named before
 * anything is built, with no stack trace.
 */
export function settingsOrExit(): Settings {
  return settingsOr((message) => {
    console.error(`\n${message}\n`);
    process.exit(1);
  });
}

/**
 * Runs the same validation as `npm run check` before Astro loads the collections, so a
 * broken content file stops the build with the validator's message (file, field, rule, fix)
 * instead of a schema stack trace. Findings never stop a build: a register in force must
 * always publish. Then (build only) the archive PDFs of every version, rendered in parallel
 * and kept in the build cache by content hash (a frozen version's archive is made once), and
 * every version's files, written for the pages to read. All in a worker thread: the content
 * tree it loads is freed before the pages render.
 */
export function contentCheck(): AstroIntegration {
  const data: BuildData = { publishedDir: null, today: null, registers: null };
  let published: Promise<PublishResult | null> = Promise.resolve(null);
  let reused = false;
  return {
    name: 'ppid-dik:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger, config, updateConfig }) => {
        updateConfig({ vite: { plugins: [buildDataPlugin(data)] } });
        if (command !== 'build' && command !== 'dev') return;
        const s = settingsOrExit();
        const publishedDir = fileURLToPath(new URL('ppid-terbit/', config.cacheDir));
        const prepared = await prepareCached(
          {
            root: s.contentRoot,
            archiveCache: fileURLToPath(new URL('ppid-arsip/', config.cacheDir)),
            publishedDir,
            checkOnly: command !== 'build',
            color: process.stderr.isTTY,
          },
          s,
        );
        const r = prepared.checked;
        offerParsed(s.contentRoot, prepared.parsed);
        reused = prepared.reused;
        if (reused) logger.info(BUILD_LOG.prepareReused);
        if (r.report) {
          console.error('\n' + r.report + '\n');
          if (command === 'build') {
            logger.error(BUILD_LOG.stopped(r.errors, s.contentRoot));
            process.exit(1);
          }
        } else {
          logger.info(BUILD_LOG.contentValid(r.entries, r.findings, r.notes, r.today));
        }
        data.today = r.today;
        if (command === 'build') {
          // The archives render in the worker while Astro builds the pages; a version's page
          // waits for them (src/site/published-ready.ts), and the build for all of them below.
          data.publishedDir = publishedDir;
          data.registers = r.registers;
          published = prepared.published;
          announcePublished(published);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const p = await published;
        if (!p) return;
        if (!reused) logger.info(BUILD_LOG.archives(p.archives.rendered, p.archives.reused, p.archives.ms));
        // Every version's files, byte for byte, at /versi/<id>/<name>.
        const out = fileURLToPath(dir);
        for (const v of readPublished(data.publishedDir!))
          for (const f of v.files) {
            const target = join(out, `.${routes.versionFile(v.id, f.name)}`);
            mkdirSync(dirname(target), { recursive: true });
            copyFileSync(f.path, target);
          }
      },
    },
  };
}

/** The virtual module the pages import the build's data from, read when a page asks. */
function buildDataPlugin(data: BuildData) {
  const resolved = `\0${BUILD_DATA_MODULE}`;
  return {
    name: 'ppid-dik:build-data',
    resolveId: (id: string) => (id === BUILD_DATA_MODULE ? resolved : undefined),
    load: (id: string) =>
      id === resolved
        ? Object.entries(data)
            .map(([k, v]) => `export const ${k} = ${JSON.stringify(v)};`)
            .join('\n')
        : undefined,
  };
}

/**
 * Writes the SHA-256 of every file of the finished site (data/berkas-situs.sha256): the
 * subject of the deploy's build attestation. Last of the integrations, after the sitemap and
 * the search index have written theirs.
 */
export function siteSumsList(): AstroIntegration {
  return {
    name: 'ppid-dik:site-sums',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(BUILD_LOG.siteSums(writeSiteSums(fileURLToPath(dir))));
      },
    },
  };
}

/** Builds the Pagefind search index over the finished site. A failure fails the build. */
export function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'ppid-dik:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('ppid-pagefind/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, reused } = await buildSearchIndex(fileURLToPath(dir), cacheDir);
        logger.info(reused ? BUILD_LOG.searchIndexReused(pages) : BUILD_LOG.searchIndex(pages));
      },
    },
  };
}

/**
 * The catalogue mode's check: the catalogue folder's own files are read before Astro starts,
 * so a mistake in katalog.json or anggota.json stops the build with the file, the field and
 * the fix, not a stack trace.
 */
export function catalogueCheck(): AstroIntegration {
  return {
    name: 'ppid-dik:catalogue-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const s = settingsOrExit();
        try {
          const tree = loadCatalogue(s.catalogueRoot);
          logger.info(BUILD_LOG.catalogue(tree.members.length, s.catalogueRoot));
        } catch (e) {
          if (!(e instanceof CatalogueError)) throw e;
          console.error(`\n${e.message}\n`);
          process.exit(1);
        }
      },
    },
  };
}

/**
 * The catalogue's search index, from its own open data (written by the build just before):
 * one record per member, its entries in force as sub-results leading to their rows on the
 * member's catalogue page.
 */
export function catalogueSearchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'ppid-dik:catalogue-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const data = JSON.parse(readFileSync(join(site, `.${catalogueRoutes.dataJson()}`), 'utf8')) as {
          members: { id: string; name: string }[];
          entries: { member: string; id: string; title: string; period: string; reason: string }[];
        };
        const at = (path: string) => `${base.replace(/\/$/, '')}${path}`;
        const members: CatalogueSearchMember[] = data.members.map((m) => ({
          url: at(catalogueRoutes.member(m.id)),
          id: m.id,
          name: m.name,
          entries: [],
        }));
        const byId = new Map(members.map((m) => [m.id, m]));
        // Why it is exempted, then for how long, as two sentences.
        const sentence = (s: string) => (!s || /[.…!?]$/.test(s) ? s : `${s}.`);
        for (const e of data.entries)
          byId.get(e.member)?.entries.push({
            anchor: catalogueEntryAnchor(e.id),
            title: e.title,
            text: [sentence(e.reason.length > 300 ? `${e.reason.slice(0, 300).trim()}…` : e.reason.trim()), e.period]
              .filter(Boolean)
              .join(' '),
          });
        const { pages } = await buildCatalogueSearchIndex(site, members);
        logger.info(BUILD_LOG.searchIndex(pages));
      },
    },
  };
}
