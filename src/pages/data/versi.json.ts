import type { APIRoute } from 'astro';
import { routes } from '#domain/routes.ts';
import { siteModel } from '#site/site-data.ts';

// The list of versions the compare page loads; each points at its frozen register.json.
export const GET: APIRoute = async () => {
  const m = await siteModel();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const list = m.versions.map((v) => ({
    id: v.id,
    label: `${v.summary.placeDate} (${v.summary.numberLabel})`,
    status: v.status,
    sha256: v.sha256,
    // The signed scan's hash, once there is one: the deploy refuses to change it (verify --live).
    ...(v.decree.sk ? { skSha256: v.decree.sk.sha256 } : {}),
    register: `${base}${routes.versionFile(v.id, 'register.json')}`,
    page: `${base}${routes.version(v.id)}`,
  }));
  return new Response(JSON.stringify({ format: 'ppid-dik/versions/1', versions: list }, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json' },
  });
};
