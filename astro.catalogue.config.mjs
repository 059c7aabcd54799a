// @ts-check
// The catalogue mode (issue 16): the same project builds a PPID Utama's catalogue over its
// members' registers from katalog/ (npm run catalogue harvests it first). Its pages are in
// src/katalog/pages; components, layouts, styles and every layer below are shared.
import { defineConfig } from 'astro/config';
import { catalogueCheck, catalogueSearchIndex, settingsOrExit, sharedConfig, siteSumsList } from './src/build/integrations.ts';

const settings = settingsOrExit();

export default defineConfig({
  ...sharedConfig(settings),
  srcDir: './src/katalog',
  publicDir: './public',
  outDir: settings.catalogueOutDir,
  integrations: [catalogueCheck(), catalogueSearchIndex(), siteSumsList()],
});
