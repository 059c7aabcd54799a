// The bridge from Astro's collections to the site model in src/lib. Built once per build and
// shared by every page.
import { getCollection } from 'astro:content';
import { todayIn } from './lib/dates.ts';
import { buildSiteModel, type SiteModel } from './lib/site.ts';

let model: Promise<SiteModel> | null = null;

export function siteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const [body] = await getCollection('body');
    if (!body) throw new Error('content/body.json tidak ada; jalankan npm run check.');
    return buildSiteModel({
      body: body.data,
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
