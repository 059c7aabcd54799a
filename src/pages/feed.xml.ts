import type { APIRoute } from 'astro';
import { decreesAtom } from '#publish/open-data.ts';
import { routes } from '#domain/routes.ts';
import { siteModel } from '#site/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const m = await siteModel();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const xml = decreesAtom({
    siteUrl: site!.href,
    bodyName: m.body.name,
    // Each decree links to the register; version pages come with the versions feature.
    decrees: m.decrees.map((d) => ({ id: d.id, data: d.data, link: `${base}${routes.register()}` })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
