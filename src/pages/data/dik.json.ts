import type { APIRoute } from 'astro';
import { openData, openDataJson } from '#publish/open-data.ts';
import { siteModel } from '#site/site-data.ts';
import { siteBase } from '#site/url.ts';

export const GET: APIRoute = async () => {
  const data = openData(await siteModel(), siteBase);
  return new Response(openDataJson(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
