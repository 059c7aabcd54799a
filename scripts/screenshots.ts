#!/usr/bin/env node
// Takes screenshots of the built site (dist/, or PPID_OUT_DIR) at phone and desktop widths
// into .tmp/shots/, to look at pages as a person would. Usage: node scripts/screenshots.ts [path…]
import { mkdirSync } from 'node:fs';
import { launch } from '#build/tools/browser.ts';
import { serve } from '#build/tools/serve.ts';
import { cliSettings } from './lib/cli.ts';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/dik/', '/dik/hasil-pelayanan-kalibrasi/', '/dasar-hukum/huruf-b/', '/sop/', '/kepatuhan/', '/cari/?q=kalibrasi', '/data/'];
const site = await serve(cliSettings().outDir);
const browser = await launch();
mkdirSync('.tmp/shots', { recursive: true });
for (const [name, width] of [
  ['phone', 320],
  ['desktop', 1280],
] as const) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  for (const p of paths) {
    await page.goto(site.origin + p, { waitUntil: 'networkidle' });
    const file = `.tmp/shots/${name}${p.replace(/[/?=]+/g, '_')}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
await site.close();
