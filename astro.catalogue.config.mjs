// @ts-check
// The catalogue mode (issue 16): the same project builds a PPID Utama's catalogue over its
// members' registers from katalog/ (npm run catalogue harvests it first). Its pages are in
// src/katalog/pages; components, layouts, styles and every layer below are shared.
import { defineConfig } from 'astro/config';
import { catalogueCheck, catalogueSearchIndex, SECURITY, settingsOrExit, siteSumsList } from './src/build/integrations.ts';

const settings = settingsOrExit();

export default defineConfig({
  site: settings.site,
  base: settings.base,
  srcDir: './src/katalog',
  publicDir: './public',
  outDir: settings.catalogueOutDir,
  cacheDir: settings.cacheDir,
  trailingSlash: 'always',
  build: { concurrency: 4 },
  security: SECURITY,
  markdown: { syntaxHighlight: false },
  integrations: [catalogueCheck(), catalogueSearchIndex(), siteSumsList()],
});
