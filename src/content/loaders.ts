// The working copy as an Astro collection, read with the validator's own parser. The files
// are MDX, but no page renders them as MDX (the narrative is shown as plain paragraphs, as in
// the frozen snapshots), so compiling and bundling one module per entry would only cost
// time: at 1,000 entries the MDX bundle alone took about 5 s of the build.
import type { Loader } from 'astro/loaders';
import { loadContent } from './load.ts';

export function exemptionsLoader(root: string): Loader {
  return {
    name: 'ppid-dik:exemptions',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const e of loadContent(root, { exemptionsOnly: true }).exemptions) {
        const data = await parseData({ id: e.id, data: e.data as unknown as Record<string, unknown> });
        store.set({ id: e.id, data, body: e.body, digest: generateDigest({ data: e.data, body: e.body }) });
      }
    },
  };
}
