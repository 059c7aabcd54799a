import type { APIRoute } from 'astro';
import { catalogueRecordJson } from '#publish/catalogue-record.ts';
import { publishedVersions, siteModel } from '#site/site-data.ts';
import { siteBase } from '#site/url.ts';

// The site describing itself for catalogues: the body, its region, the register and its
// checkpoint (the version in force with its register's and manifest's SHA-256).
export const GET: APIRoute = async ({ site }) => {
  const m = await siteModel();
  const published = await publishedVersions();
  const inForce = m.decree
    ? {
        id: m.decree.id,
        decree: m.decree.data,
        registerSha256: m.decree.registerSha256,
        manifestSha256: published.get(m.decree.id)!.manifestSha256,
      }
    : null;
  const json = catalogueRecordJson({ siteUrl: site!.href, base: siteBase, body: m.body, inForce });
  return new Response(json, { headers: { 'Content-Type': 'application/ld+json' } });
};
