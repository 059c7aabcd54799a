import type { APIRoute } from 'astro';
import { publicationLogAtom } from '#publish/open-data.ts';
import { siteModel } from '#site/site-data.ts';
import { siteBase } from '#site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const m = await siteModel();
  const xml = publicationLogAtom({ siteUrl: site!.href, base: siteBase, bodyName: m.body.name, decrees: m.decrees, today: m.today });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
