#!/usr/bin/env node
// npm run verify [-- --content DIR] [--site DIR] [--no-site]
// Recomputes the frozen versions, the hash chain and every published file (register.json,
// CSV, archive PDF, sk.pdf, manifests) and compares. Exit 0 all match, 1 a mismatch, 2 usage.
import { existsSync } from 'node:fs';
import { cliArgs, fail, cliSettings } from './lib/cli.ts';
import { verify } from '#publish/verify.ts';

const usage = 'Pemakaian: npm run verify -- [--content <folder>] [--site <folder hasil build, bawaan dist>] [--no-site]';
const v = cliArgs({ content: { type: 'string' }, site: { type: 'string' }, 'no-site': { type: 'boolean', default: false } }, usage);
const root = v.content ?? cliSettings().contentRoot;
const site = v['no-site'] ? null : (v.site ?? cliSettings().outDir);
if (!existsSync(root)) fail(`Folder konten "${root}" tidak ada.`, usage);
if (site && !existsSync(site)) fail(`Folder situs "${site}" tidak ada. Jalankan npm run build dulu, atau pakai --no-site untuk memeriksa konten saja.`, usage);
const items = await verify(root, site);
for (const i of items) console.log(`${i.ok ? 'COCOK      ' : 'TIDAK COCOK'}  ${i.what}${i.detail ? `  ${i.detail}` : ''}`);
const bad = items.filter((i) => !i.ok).length;
console.log(`\n${bad ? `GAGAL: ${bad} dari ${items.length} pemeriksaan tidak cocok.` : `LULUS: ${items.length} pemeriksaan cocok.`}${site ? '' : ' (Situs yang dibangun tidak diperiksa.)'}`);
process.exit(bad ? 1 : 0);
