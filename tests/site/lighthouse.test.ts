// Lighthouse (npm lighthouse, Debian's Chromium) on the home, the register, an entry and a
// version page of the built shipped site. Scores are written to .tmp/lighthouse.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '#build/tools/serve.ts';

const PAGES = ['/', '/dik/', '/dik/hasil-pelayanan-kalibrasi/', '/versi/dik-2025-03/'];
const MIN = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 } as const;

let site: Awaited<ReturnType<typeof serve>>;
let chrome: chromeLauncher.LaunchedChrome;
const scores: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  site = await serve(inject('siteDir'));
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  for (const path of PAGES) {
    const r = await lighthouse(site.origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(MIN),
    });
    scores[path] = Object.fromEntries(Object.entries(r!.lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
  }
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/lighthouse.json', JSON.stringify(scores, null, 2));
}, 240_000);

afterAll(async () => {
  await chrome?.kill();
  await site?.close();
});

describe('Lighthouse', () => {
  for (const path of PAGES) {
    it(`${path}: accessibility and best practices 100, performance and SEO 95 or more`, () => {
      for (const [category, min] of Object.entries(MIN))
        expect(scores[path]?.[category], `${path} ${category}`).toBeGreaterThanOrEqual(min);
    });
  }
});
