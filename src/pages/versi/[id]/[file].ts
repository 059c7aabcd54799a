import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedVersions } from '../../../site-data.ts';

// Every published file of every version, byte for byte as src/lib/versions.ts made it.
export const getStaticPaths: GetStaticPaths = async () => {
  const versions = await publishedVersions();
  return [...versions.values()].flatMap((v) => v.files.map((f) => ({ params: { id: v.id, file: f.name }, props: { bytes: f.bytes, name: f.name } })));
};

const TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

export const GET: APIRoute = ({ props }) => {
  const { bytes, name } = props as { bytes: Uint8Array; name: string };
  const ext = name.split('.').pop() ?? '';
  // A copy typed over a plain ArrayBuffer, which is what Response accepts.
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': TYPES[ext] ?? 'text/plain; charset=utf-8' } });
};
