import type { APIRoute } from 'astro';
import { versionsJson } from '#publish/open-data.ts';
import { siteModel } from '#site/site-data.ts';
import { siteBase } from '#site/url.ts';

// The list of versions the compare page loads; each points at its frozen register.json.
export const GET: APIRoute = async () => {
  const m = await siteModel();
  const json = versionsJson({ decrees: m.decrees, inForceId: m.decree?.id ?? null, today: m.today, base: siteBase });
  return new Response(json, { headers: { 'Content-Type': 'application/json' } });
};
