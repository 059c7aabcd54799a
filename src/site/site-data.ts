// The bridge from Astro's collections and the build's data to the site model. Built once per
// build and shared by every page; pages pass what they need on to components as props.
import { getCollection } from 'astro:content';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishedDir, registers, today } from 'virtual:ppid-dik/build';
import { checkContent } from '#content/check.ts';
import { lastContentChange } from '#content/history.ts';
import { contentRoot, today as todayFor } from '#content/settings.ts';
import type { RegisterSnapshot } from '#domain/schema/index.ts';
import { CHECK } from '#domain/strings.ts';
import { readPublished, writePublished, type PublishedIndexVersion } from '#publish/versions.ts';
import { publishedReady } from './published-ready.ts';
import { buildSiteModel, type SiteModel } from './model.ts';

let model: Promise<SiteModel> | null = null;
let published: Promise<Map<string, PublishedIndexVersion>> | null = null;

export function siteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const [body] = await getCollection('body');
    if (!body) throw new Error(CHECK.internal.bodyMissing);
    return buildSiteModel({
      body: body.data,
      working: (await getCollection('exemptions')).map((e) => ({ id: e.id, data: e.data, body: e.body })),
      laws: await getCollection('laws'),
      units: await getCollection('units'),
      decrees: await getCollection('decrees'),
      registers: await publishedRegisters(),
      sops: await getCollection('sop'),
      holidays: (await getCollection('holidays')).map((h) => h.data),
      // The day the content check counted from (src/build/integrations.ts), in a build and in
      // `astro dev`; where no check ran (astro check, astro sync), today as the settings count it.
      today: today ?? todayFor(body.data.timeZone),
      lastChange: lastContentChange(contentRoot(), today ?? todayFor(body.data.timeZone)),
    });
  })();
  return model;
}

/**
 * Each version's frozen register, as the build's check read and checked it (zod, hash, chain;
 * the same bytes it publishes), rather than held a second time in Astro's data store, which at
 * ten versions of ten thousand entries cost seconds and hundreds of megabytes. Read straight
 * away: the pages do not wait for the archives.
 */
async function publishedRegisters(): Promise<{ id: string; data: RegisterSnapshot }[]> {
  const frozen =
    registers ??
    [...(await publishedVersions()).values()].map((v) => ({ id: v.id, path: v.files.find((f) => f.name === 'register.json')!.path }));
  return frozen.map((r) => ({ id: r.id, data: JSON.parse(readFileSync(r.path, 'utf8')) as RegisterSnapshot }));
}

/**
 * The files published for each version (register.json byte for byte, CSV, archive PDF,
 * sk.pdf, manifest, SHA256SUMS). The build writes them before the pages, from the content
 * files themselves (they must be the exact bytes), and says where in its data
 * (src/build/integrations.ts); `astro dev` has no such step and makes them here.
 */
export function publishedVersions(): Promise<Map<string, PublishedIndexVersion>> {
  published ??= (async () => {
    await publishedReady();
    let dir = publishedDir;
    if (!dir) {
      const result = checkContent(contentRoot());
      if (!result.chain) throw new Error(CHECK.internal.chainInvalid);
      dir = mkdtempSync(join(tmpdir(), 'ppid-terbit-'));
      await writePublished(result.tree, result.chain, dir);
    }
    return new Map(readPublished(dir).map((v) => [v.id, v]));
  })();
  return published;
}
