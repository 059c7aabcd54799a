// Every public page's words live in the strings module (src/domain/strings/), so wording is
// changed in one place. Templates hold markup and expressions; the only words left in them
// are file names shown as links.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { richParts } from '#site/rich-text.ts';
import { REPO } from '../helpers/content.ts';

/** Words written in a template's markup (not in an expression, a script or a style). */
function templateWords(source: string): string[] {
  let t = source.split(/^---$/m).slice(2).join('---');
  t = t.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ');
  const attributes = [...t.matchAll(/\b(?:aria-label|title|description|placeholder|alt|label|caption)="([^"]*)"/g)].map((m) => m[1]!);
  let before;
  do {
    before = t;
    t = t.replace(/\{[^{}]*\}/g, ' ');
  } while (t !== before);
  t = t.replace(/<[^>]*>/g, ' ');
  return [...t.split(/\s+/), ...attributes.flatMap((a) => a.split(/\s+/))].filter(
    (w) => /\p{L}{3,}/u.test(w) && !/^[\w-]+(\.[\w-]+)+$/.test(w),
  );
}

describe('strings module', () => {
  it('no page, component or layout writes words of its own', () => {
    const files = ['src/pages', 'src/katalog', 'src/components', 'src/layouts'].flatMap((d) =>
      readdirSync(join(REPO, d), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.astro'))
        .map((f) => join(d, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => templateWords(readFileSync(join(REPO, f), 'utf8')).map((w) => `${f}: ${w}`));
    expect(found).toEqual([]);
  });

  it('the scan sees words in markup and in attributes, and none in expressions or file names', () => {
    const page = [
      '---',
      'const t = 1;',
      '---',
      '<p>{t.title} <a href="x">dik.json</a></p>',
      '<h2>Berkas lain</h2>',
      '<nav aria-label="Halaman daftar"></nav>',
      '<script>const s = "Memuat";</script>',
    ].join('\n');
    expect(templateWords(page)).toEqual(['Berkas', 'lain', 'Halaman', 'daftar']);
  });

  it('a sentence keeps its code and links as text; only the page gives addresses', () => {
    expect(richParts('Jalankan `sha256sum` di [halaman versi](0).', ['/versi/'])).toEqual([
      { kind: 'text', text: 'Jalankan ' },
      { kind: 'code', text: 'sha256sum' },
      { kind: 'text', text: ' di ' },
      { kind: 'link', text: 'halaman versi', href: '/versi/' },
      { kind: 'text', text: '.' },
    ]);
    expect(richParts('<b>tebal</b> & [tautan](1)', ['/a/', '/b/']).map((p) => p.text)).toEqual(['<b>tebal</b> & ', 'tautan']);
    expect(() => richParts('[tanpa alamat](2)', ['/a/'])).toThrow(/no address 2/);
  });
});
