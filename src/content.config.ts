// Astro reads the collections from here; they are defined in src/content/loaders.ts.
import { contentCollections } from '#content/loaders.ts';
import { contentRoot } from '#content/settings.ts';

export const collections = contentCollections(contentRoot());
