import type { APIRoute } from 'astro';
import { openData, openDataCsv } from '#publish/open-data.ts';
import { siteModel } from '#site/site-data.ts';
import { siteBase } from '#site/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = openData(await siteModel(), siteBase);
  return new Response(data ? openDataCsv(data, site!.href) : '', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
