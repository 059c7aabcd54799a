import * as pagefind from 'pagefind';
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
}

/**
 * Indexes a built site with Pagefind's Node API and writes `pagefind/` into it. Pagefind
 * reports problems in `errors` arrays instead of throwing; any error here must fail the
 * build, or the site would ship with a silently broken search.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  // The register's site always has searchable pages: none means the glob no longer matches.
  return writeIndex(siteDir, SEARCH_GLOB, { nonEmpty: true });
}

type Fail = (stage: string, errors: string[]) => void;

/** The pages under `glob`, plus what `more` adds (custom records), written as `pagefind/`. */
async function writeIndex(
  siteDir: string,
  glob: string,
  opts: { nonEmpty?: boolean; more?: (index: pagefind.PagefindIndex, fail: Fail) => Promise<number> },
): Promise<SearchIndexResult> {
  const fail: Fail = (stage, errors) => {
    if (errors.length) throw new Error(`Pagefind gagal (${stage}): ${errors.join('; ')}`);
  };
  try {
    const created = await pagefind.createIndex({});
    fail('createIndex', created.errors);
    const index = created.index!;
    const added = await index.addDirectory({ path: siteDir, glob });
    fail('addDirectory', added.errors);
    const extra = opts.more ? await opts.more(index, fail) : 0;
    if (opts.nonEmpty && added.page_count + extra === 0) throw new Error(CHECK.internal.searchEmpty);
    const outputPath = `${siteDir.replace(/\/$/, '')}/pagefind`;
    const written = await index.writeFiles({ outputPath });
    fail('writeFiles', written.errors);
    return { pages: added.page_count + extra, outputPath };
  } finally {
    await pagefind.close();
  }
}

/** One entry of a catalogue member, as a search record that leads to the member's own page. */
export interface CatalogueSearchRecord {
  url: string;
  title: string;
  content: string;
  member: string;
  letters: string[];
  reason: string;
}

/** The catalogue's own pages that hold searchable text: each member's page (its heading). */
export const CATALOGUE_SEARCH_GLOB = 'anggota/*/index.html';

/**
 * The catalogue's index: its members' pages, and one record per entry in force of every
 * member, pointing at the entry's page on the member's own site. One query then reads one
 * index, however many members there are; the search page merges the members' own indexes
 * on top where there are few enough of them.
 */
export function buildCatalogueSearchIndex(siteDir: string, records: readonly CatalogueSearchRecord[]): Promise<SearchIndexResult> {
  return writeIndex(siteDir, CATALOGUE_SEARCH_GLOB, {
    more: async (index, fail) => {
      for (const r of records) {
        const rec = await index.addCustomRecord({
          url: r.url,
          content: r.content,
          language: 'id',
          meta: { title: r.title, anggota: r.member, alasan: r.reason },
          filters: { anggota: [r.member], huruf: r.letters },
        });
        fail('addCustomRecord', rec.errors);
      }
      return records.length;
    },
  });
}
