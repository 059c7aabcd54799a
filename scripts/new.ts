#!/usr/bin/env node
// npm run new -- --title "…" --basis "Pasal 17 huruf h UU No. 14 Tahun 2008" --opened "…"
//   --closed "…" --period "5 tahun" [--order N] [--id slug] [--unit id] [--partial] [--dry-run]
// Scaffolds content/exemptions/<id>.mdx. Asks for missing fields in a terminal. Writes
// nothing when anything is wrong. Exit 0 written (or dry run), 1 refused, 2 usage.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { planNewEntry, type NewEntryInput } from './lib/new-entry.ts';
import { cliArgs, fail, cliSettings } from './lib/cli.ts';
import { CLI } from '#domain/strings.ts';

const t = CLI.newEntry;
const usage = t.usage;
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
// A register numbers its entries from 1; a number no register reaches is a typo.
if (v.order !== undefined && !(/^\d{1,6}$/.test(v.order) && Number(v.order) > 0)) fail(t.badOrder(v.order), usage);
const input: NewEntryInput = {
  title: v.title,
  basis: v.basis,
  opened: v.opened,
  closed: v.closed,
  period: v.period,
  id: v.id,
  unit: v.unit,
  partial: v.partial,
  order: v.order ? Number(v.order) : undefined,
};
if (process.stdin.isTTY && process.stdout.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (label: string, current: string | undefined) => current ?? ((await rl.question(`${label}: `)).trim() || undefined);
  input.title = await ask(t.askTitle, input.title);
  input.basis = await ask(t.askBasis, input.basis);
  input.opened = await ask(t.askOpened, input.opened);
  input.closed = await ask(t.askClosed, input.closed);
  input.period = await ask(t.askPeriod, input.period);
  rl.close();
}
const root = v.content ?? cliSettings().contentRoot;
const plan = planNewEntry(root, input);
if (!plan.ok) {
  console.error(t.refused);
  for (const p of plan.problems) console.error(CLI.refusedProblem(p.field, p.message, p.hint));
  console.error(`\n${usage}`);
  process.exit(1);
}
console.log(`${v['dry-run'] ? CLI.dryRun : ''}${t.created(plan.id, plan.data.order)}`);
console.log(t.basis(plan.citations));
console.log(t.period(plan.data.period.text, plan.data.period.kind, plan.periodPlain));
for (const n of plan.notes) console.log(CLI.note(n));
for (const f of plan.findings) console.log(f.severity === 'note' ? t.note(f.rule, f.message) : t.finding(f.rule, f.message));
if (!v['dry-run']) {
  writeFileSync(plan.path, plan.mdx, { flag: 'wx' });
  console.log(CLI.writtenTo(plan.path));
}
