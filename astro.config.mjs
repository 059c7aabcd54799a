// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentCheck, searchIndex, SECURITY, settingsOrExit, siteSumsList } from './src/build/integrations.ts';
import { PERIOD_KIND_SLUGS } from './src/domain/routes.ts';

/** The old addresses of the period-kind pages (English ids): they only point on, unlisted. */
const movedPage = (/** @type {string} */ page) =>
  Object.keys(PERIOD_KIND_SLUGS).some((kind) => new URL(page).pathname.includes(`/dik/jangka-waktu/${kind}/`));

// Every PPID_* setting is read and checked once, in src/content/settings.ts.
const settings = settingsOrExit();

export default defineConfig({
  // The public address is the deployer's to set (e.g. the GitHub Pages URL). Without it, links
  // in the sitemap and the feed point at the local preview server that `npm start` runs.
  site: settings.site,
  base: settings.base,
  outDir: settings.outDir,
  // Tests and benchmarks build other content trees; their own cache keeps the default one clean.
  cacheDir: settings.cacheDir,
  trailingSlash: 'always',
  // Pages render on one thread; one at a time, it spends most of each page waiting for the
  // file to be written. A few at once keep it busy: rendering the 21,794 pages of a
  // 10,000-entry register took 43-52 s one at a time and 25-31 s four at a time (same files,
  // byte for byte).
  build: { concurrency: 4 },
  // One Content-Security-Policy for both sites (src/build/integrations.ts).
  security: SECURITY,
  // Astro renders no Markdown here either; its default highlighter would want inline styles.
  markdown: { syntaxHighlight: false },
  // No MDX integration: nothing in the site is ever compiled from MDX (entry narratives are
  // parsed and rendered by src/domain/narrative.ts), so no .mdx file can run code in a build.
  integrations: [
    contentCheck(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !movedPage(page) }),
    searchIndex(),
    // Last: the list of every file's SHA-256 needs every other file written.
    siteSumsList(),
  ],
});
