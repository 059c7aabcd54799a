import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentRoot } from '#content/settings.ts';
import { exemptionsLoader } from '#content/loaders.ts';
import { bodySchema, decreeSchema, exemptionSchema, holidaysSchema, lawSchema, sopSchema, unitSchema } from '#domain/schema/index.ts';

// Schemas live in src/domain/schema so the validator, the scripts and the tests use the very
// same ones; `npm run check` runs before the build (src/build/integrations.ts), so by the time
// these collections load, a content error has already been reported in plain Indonesian.
// Frozen registers (decrees/<id>/register.json) are no collection: the build checks them and
// publishes them byte for byte before the pages, and the site reads them from there
// (src/site/site-data.ts).
const root = pathToFileURL(contentRoot() + '/');
const base = (folder: string) => new URL(folder, root);
const folderName = ({ entry }: { entry: string }) => entry.split('/')[0]!;

export const collections = {
  body: defineCollection({ loader: glob({ pattern: 'body.json', base: root }), schema: bodySchema }),
  laws: defineCollection({ loader: glob({ pattern: '*.json', base: base('laws/') }), schema: lawSchema }),
  units: defineCollection({ loader: glob({ pattern: '*.json', base: base('units/') }), schema: unitSchema }),
  exemptions: defineCollection({ loader: exemptionsLoader(contentRoot()), schema: exemptionSchema }),
  decrees: defineCollection({
    loader: glob({ pattern: '*/decree.json', base: base('decrees/'), generateId: folderName }),
    schema: decreeSchema,
  }),
  sop: defineCollection({ loader: glob({ pattern: '*.json', base: base('sop/') }), schema: sopSchema }),
  holidays: defineCollection({ loader: glob({ pattern: '*.json', base: base('holidays/') }), schema: holidaysSchema }),
};
