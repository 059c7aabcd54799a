#!/usr/bin/env node
// npm run verify [-- --content DIR] [--site DIR] [--no-site] [--live FILE]
// Recomputes the frozen versions, the hash chain and every published file (register.json,
// CSV, archive PDF, sk.pdf, manifests) and compares. With --live, the version list the live
// site published (its /data/versi.json, fetched before deploying) must be a prefix of the
// built one. Exit 0 all match, 1 a mismatch, 2 usage.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliArgs, fail, cliSettings } from './lib/cli.ts';
import { extendsLive, verify } from '#publish/verify.ts';
import { CLI } from '#domain/strings.ts';

const usage = CLI.verify.usage;
const v = cliArgs(
  { content: { type: 'string' }, site: { type: 'string' }, 'no-site': { type: 'boolean', default: false }, live: { type: 'string' } },
  usage,
);
const root = v.content ?? cliSettings().contentRoot;
const site = v['no-site'] ? null : (v.site ?? cliSettings().outDir);
if (!existsSync(root)) fail(CLI.contentMissing(root), usage);
if (site && !existsSync(site)) fail(CLI.verify.siteMissing(site), usage);
if (v.live && !existsSync(v.live)) fail(CLI.verify.liveMissing(v.live), usage);
if (v.live && !site) fail(CLI.verify.liveNeedsSite, usage);
const items = await verify(root, site);
if (v.live && site) items.push(...extendsLive(readFileSync(v.live, 'utf8'), readFileSync(join(site, 'data/versi.json'), 'utf8')));
const mark = (i: (typeof items)[number]) => (!i.ok ? CLI.verify.mismatch : i.note ? CLI.verify.note : CLI.verify.match);
for (const i of items) console.log(`${mark(i)}  ${i.what}${i.detail ? `  ${i.detail}` : ''}`);
const bad = items.filter((i) => !i.ok).length;
const notes = items.filter((i) => i.ok && i.note).length;
const summary = bad ? CLI.verify.failed(bad, items.length) : CLI.verify.passed(items.length - notes, notes);
console.log(`\n${summary}${site ? '' : CLI.verify.siteSkipped}`);
process.exit(bad ? 1 : 0);
