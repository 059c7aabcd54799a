// Every page of the built site, as a visitor's browser sees it: served over HTTP, opened in
// Debian's Chromium, checked with axe-core (WCAG 2.2 AA), at a phone's width, with every
// internal link and anchor resolved, and every HTML file validated.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_GLOB } from '#publish/search-index.ts';
import { launch } from '#build/tools/browser.ts';
import { serve } from '#build/tools/serve.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function htmlFiles(d: string): string[] {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' ? [] : htmlFiles(p);
    return n.endsWith('.html') ? [p] : [];
  });
}

/** Sitemap URLs, as paths on our own server. */
function sitemapPaths(dir: string): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((p) => [...readFileSync(join(dir, p), 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

interface PageFacts {
  status: number;
  title: string;
  description: string | null;
  lang: string | null;
  h1: number;
  links: string[];
  ids: string[];
  scrollWidth: number;
  clientWidth: number;
  violations: { id: string; nodes: number; help: string }[];
}
// The shipped site, and the fictional multi-version fixture (superseded, future and pending
// versions, diffs, the compare form).
for (const [name, dir] of [
  ['shipped content', inject('siteDir')],
  ['multi-version fixture', inject('versionsSiteDir')],
  ['MDX narrative fixture', inject('narrativeSiteDir')],
] as const)
  describe(name, () => {
    const facts = new Map<string, PageFacts>();
    let site: Awaited<ReturnType<typeof serve>>;

    beforeAll(async () => {
      site = await serve(dir);
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      for (const path of sitemapPaths(dir)) {
        const res = await page.goto(site.origin + path, { waitUntil: 'load' });
        const dom = await page.evaluate(() => ({
          title: document.title,
          description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
          lang: document.documentElement.getAttribute('lang'),
          h1: document.querySelectorAll('h1').length,
          links: [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(
            (e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src,
          ),
          ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        facts.set(path, {
          status: res?.status() ?? 0,
          ...dom,
          violations: axe.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, help: v.help })),
        });
      }
      await context.close();
    }, 300_000);

    afterAll(async () => {
      await site?.close();
    });

    describe('every page in the sitemap', () => {
      it('the sitemap lists every built page except the 404 page', () => {
        const built = htmlFiles(dir)
          .map(
            (f) =>
              '/' +
              relative(dir, f)
                .replace(/index\.html$/, '')
                .replace(/\\/g, '/'),
          )
          .filter((p) => p !== '/404.html')
          .sort();
        expect([...facts.keys()].sort()).toEqual(built);
        expect(facts.size).toBeGreaterThan(30);
      });

      it('returns 200, in Indonesian, with a unique title, a description and one h1', () => {
        const titles = new Set<string>();
        for (const [path, f] of facts) {
          expect(f.status, path).toBe(200);
          expect(f.lang, path).toBe('id');
          expect(f.description?.length, path).toBeGreaterThan(30);
          expect(f.h1, path).toBe(1);
          expect(titles.has(f.title), `duplicate title ${f.title}`).toBe(false);
          titles.add(f.title);
        }
      });

      it('has zero axe-core violations (WCAG 2.2 AA)', () => {
        const all = [...facts].flatMap(([path, f]) => f.violations.map((v) => `${path}: ${v.id} (${v.nodes}) ${v.help}`));
        expect(all).toEqual([]);
      });

      it('has no horizontal page scroll at 320 px', () => {
        const wide = [...facts].filter(([, f]) => f.scrollWidth > f.clientWidth).map(([p, f]) => `${p}: ${f.scrollWidth}px`);
        expect(wide).toEqual([]);
      });

      it('every internal link and anchor resolves', () => {
        const broken: string[] = [];
        for (const [from, f] of facts) {
          for (const href of f.links) {
            const u = new URL(href);
            if (u.origin !== site.origin) continue;
            const path = decodeURIComponent(u.pathname);
            const file = path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
            if (!existsSync(file)) {
              broken.push(`${from} → ${path} (no such file)`);
              continue;
            }
            if (u.hash) {
              const target = facts.get(path);
              const id = decodeURIComponent(u.hash.slice(1));
              if (!target) broken.push(`${from} → ${path}${u.hash} (anchor on a page outside the sitemap)`);
              else if (!target.ids.includes(id)) broken.push(`${from} → ${path}${u.hash} (no such anchor)`);
            }
          }
        }
        expect(broken).toEqual([]);
      });
    });

    describe('HTML validation', () => {
      it('every HTML file is valid (html-validate, recommended rules)', async () => {
        // The repository's .htmlvalidate.json, whatever folder the build was written to.
        const validator = new HtmlValidate(JSON.parse(readFileSync(join(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')));
        const problems: string[] = [];
        for (const f of htmlFiles(dir)) {
          const report = await validator.validateString(readFileSync(f, 'utf8'), f);
          for (const r of report.results)
            for (const m of r.messages) problems.push(`${relative(dir, f)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
        }
        expect(problems).toEqual([]);
      });
    });

    it('every page with searchable text is one Pagefind reads, and the search index holds them', () => {
      const searchable = htmlFiles(dir)
        .filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'))
        .map((f) => relative(dir, f));
      expect(searchable.length).toBeGreaterThan(10);
      expect(searchable.filter((f) => !matchesGlob(f, SEARCH_GLOB))).toEqual([]);
      // And the pattern leaves out the pages that hold none (lists, versions, histories).
      const skipped = htmlFiles(dir)
        .map((f) => relative(dir, f))
        .filter((f) => !matchesGlob(f, SEARCH_GLOB));
      expect(skipped).toContain('riwayat/' + readdirSync(join(dir, 'riwayat'))[0] + '/index.html');
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(searchable.length);
    });
  });
