import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '#publish/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(openDataJsonSchema(new URL(import.meta.env.BASE_URL, site!).href), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
