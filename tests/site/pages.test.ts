// Every page of the built site, as a visitor's browser sees it: served over HTTP, opened in
// Debian's Chromium, checked with axe-core (WCAG 2.2 AA), at a phone's width, with every
// internal link and anchor resolved, and every HTML file validated.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, matchesGlob, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_GLOB } from '#publish/search-index.ts';
import { lastContentChange } from '#content/history.ts';
import { TEST_TODAY } from '../helpers/global-setup.ts';
import { REPO } from '../helpers/content.ts';
import { launch } from '#build/tools/browser.ts';
import { serve } from '#build/tools/serve.ts';

/** The checker's jar, from the vnu-jar package (its Java download step is not allowed to run). */
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

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
  /** The footer's line on the register in force and the last change; whether the stale notice shows. */
  currency: string | null;
  stale: boolean;
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
          currency: document.querySelector('footer .currency')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
          stale: !!document.querySelector('main > p.notice.stale:first-child'),
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
      it('the sitemap lists every built page except the 404 page and the old addresses that point on', () => {
        const built = htmlFiles(dir)
          .filter((f) => !readFileSync(f, 'utf8').includes('http-equiv="refresh"'))
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

      it('says on every page which register is in force, since when, when the content last changed and the day it was built for', () => {
        // The fixtures are committed content: the date is the last commit that touched them,
        // unknown (and then not said) only in a shallow clone.
        const dated = lastContentChange(REPO, TEST_TODAY) !== null;
        const line = new RegExp(
          '^Daftar yang berlaku ditetapkan di Kupang pada \\S.* dan berlaku sejak \\d{1,2} \\S+ \\d{4}\\. Lihat keputusannya\\.' +
            (dated ? ' Isi situs ini terakhir diubah \\d{1,2} \\S+ \\d{4}\\.' : '') +
            // The day the build counted from (PPID_TODAY in the tests), which decides what is in force.
            ' Halaman ini disusun pada 21 November 2026; status berlaku dihitung per tanggal itu\\.$',
        );
        for (const [path, f] of facts) expect(f.currency, path).toMatch(line);
        const stale = [...facts].filter(([, f]) => f.stale).length;
        // Today in the tests is 2026-11-21: the shipped register (March 2025) is past 12 months;
        // the fixtures' registers in force (June 2026, January 2026) are not.
        expect(stale).toBe(name === 'shipped content' ? facts.size : 0);
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

      it("every HTML file passes the W3C Nu HTML checker (vnu.jar on Debian's Java): no error, no warning", async () => {
        // The checker browsers' makers use; it parses as a browser does, so it also sees what
        // html-validate's parser forgives (a script after </html>). Pages are fetched over HTTP,
        // as a reader gets them, so that the Content-Security-Policy's 'self' means this site.
        const urls = htmlFiles(dir).map(
          (f) =>
            `${site.origin}/${relative(dir, f)
              .replace(/\\/g, '/')
              .replace(/index\.html$/, '')}`,
        );
        const args = ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', vnuJar, '--format', 'json', ...urls];
        // Asynchronously: the server answering the checker runs in this very process.
        const stderr = await new Promise<string>((resolve, reject) =>
          execFile('java', args, { encoding: 'utf8', maxBuffer: 64 << 20 }, (err, _out, errText) =>
            err && !errText
              ? reject(new Error(`java (Debian: default-jre-headless) could not run vnu.jar: ${err.message}`))
              : resolve(errText),
          ),
        );
        const { messages } = JSON.parse(stderr) as {
          messages: { type: string; subType?: string; url: string; lastLine?: number; message: string }[];
        };
        const said = messages.map((m) => `${m.url.replace(site.origin, '')}:${m.lastLine ?? 0} ${m.subType ?? m.type} ${m.message}`);
        expect(urls.length).toBeGreaterThan(30);
        expect(said).toEqual([]);
      }, 180_000);
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
