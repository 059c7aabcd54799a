import type { Element, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { sha256, siteFiles } from './site-sums.ts';
import { CHECK } from '#domain/strings.ts';

/**
 * The pages that can hold searchable text (data-pagefind-body): entries, legal bases and the
 * SOP. Pagefind reads only these, not the tens of thousands of history, version and list
 * pages of a large register; tests/site/pages.test.ts fails if a searchable page falls
 * outside this pattern.
 */
export const SEARCH_GLOB = '{dik/*/index.html,dasar-hukum/**/index.html,sop/index.html}';

export interface SearchIndexResult {
  pages: number;
  outputPath: string;
  /** Copied from the last build's index, made from the very same pages. */
  reused?: boolean;
}

/**
 * Indexes a built site with Pagefind's Node API and writes `pagefind/` into it. Pagefind
 * reports problems in `errors` arrays instead of throwing; any error here must fail the
 * build, or the site would ship with a silently broken search.
 *
 * With `cacheDir`, an index is kept for the next build, and used again when every HTML page
 * of the site (not only the ones Pagefind reads, so nothing hinges on matching its glob), the
 * glob and Pagefind's version are the same: Pagefind's output depends on nothing else (two
 * builds of the same pages give the same bytes). A rebuild of unchanged content then spends
 * about 1 s hashing its pages instead of 10 s indexing them (10,000 entries).
 */
export async function buildSearchIndex(siteDir: string, cacheDir?: string): Promise<SearchIndexResult> {
  // The register's site always has searchable pages: none means the glob no longer matches.
  const make = () => writeIndex(siteDir, SEARCH_GLOB, { nonEmpty: true });
  const version = cacheDir ? pagefindVersion() : null;
  if (!cacheDir || !version) return make();
  // With nothing kept (a first build, a cold one), Pagefind starts at once and reads the pages
  // while they are hashed for the next build; a failure is reported when it is awaited below.
  const making = existsSync(cacheDir) ? null : make();
  making?.catch(() => undefined);
  const key = await pagesKey(siteDir, version);
  const kept = join(cacheDir, key);
  const done = join(kept, 'selesai.json');
  const outputPath = join(siteDir, 'pagefind');
  if (!making && existsSync(done)) {
    cpSync(join(kept, 'pagefind'), outputPath, { recursive: true });
    return { pages: (JSON.parse(readFileSync(done, 'utf8')) as { pages: number }).pages, outputPath, reused: true };
  }
  const made = await (making ?? make());
  // One index kept: the last build's. The marker is written last, so a copy cut short is never used.
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(kept, { recursive: true });
  cpSync(made.outputPath, join(kept, 'pagefind'), { recursive: true });
  writeFileSync(done, JSON.stringify({ pages: made.pages }));
  return made;
}

/** The installed Pagefind's version, or null (then nothing is cached). */
function pagefindVersion(): string | null {
  try {
    const pkg = new URL('../../node_modules/pagefind/package.json', import.meta.url);
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

/** SHA-256 over Pagefind's version, the glob, and every HTML page's path and bytes. */
async function pagesKey(siteDir: string, version: string): Promise<string> {
  const hash = createHash('sha256').update(`pagefind ${version}\0${SEARCH_GLOB}\0`);
  const pages = siteFiles(siteDir).filter((p) => p.endsWith('.html'));
  for (const [i, page] of pages.entries()) {
    hash.update(`${page}\0${sha256(join(siteDir, page))}\0`);
    // Read synchronously (ten times faster than one promise per file here), but letting
    // Pagefind's replies through now and then while it reads the pages beside.
    if (i % 256 === 255) await new Promise((r) => setImmediate(r));
  }
  return hash.digest('hex');
}

type Fail = (stage: string, errors: string[]) => void;

/** The pages under `glob` (if any), plus what `more` adds (records with no file), written as `pagefind/`. */
async function writeIndex(
  siteDir: string,
  glob: string | null,
  opts: { nonEmpty?: boolean; more?: (index: pagefind.PagefindIndex, fail: Fail) => Promise<number> },
): Promise<SearchIndexResult> {
  const fail: Fail = (stage, errors) => {
    if (errors.length) throw new Error(`Pagefind gagal (${stage}): ${errors.join('; ')}`);
  };
  try {
    const created = await pagefind.createIndex({});
    fail('createIndex', created.errors);
    const index = created.index!;
    let pages = 0;
    if (glob) {
      const added = await index.addDirectory({ path: siteDir, glob });
      fail('addDirectory', added.errors);
      pages = added.page_count;
    }
    pages += opts.more ? await opts.more(index, fail) : 0;
    if (opts.nonEmpty && pages === 0) throw new Error(CHECK.internal.searchEmpty);
    const outputPath = `${siteDir.replace(/\/$/, '')}/pagefind`;
    const written = await index.writeFiles({ outputPath });
    fail('writeFiles', written.errors);
    return { pages, outputPath };
  } finally {
    await pagefind.close();
  }
}

/**
 * One catalogue member as one search record: the member's catalogue page, with a heading
 * (and so a Pagefind sub-result) per entry in force, anchored to the entry's row on that page.
 */
export interface CatalogueSearchMember {
  /** The member's page on the catalogue's site, with the deployment base. */
  url: string;
  id: string;
  name: string;
  entries: { anchor: string; title: string; text: string }[];
}

const el = (tagName: string, properties: Record<string, string>, children: (Element | Text)[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const txt = (value: string): Text => ({ type: 'text', value });

/**
 * The HTML Pagefind reads for one member. Built as a tree and serialised by hast-util-to-html,
 * which escapes every text: a member's titles are another site's words.
 */
export function catalogueMemberHtml(m: CatalogueSearchMember): string {
  const body = el('main', { dataPagefindBody: '' }, [
    el('h1', {}, [txt(m.name)]),
    el('span', { dataPagefindMeta: `anggota:${m.id}`, hidden: '' }, []),
    ...m.entries.map((e) => el('section', {}, [el('h2', { id: e.anchor }, [txt(e.title)]), el('p', {}, [txt(e.text)])])),
  ]);
  return toHtml(el('html', { lang: 'id' }, [el('head', {}, [el('title', {}, [txt(m.name)])]), el('body', {}, [body])]));
}

/**
 * The catalogue's index: one record per member, whose sub-results are its entries in force.
 * Pagefind's metadata file lists every record and every query reads it whole: one record per
 * entry made it 308 kB at 55,000 entries; one per member keeps it to a few kilobytes at 1,000
 * members. The search page merges the members' own indexes on top where there are few.
 */
export function buildCatalogueSearchIndex(siteDir: string, members: readonly CatalogueSearchMember[]): Promise<SearchIndexResult> {
  return writeIndex(siteDir, null, {
    more: async (index, fail) => {
      for (const m of members) {
        const rec = await index.addHTMLFile({ url: m.url, content: catalogueMemberHtml(m) });
        fail('addHTMLFile', rec.errors);
      }
      return members.length;
    },
  });
}
