// Per-page size budgets from budgets.json, on every built page: HTML and CSS as sent
// (gzip), JavaScript by its bytes, inline and linked.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { REPO } from '../helpers/content.ts';

interface Rule {
  path: string;
  exact?: boolean;
  htmlGzip: number;
  cssGzip: number;
  jsBytes: number;
}
const { rules } = JSON.parse(readFileSync(join(REPO, 'budgets.json'), 'utf8')) as { rules: Rule[] };
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' ? [] : pages(p);
    return n.endsWith('.html') ? [p] : [];
  });
}

/** What one page costs: its HTML, its CSS (inline and linked), its JavaScript (inline and linked). */
function pageWeight(dir: string, file: string) {
  const html = readFileSync(file, 'utf8');
  const local = (href: string) => {
    const p = join(dir, href.replace(/^\//, '').split(/[?#]/)[0]!);
    return existsSync(p) ? readFileSync(p) : Buffer.alloc(0);
  };
  const css =
    [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('') +
    [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!).toString()).join('');
  // A data block (JSON-LD) is not JavaScript: the browser never runs it.
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join('');
  const srcJs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].reduce((n, m) => n + local(m[1]!).length, 0);
  return { htmlGzip: gz(html), cssGzip: css ? gz(css) : 0, jsBytes: Buffer.byteLength(inlineJs) + srcJs };
}

for (const [name, dir] of [
  ['shipped content', inject('siteDir')],
  ['multi-version fixture', inject('versionsSiteDir')],
] as const) {
  describe(`size budgets: ${name}`, () => {
    it('every page is within its budget', () => {
      const over: string[] = [];
      for (const f of pages(dir)) {
        const path =
          '/' +
          relative(dir, f)
            .replace(/index\.html$/, '')
            .split('\\')
            .join('/');
        const rule = rules.find((r) => (r.exact ? path === r.path : path.startsWith(r.path)))!;
        const w = pageWeight(dir, f);
        for (const k of ['htmlGzip', 'cssGzip', 'jsBytes'] as const) if (w[k] > rule[k]) over.push(`${path}: ${k} ${w[k]} > ${rule[k]}`);
      }
      expect(over).toEqual([]);
    });
  });
}

describe('the budget check itself', () => {
  it("measures a page's JavaScript, inline and linked", () => {
    const w = pageWeight(inject('siteDir'), join(inject('siteDir'), 'cari/index.html'));
    expect(w.jsBytes).toBeGreaterThan(100_000);
    const reading = pageWeight(inject('siteDir'), join(inject('siteDir'), 'dik/hasil-pelayanan-kalibrasi/index.html'));
    expect(reading.jsBytes).toBe(0);
    expect(reading.cssGzip).toBeGreaterThan(1000);
  });
});
