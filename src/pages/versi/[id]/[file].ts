import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { publishedVersions } from '#site/site-data.ts';
import { publishedDir } from 'virtual:ppid-dik/build';

// Every published file of every version, byte for byte as src/publish/versions.ts made it,
// for `astro dev`. The build copies them itself once the archives are rendered
// (src/build/integrations.ts): Astro asks every route for its paths before it renders any
// page, and the pages must not wait for the archives.
export const getStaticPaths: GetStaticPaths = async () => {
  if (publishedDir) return [];
  const versions = await publishedVersions();
  return [...versions.values()].flatMap((v) =>
    v.files.map((f) => ({ params: { id: v.id, file: f.name }, props: { path: f.path, name: f.name } })),
  );
};

const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

export const GET: APIRoute = ({ props }) => {
  const { path, name } = props as { path: string; name: string };
  const ext = name.split('.').pop() ?? '';
  return new Response(new Uint8Array(readFileSync(path)), { headers: { 'Content-Type': TYPES[ext] ?? 'text/plain; charset=utf-8' } });
};
