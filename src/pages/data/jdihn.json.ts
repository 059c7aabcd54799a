import type { APIRoute } from 'astro';
import { jdihnJson, legalVersions } from '#publish/legal-metadata.ts';
import { publishedVersions, siteModel } from '#site/site-data.ts';
import { siteBase } from '#site/url.ts';

// Every version as a JDIHN-style record, for the body's JDIH site and jdihn.go.id to harvest.
export const GET: APIRoute = async ({ site }) => {
  const m = await siteModel();
  const files = await publishedVersions();
  const versions = legalVersions(m.decrees, m.decree?.id ?? null, m.today, (id) => files.get(id)?.files ?? []);
  const json = jdihnJson(versions, { siteUrl: site!.href, base: siteBase, body: m.body }, m.today);
  return new Response(json, { headers: { 'Content-Type': 'application/json' } });
};
