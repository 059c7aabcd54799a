#!/usr/bin/env node
// npm run decree -- --id dik-2026-01 --date 2026-01-15 --kind pemutakhiran --title "…"
//   --signatory-name "…" --signatory-position "…" [--number …] [--place …] [--effective …]
//   [--signatory-rank …] [--signatory-nip …] [--like-previous] [--dry-run] [--content DIR]
// Freezes the working copy (content/exemptions) into content/decrees/<id>/. Missing fields are
// asked for when run in a terminal. Exit 0 written (or dry run), 1 refused, 2 bad usage.
import { createInterface } from 'node:readline/promises';
import { cliArgs, cliSettings } from './lib/cli.ts';
import { loadContent } from '#content/load.ts';
import { likePrevious, planDecree, writeDecree, type DecreeRequest } from './lib/decree.ts';

const usage = `Pemakaian: npm run decree -- --id <id> --date <TTTT-BB[-HH]> --kind <penetapan|pemutakhiran|perubahan-klasifikasi>
  --title "<judul>" --signatory-name "<nama>" --signatory-position "<jabatan>"
  [--number <nomor>] [--place <tempat>] [--effective <tanggal>] [--signatory-rank <pangkat>] [--signatory-nip <NIP>]
  [--like-previous]  judul, tempat dan penandatangan diambil dari keputusan terakhir bila tidak diberikan
  [--dry-run]        tampilkan hasilnya tanpa menulis apa pun
  [--content <folder>]`;

const v = cliArgs(
  {
    id: { type: 'string' },
    date: { type: 'string' },
    kind: { type: 'string' },
    number: { type: 'string' },
    title: { type: 'string' },
    place: { type: 'string' },
    effective: { type: 'string' },
    'signatory-name': { type: 'string' },
    'signatory-position': { type: 'string' },
    'signatory-rank': { type: 'string' },
    'signatory-nip': { type: 'string' },
    note: { type: 'string', multiple: true },
    'like-previous': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    content: { type: 'string' },
  },
  usage,
);
const root = v.content ?? cliSettings().contentRoot;
let req: DecreeRequest = {
  id: v.id,
  kind: v.kind,
  number: v.number ?? null,
  title: v.title,
  place: v.place ?? null,
  date: v.date,
  effective: v.effective ?? null,
  signatory: { name: v['signatory-name'], position: v['signatory-position'], rank: v['signatory-rank'] ?? null, nip: v['signatory-nip'] ?? null },
  notes: v.note ?? [],
};

if (v['like-previous']) req = likePrevious(req, loadContent(root));

// In a terminal, ask for what is missing; elsewhere (CI, scripts) refuse with the list.
if (process.stdin.isTTY && process.stdout.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (label: string, current: string | null | undefined) => (current ? current : (await rl.question(`${label}: `)).trim() || undefined);
  req.id = await ask('Id folder keputusan (mis. dik-2026-01)', req.id);
  req.kind = await ask('Jenis (penetapan/pemutakhiran/perubahan-klasifikasi)', req.kind);
  req.date = await ask('Tanggal penetapan (TTTT-BB-HH atau TTTT-BB)', req.date);
  req.number = (await ask('Nomor keputusan (kosongkan bila tidak ada)', req.number)) ?? null;
  req.title = await ask('Judul', req.title);
  req.signatory = { ...req.signatory, name: await ask('Nama penandatangan', req.signatory?.name), position: await ask('Jabatan penandatangan', req.signatory?.position) };
  rl.close();
}

const plan = planDecree(root, req);
if (!plan.ok) {
  console.error(`Keputusan tidak dibuat; tidak ada berkas yang ditulis.\n`);
  for (const p of plan.problems) console.error(`  · ${p.field}: ${p.message} → Perbaikan: ${p.hint}`);
  console.error(`\n${usage}`);
  process.exit(1);
}
const d = plan.diff;
const summary = d ? `${d.added.length} ditambah, ${d.removed.length} dihapus, ${d.changed.length} diubah, ${d.renumbered.length} berpindah nomor` : 'versi pertama';
if (!v['dry-run']) writeDecree(plan);
console.log(`${v['dry-run'] ? '(uji coba, tidak ditulis) ' : ''}Keputusan ${plan.id}: ${plan.entries} entri; ${summary}.`);
console.log(`  register.json SHA-256 ${plan.sha256}`);
console.log(`  versi sebelumnya      ${plan.previous ? `${plan.previous.id} (${plan.previous.sha256})` : '-'}`);
if (plan.sameAsPrevious) console.log('  Catatan: isi register sama dengan versi sebelumnya (penetapan ulang).');
if (!v['dry-run']) console.log(`  ditulis ke ${plan.dir}/ (decree.json, register.json)`);
