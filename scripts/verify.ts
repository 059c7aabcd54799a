#!/usr/bin/env node
// npm run verify [-- --content DIR] [--site DIR] [--no-site]
// Recomputes the frozen versions, the hash chain and every published file (register.json,
// CSV, archive PDF, sk.pdf, manifests) and compares. Exit 0 all match, 1 a mismatch, 2 usage.
import { existsSync } from 'node:fs';
import { cliArgs, fail, cliSettings } from './lib/cli.ts';
import { verify } from '#publish/verify.ts';
import { CLI } from '#domain/strings.ts';

const usage = CLI.verify.usage;
const v = cliArgs({ content: { type: 'string' }, site: { type: 'string' }, 'no-site': { type: 'boolean', default: false } }, usage);
const root = v.content ?? cliSettings().contentRoot;
const site = v['no-site'] ? null : (v.site ?? cliSettings().outDir);
if (!existsSync(root)) fail(CLI.contentMissing(root), usage);
if (site && !existsSync(site)) fail(CLI.verify.siteMissing(site), usage);
const items = await verify(root, site);
for (const i of items) console.log(`${i.ok ? CLI.verify.match : CLI.verify.mismatch}  ${i.what}${i.detail ? `  ${i.detail}` : ''}`);
const bad = items.filter((i) => !i.ok).length;
console.log(`\n${bad ? CLI.verify.failed(bad, items.length) : CLI.verify.passed(items.length)}${site ? '' : CLI.verify.siteSkipped}`);
process.exit(bad ? 1 : 0);
