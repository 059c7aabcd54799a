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
  const fail = (stage: string, errors: string[]) => {
    if (errors.length) throw new Error(`Pagefind gagal (${stage}): ${errors.join('; ')}`);
  };
  try {
    const created = await pagefind.createIndex({});
    fail('createIndex', created.errors);
    const index = created.index!;
    const added = await index.addDirectory({ path: siteDir, glob: SEARCH_GLOB });
    fail('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(CHECK.internal.searchEmpty);
    const outputPath = `${siteDir.replace(/\/$/, '')}/pagefind`;
    const written = await index.writeFiles({ outputPath });
    fail('writeFiles', written.errors);
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}
