import { catalogueModel } from '#site/catalogue-data.ts';
import { catalogueCsv } from '#site/catalogue-open-data.ts';

export function GET() {
  return new Response(catalogueCsv(catalogueModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
