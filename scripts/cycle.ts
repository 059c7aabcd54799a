#!/usr/bin/env node
// npm run cycle                                  status of the cycle under way (or the last)
// npm run cycle -- start --date 2026-11-23       start a cycle: content/cycle.json + checklist
// npm run cycle -- done <tahap> --date 2026-11-30  record a stage as completed
// Stages: request, validation, decree, update, documentation (or 1–5). Due dates are in
// working days from the SOP's service standard, skipping weekends, holidays and cuti bersama
// in content/holidays. While no decree exists, dates go to content/cycle.json; `npm run
// decree` moves them into the new decree; later stages are then recorded on that decree.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '#content/load.ts';
import { cycleCompliance, plannedSchedule, STAGE_KEYS, type StageKey } from '#domain/cycle.ts';
import { STAGE_STATUS_LABELS as STATUS_LABELS } from '#domain/strings.ts';
import { formatPartialDate } from '#domain/dates.ts';
import { today as todayFor } from '#content/settings.ts';
import { latestDecree } from './lib/decree.ts';
import { cycleSchema, isoDate, type Cycle } from '#domain/schema/index.ts';
import { workCalendar } from '#domain/workdays.ts';
import { cliArgs, fail, cliSettings } from './lib/cli.ts';

const usage = `Pemakaian:
  npm run cycle                                   status siklus pemutakhiran
  npm run cycle -- start --date <TTTT-BB-HH>       mulai siklus baru (membuat content/cycle.json)
  npm run cycle -- done <tahap> --date <TTTT-BB-HH> catat tahap selesai; tahap: ${STAGE_KEYS.join(', ')} atau 1-5
  [--content <folder>] [--today <TTTT-BB-HH>]`;
const v = cliArgs({ date: { type: 'string' }, content: { type: 'string' }, today: { type: 'string' } }, usage, { positionals: true });
const [command = 'status', stageArg] = v._;
const root = v.content ?? cliSettings().contentRoot;
const tree = loadContent(root);
const sop = tree.sops[0]?.data;
if (!sop) fail('SOP belum ada di content/sop.', usage);
const cal = workCalendar(tree.holidays.map((h) => h.data));
const today = v.today ?? todayFor(tree.body?.data.timeZone);
const cyclePath = join(root, 'cycle.json');
const fmt = (d: string | null) => (d ? formatPartialDate(d) : '-');
const checkDate = (d: string | undefined) => {
  if (!d) fail('Tanggal wajib diisi: --date TTTT-BB-HH.', usage);
  if (!isoDate.safeParse(d).success) fail(`"${d}" bukan tanggal TTTT-BB-HH.`, usage);
  return d;
};

/** Where the cycle's dates live now: the open cycle file, or the latest decree's record. */
function current(): { cycle: Cycle; where: string; save: (c: Cycle) => void } | null {
  if (tree.openCycle) return { cycle: tree.openCycle.data, where: 'content/cycle.json', save: (c) => writeFileSync(cyclePath, JSON.stringify(c, null, 2) + '\n') };
  const last = latestDecree(tree);
  if (!last?.decree?.data.cycle) return null;
  const path = join(last.dir, 'decree.json');
  return {
    cycle: last.decree.data.cycle,
    where: `keputusan ${last.id}`,
    save: (c) => {
      const raw = JSON.parse(readFileSync(path, 'utf8'));
      raw.cycle = c;
      writeFileSync(path, JSON.stringify(raw, null, 2) + '\n');
    },
  };
}

function printStatus(cycle: Cycle, where: string) {
  const c = cycleCompliance(sop!, cycle, cal, today);
  console.log(`Siklus pemutakhiran (${where}), mulai ${fmt(cycle.start)}; hari ini ${fmt(today)}.`);
  for (const s of c.stages) {
    const took = s.workdays === null ? '' : `, ${s.workdays} HK`;
    console.log(`  [${s.done ? 'x' : ' '}] ${s.number}. ${s.activity}`);
    console.log(`      standar ${s.standard ?? '?'} HK · jatuh tempo ${fmt(s.due)} · selesai ${fmt(s.done)}${took} · ${STATUS_LABELS[s.status]}`);
  }
  console.log(`  Total: ${c.total.workdays ?? '?'} dari ${c.total.standard} HK (${STATUS_LABELS[c.total.status]}).`);
  if (c.missingYears.length) console.log(`  Catatan: daftar hari libur tahun ${c.missingYears.join(', ')} belum ada di content/holidays; hanya akhir pekan yang dilewati.`);
}

if (command === 'start') {
  const date = checkDate(v.date);
  if (existsSync(cyclePath)) fail('Siklus sudah berjalan (content/cycle.json ada). Catat tahapnya dengan "done", atau buat keputusannya dulu.', usage);
  const cycle = cycleSchema.parse({ start: date });
  writeFileSync(cyclePath, JSON.stringify(cycle, null, 2) + '\n');
  console.log(`Siklus dimulai ${fmt(date)}; dicatat di content/cycle.json. Daftar periksa dan jatuh tempo (hari kerja):`);
  for (const s of plannedSchedule(sop, date, cal)) console.log(`  [ ] ${s.number}. ${s.activity}\n      ${s.standard ?? '?'} HK · jatuh tempo ${fmt(s.due)}${s.missingYears.length ? ` (tanpa daftar libur ${s.missingYears.join(', ')})` : ''}`);
} else if (command === 'done') {
  const date = checkDate(v.date);
  const key = (/^[1-5]$/.test(stageArg ?? '') ? STAGE_KEYS[Number(stageArg) - 1] : stageArg) as StageKey | undefined;
  if (!key || !STAGE_KEYS.includes(key)) fail(`Tahap "${stageArg ?? ''}" tidak dikenal.`, usage);
  const cur = current();
  if (!cur) fail('Tidak ada siklus yang berjalan. Mulai dengan: npm run cycle -- start --date TTTT-BB-HH', usage);
  const prev = STAGE_KEYS.indexOf(key) === 0 ? cur.cycle.start : cur.cycle[STAGE_KEYS[STAGE_KEYS.indexOf(key) - 1]!];
  if (prev && date < prev) fail(`Tanggal ${date} mendahului tahap sebelumnya (${prev}).`, usage);
  const next = { ...cur.cycle, [key]: date };
  cur.save(next);
  printStatus(next, cur.where);
} else if (command === 'status') {
  const cur = current();
  if (!cur) console.log('Belum ada siklus yang dicatat. Mulai dengan: npm run cycle -- start --date TTTT-BB-HH');
  else printStatus(cur.cycle, cur.where);
} else fail(`Perintah "${command}" tidak dikenal.`, usage);
