// The content tree as Astro collections: every loader in one place, over the same schemas the
// validator uses (src/domain/schema). `npm run check` runs before the build
// (src/build/integrations.ts), so by the time these collections load, a content error has
// already been reported in plain Indonesian. Frozen registers (decrees/<id>/register.json)
// are no collection: the build checks them and publishes them byte for byte before the
// pages, and the site reads them from there (src/site/site-data.ts).
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { bodySchema, decreeSchema, exemptionSchema, holidaysSchema, lawSchema, sopSchema, unitSchema } from '#domain/schema/index.ts';
import { loadContent } from './load.ts';
import { BUILD_LOG } from '#domain/strings.ts';
import { offeredFor, takeParsed } from './offered.ts';

/** The collections of the content tree at `root`. */
export function contentCollections(root: string) {
  const url = pathToFileURL(root + '/');
  const json = (folder: string, schema: z.ZodType) => freshFor(schema, glob({ pattern: '*.json', base: new URL(folder, url) }));
  return {
    body: defineCollection({ loader: freshFor(bodySchema, glob({ pattern: 'body.json', base: url })), schema: bodySchema }),
    laws: defineCollection({ loader: json('laws/', lawSchema), schema: lawSchema }),
    units: defineCollection({ loader: json('units/', unitSchema), schema: unitSchema }),
    exemptions: defineCollection({ loader: freshFor(exemptionSchema, exemptionsLoader(root)), schema: exemptionSchema }),
    decrees: defineCollection({
      // A decree's id is its folder's name.
      loader: freshFor(
        decreeSchema,
        glob({ pattern: '*/decree.json', base: new URL('decrees/', url), generateId: ({ entry }) => entry.split('/')[0]! }),
      ),
      schema: decreeSchema,
    }),
    sop: defineCollection({ loader: json('sop/', sopSchema), schema: sopSchema }),
    holidays: defineCollection({ loader: json('holidays/', holidaysSchema), schema: holidaysSchema }),
  };
}

/**
 * Astro keeps parsed entries between builds and re-reads a file only when its bytes change;
 * it forgets them when the content config changes, but the schemas live in their own files.
 * A file parsed before a schema gained a field (a law's `aliases`) would keep its old shape.
 * The store is cleared whenever the schema's shape, defaults included, differs from the one
 * it was filled with.
 */
function freshFor(schema: z.ZodType, loader: Loader): Loader {
  const shape = createHash('sha256')
    .update(JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' })))
    .digest('hex');
  return {
    name: loader.name,
    load: async (context) => {
      if (context.meta.get('schema') !== shape) {
        context.store.clear();
        context.meta.set('schema', shape);
      }
      await loader.load(context);
    },
  };
}

/**
 * The working copy, read with the validator's own parser. The files are MDX, but they are
 * never compiled: MDX compiles to JavaScript, and an entry comes from a pull request. The
 * narrative is parsed and rendered from its syntax tree instead (src/domain/narrative.ts),
 * the same way for the working copy and for the frozen snapshots. (Compiling would also
 * cost time: at 1,000 entries the MDX bundle alone took about 5 s of the build.)
 */
function exemptionsLoader(root: string): Loader {
  return {
    name: 'ppid-dik:exemptions',
    load: async ({ store, parseData, generateDigest, logger }) => {
      // The store is kept in the build cache: an entry whose file text is unchanged keeps what
      // was parsed last time, and only changed files are read again (a 10,000-entry rebuild
      // spent about 5 s here re-reading every file).
      // (A schema change empties the store first: freshFor.)
      // A file whose text the build's check has just parsed is taken from that parse (the
      // same function, the same bytes by their hash) instead of being parsed again.
      const kept = new Set<string>();
      const digests = new Map<string, string>();
      const offered = takeParsed(root);
      const fromCheck = new Map<string, { id: string; data: unknown; body: string }>();
      const order: string[] = [];
      const tree = loadContent(root, {
        exemptionsOnly: true,
        unchanged: (id, text) => {
          const digest = generateDigest(text);
          digests.set(id, digest);
          order.push(id);
          const same = store.get(id)?.digest === digest;
          if (same) kept.add(id);
          const parsed = same ? undefined : offeredFor(offered, id, text);
          if (parsed) fromCheck.set(id, parsed);
          return same || parsed !== undefined;
        },
      });
      const unchangedFiles = kept.size;
      // In file order, as one parse would give them.
      const read = new Map(tree.exemptions.map((e) => [e.id, e]));
      for (const e of order.flatMap((id) => fromCheck.get(id) ?? read.get(id) ?? [])) {
        const data = await parseData({ id: e.id, data: e.data as unknown as Record<string, unknown> });
        store.set({ id: e.id, data, body: e.body, digest: digests.get(e.id)! });
        kept.add(e.id);
      }
      logger.info(BUILD_LOG.entriesLoaded(fromCheck.size, tree.exemptions.length, unchangedFiles));
      // Gone: a file removed, or changed into one that no longer reads (astro dev shows the check's message).
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
    },
  };
}
