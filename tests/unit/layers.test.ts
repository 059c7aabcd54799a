// The house in layers: imports only point down. domain (pure) <- content (the only reader of
// content/) <- publish <- site (model, pages, components, layouts) <- build <- scripts.
// Nothing in src/ or scripts/ imports tests/, and nothing in src/ imports scripts/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/content.ts';

const LAYERS = ['domain', 'content', 'publish', 'site', 'build', 'scripts'] as const;
type Layer = (typeof LAYERS)[number];

/** The layer of a repository path, or null for what no layer owns (tests, node_modules…). */
function layerOf(path: string): Layer | 'tests' | null {
  if (path.startsWith('tests/')) return 'tests';
  if (path.startsWith('scripts/')) return 'scripts';
  if (path === 'astro.config.mjs' || path === 'astro.catalogue.config.mjs' || path.startsWith('src/build/')) return 'build';
  if (/^src\/(site|pages|katalog|components|layouts|styles)\//.test(path)) return 'site';
  if (path.startsWith('src/publish/')) return 'publish';
  if (path.startsWith('src/content/') || path === 'src/content.config.ts') return 'content';
  if (path.startsWith('src/domain/')) return 'domain';
  return null;
}

/** Modules the pure domain may not use: files, processes, threads, Astro. */
const IMPURE = /^(node:)?(fs|fs\/promises|child_process|worker_threads|http|net)$|^astro(:|$)|^astro\//;

// Matched over the whole text, so an import that Prettier wrapped over lines is seen too.
const SPECIFIER = [
  /\bfrom\s+['"]([^'"]+)['"]/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*,?\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*,?\s*\)/g,
];

const aliases = Object.entries(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).imports as Record<string, string>).map(
  ([k, v]) => [k.replace(/\*$/, ''), v.replace(/^\.\//, '').replace(/\*$/, '')] as const,
);

/** Where a specifier in `file` points, as a repository path; null for a package. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith('.')) return posix.normalize(posix.join(posix.dirname(file), spec));
  for (const [alias, path] of aliases) if (spec.startsWith(alias)) return path + spec.slice(alias.length);
  return null;
}

interface Violation {
  at: string;
  spec: string;
  why: string;
}

/** Every import in `text` (the file at repository path `file`) that points the wrong way. */
function violations(file: string, text: string): Violation[] {
  const from = layerOf(file);
  if (!from || from === 'tests') return [];
  const out: (Violation & { index: number })[] = [];
  for (const re of SPECIFIER)
    for (const m of text.matchAll(re)) {
      const spec = m[1]!;
      const index = m.index + m[0].indexOf(spec);
      const at = `${file}:${text.slice(0, index).split('\n').length}`;
      const to = target(file, spec);
      if (to === null) {
        if (from === 'domain' && IMPURE.test(spec))
          out.push({ index, at, spec, why: 'domain is pure: no files, processes, threads or Astro' });
        continue;
      }
      const layer = layerOf(to);
      if (layer === 'tests') out.push({ index, at, spec, why: 'imports tests/' });
      else if (layer && LAYERS.indexOf(layer) > LAYERS.indexOf(from))
        out.push({ index, at, spec, why: `${from} imports ${layer}, a layer above it` });
    }
  return out.sort((a, b) => a.index - b.index).map(({ at, spec, why }) => ({ at, spec, why }));
}

function sources(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mts|mjs|cjs|js|astro)$/.test(d.name))
    .map((d) => relative(REPO, join(d.parentPath, d.name)).split('\\').join('/'));
}

describe('layers', () => {
  it('every import in src/, scripts/ and astro.config.mjs points down, never into tests/', () => {
    const files = [...sources('src'), ...sources('scripts'), 'astro.config.mjs', 'astro.catalogue.config.mjs'];
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => violations(f, readFileSync(join(REPO, f), 'utf8')));
    expect(found.map((v) => `${v.at} '${v.spec}': ${v.why}`)).toEqual([]);
  });

  it('components and layouts get their data as props: only pages read the site model', () => {
    const views = [...sources('src/components'), ...sources('src/layouts')];
    expect(views.length).toBeGreaterThan(5);
    const readers = views.filter((f) => /(site|catalogue)-data(\.ts)?['"]/.test(readFileSync(join(REPO, f), 'utf8')));
    expect(readers).toEqual([]);
  });

  it('each paginated list is one [...page].astro route, not an index and a halaman/[n] pair', () => {
    const pages = sources('src/pages');
    expect(pages.filter((f) => f.includes('/halaman/'))).toEqual([]);
    expect(pages.filter((f) => f.endsWith('[...page].astro')).length).toBeGreaterThanOrEqual(7);
  });

  it('every source file belongs to a layer', () => {
    const orphans = [...sources('src'), ...sources('scripts')].filter((f) => layerOf(f) === null);
    expect(orphans).toEqual([]);
  });

  it('catches an import that points up, into tests/, or out of the pure domain, with file and line', () => {
    expect(violations('src/domain/period.ts', "import { x } from './dates.ts';\nimport { y } from '#site/model.ts';")).toEqual([
      { at: 'src/domain/period.ts:2', spec: '#site/model.ts', why: 'domain imports site, a layer above it' },
    ]);
    expect(violations('src/content/load.ts', "const w = new URL('../publish/archive-pdf-worker.ts', import.meta.url);")[0]?.why).toBe(
      'content imports publish, a layer above it',
    );
    // Wrapped over lines, as Prettier writes a long call: still seen, at the specifier's line.
    expect(
      violations('src/content/load.ts', "const w = new Worker(\n  new URL(\n    '../publish/worker.ts',\n    import.meta.url,\n  ),\n);"),
    ).toEqual([{ at: 'src/content/load.ts:3', spec: '../publish/worker.ts', why: 'content imports publish, a layer above it' }]);
    expect(violations('src/domain/dates.ts', "const m = await import(\n  '#site/model.ts'\n);")[0]?.at).toBe('src/domain/dates.ts:2');
    expect(violations('scripts/bench.ts', "import { launch } from '../tests/helpers/browser.ts';")[0]?.why).toBe('imports tests/');
    expect(violations('src/site/model.ts', "import { plan } from '../../scripts/lib/decree.ts';")[0]?.why).toBe(
      'site imports scripts, a layer above it',
    );
    expect(violations('src/domain/dates.ts', "import { readFileSync } from 'node:fs';")[0]?.why).toMatch(/domain is pure/);
    expect(violations('src/publish/versions.ts', "import { x } from '#content/load.ts';\nimport { y } from '#domain/dates.ts';")).toEqual(
      [],
    );
  });
});
