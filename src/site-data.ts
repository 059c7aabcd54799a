// The bridge from Astro's collections to the site model in src/lib. Built once per build and
// shared by every page.
import { getCollection } from 'astro:content';
import { checkContent } from './lib/check/validate.ts';
import { contentRoot } from './lib/config.ts';
import { todayIn } from './lib/dates.ts';
import { buildSiteModel, type SiteModel } from './lib/site.ts';
import { publishVersions, type PublishedVersion } from './lib/versions.ts';

let model: Promise<SiteModel> | null = null;
let published: Promise<Map<string, PublishedVersion>> | null = null;

export function siteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const [body] = await getCollection('body');
    if (!body) throw new Error('content/body.json tidak ada; jalankan npm run check.');
    return buildSiteModel({
      body: body.data,
      working: (await getCollection('exemptions')).map((e) => ({ id: e.id, data: e.data, body: e.body })),
      laws: await getCollection('laws'),
      units: await getCollection('units'),
      decrees: await getCollection('decrees'),
      registers: await getCollection('registers'),
      sops: await getCollection('sop'),
      holidays: (await getCollection('holidays')).map((h) => h.data),
      // PPID_TODAY pins "today" for reproducible builds and tests; otherwise the body's date.
      today: process.env.PPID_TODAY ?? todayIn(body.data.timeZone),
    });
  })();
  return model;
}

/**
 * The files published for each version (register.json byte for byte, CSV, archive PDF,
 * sk.pdf, manifest, SHA256SUMS), rendered once per build. They are read from the content
 * files themselves rather than the collections, because they must be the exact bytes.
 */
export function publishedVersions(): Promise<Map<string, PublishedVersion>> {
  published ??= (async () => {
    const result = checkContent(contentRoot());
    if (!result.chain) throw new Error('Riwayat keputusan tidak valid; jalankan npm run check.');
    // The build prepared the archives in its cache (astro.config.mjs); reuse them.
    const list = await publishVersions(result.tree, result.chain, { cacheDir: process.env.PPID_ARCHIVE_CACHE });
    return new Map(list.map((v) => [v.id, v]));
  })();
  return published;
}
