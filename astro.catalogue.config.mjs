// @ts-check
// The catalogue mode (issue 16): the same project builds a PPID Utama's catalogue over its
// members' registers from katalog/ (npm run catalogue harvests it first). Its pages are in
// src/katalog/pages; components, layouts, styles and every layer below are shared.
import { defineConfig } from 'astro/config';
import { catalogueCheck, catalogueSearchIndex, settingsOrExit, siteSumsList } from './src/build/integrations.ts';

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
  // As the register's own site; the search page adds its members' addresses to connect-src.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  markdown: { syntaxHighlight: false },
  integrations: [catalogueCheck(), catalogueSearchIndex(), siteSumsList()],
});
