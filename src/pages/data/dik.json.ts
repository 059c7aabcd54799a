import type { APIRoute } from 'astro';
import { openData, openDataJson } from '#publish/open-data.ts';
import { siteModel } from '#site/site-data.ts';

export const GET: APIRoute = async () => {
  const data = openData(await siteModel(), import.meta.env.BASE_URL.replace(/\/$/, ''));
  return new Response(openDataJson(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
