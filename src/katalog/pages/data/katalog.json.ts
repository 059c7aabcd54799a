import { catalogueModel } from '#site/catalogue-data.ts';
import { catalogueJson } from '#site/catalogue-open-data.ts';

export function GET() {
  return new Response(catalogueJson(catalogueModel()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
