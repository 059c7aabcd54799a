#!/usr/bin/env node
// npm run new -- --title "…" --basis "Pasal 17 huruf h UU No. 14 Tahun 2008" --opened "…"
//   --closed "…" --period "5 tahun" [--order N] [--id slug] [--unit id] [--partial] [--dry-run]
// Scaffolds content/exemptions/<id>.mdx. Asks for missing fields in a terminal. Writes
// nothing when anything is wrong. Exit 0 written (or dry run), 1 refused, 2 usage.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { planNewEntry, type NewEntryInput } from './lib/new-entry.ts';
import { cliArgs, fail, cliSettings } from './lib/cli.ts';

const usage = `Pemakaian: npm run new -- --title "<informasi>" --basis "<dasar hukum>" --opened "<akibat jika dibuka>"
  --closed "<kepentingan jika ditutup>" --period "<jangka waktu>" [--order <n>] [--id <id>] [--unit <id>] [--partial]
  [--dry-run] [--content <folder>]`;
const v = cliArgs(
  {
    title: { type: 'string' },
    basis: { type: 'string' },
    opened: { type: 'string' },
    closed: { type: 'string' },
    period: { type: 'string' },
    order: { type: 'string' },
    id: { type: 'string' },
    unit: { type: 'string' },
    partial: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    content: { type: 'string' },
  },
  usage,
);
if (v.order !== undefined && !/^\d+$/.test(v.order)) fail(`--order "${v.order}" bukan bilangan bulat.`, usage);
const input: NewEntryInput = { title: v.title, basis: v.basis, opened: v.opened, closed: v.closed, period: v.period, id: v.id, unit: v.unit, partial: v.partial, order: v.order ? Number(v.order) : undefined };
if (process.stdin.isTTY && process.stdout.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (label: string, current: string | undefined) => current ?? ((await rl.question(`${label}: `)).trim() || undefined);
  input.title = await ask('Informasi yang dikecualikan', input.title);
  input.basis = await ask('Dasar hukum (mis. Pasal 17 huruf h UU No. 14 Tahun 2008)', input.basis);
  input.opened = await ask('Konsekuensi jika dibuka', input.opened);
  input.closed = await ask('Pertimbangan jika ditutup', input.closed);
  input.period = await ask('Jangka waktu (mis. 5 tahun / Sampai dengan … / Tidak terbatas)', input.period);
  rl.close();
}
const root = v.content ?? cliSettings().contentRoot;
const plan = planNewEntry(root, input);
if (!plan.ok) {
  console.error('Entri tidak dibuat; tidak ada berkas yang ditulis.\n');
  for (const p of plan.problems) console.error(`  · ${p.field}: ${p.message} → Perbaikan: ${p.hint}`);
  console.error(`\n${usage}`);
  process.exit(1);
}
console.log(`${v['dry-run'] ? '(uji coba, tidak ditulis) ' : ''}Entri baru: ${plan.id} (nomor urut ${plan.data.order})`);
console.log(`  Dasar hukum: ${plan.citations.join('; ')}`);
console.log(`  Jangka waktu: "${plan.data.period.text}" dibaca sebagai ${plan.data.period.kind}: ${plan.periodPlain}`);
for (const n of plan.notes) console.log(`  Catatan: ${n}`);
for (const f of plan.findings) console.log(`  Temuan [${f.rule}]: ${f.message}`);
if (!v['dry-run']) {
  writeFileSync(plan.path, plan.mdx, { flag: 'wx' });
  console.log(`  ditulis ke ${plan.path}`);
}
