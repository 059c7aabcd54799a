// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { contentCheck, searchIndex, settingsOrExit, sharedConfig, siteSumsList } from './src/build/integrations.ts';
import { PERIOD_KIND_SLUGS } from './src/domain/routes.ts';

/** The old addresses of the period-kind pages (English ids): they only point on, unlisted. */
const movedPage = (/** @type {string} */ page) =>
  Object.keys(PERIOD_KIND_SLUGS).some((kind) => new URL(page).pathname.includes(`/dik/jangka-waktu/${kind}/`));

// Every PPID_* setting is read and checked once, in src/content/settings.ts.
const settings = settingsOrExit();

export default defineConfig({
  ...sharedConfig(settings),
  outDir: settings.outDir,
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
