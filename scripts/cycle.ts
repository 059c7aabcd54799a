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
import { CHECK, CLI, STAGE_STATUS_LABELS as STATUS_LABELS } from '#domain/strings.ts';
import { formatPartialDate } from '#domain/dates.ts';
import { today as todayFor } from '#content/settings.ts';
import { latestDecree } from './lib/decree.ts';
import { cycleSchema, isoDate, type Cycle } from '#domain/schema/index.ts';
import { workCalendar } from '#domain/workdays.ts';
import { cliArgs, fail, cliSettings } from './lib/cli.ts';

const t = CLI.cycle;
const usage = t.usage;
const v = cliArgs({ date: { type: 'string' }, content: { type: 'string' }, today: { type: 'string' } }, usage, { positionals: true });
const [command = 'status', stageArg] = v._;
const root = v.content ?? cliSettings().contentRoot;
const tree = loadContent(root);
const sop = tree.sops[0]?.data;
if (!sop) fail(t.noSop, usage);
const cal = workCalendar(tree.holidays.map((h) => h.data));
const checkDate = (d: string | undefined) => {
  if (!d) fail(t.dateRequired, usage);
  if (!isoDate.safeParse(d).success) fail(CLI.notADate(d), usage);
  return d;
};
const today = v.today !== undefined ? checkDate(v.today) : todayFor(tree.body?.data.timeZone);
// A stage is recorded once it is done: never with a date after today.
const pastDate = (d: string | undefined, stage: string) => {
  const date = checkDate(d);
  if (date > today) {
    const said = CHECK.dates.stageFuture(stage, formatPartialDate(date), formatPartialDate(today));
    fail(`${said.message} ${said.hint}`, usage);
  }
  return date;
};
const cyclePath = join(root, 'cycle.json');
const fmt = (d: string | null) => (d ? formatPartialDate(d) : '-');

/** Where the cycle's dates live now: the open cycle file, or the latest decree's record. */
function current(): { cycle: Cycle; where: string; save: (c: Cycle) => void } | null {
  if (tree.openCycle)
    return { cycle: tree.openCycle.data, where: t.openFile, save: (c) => writeFileSync(cyclePath, JSON.stringify(c, null, 2) + '\n') };
  const last = latestDecree(tree);
  if (!last?.decree?.data.cycle) return null;
  const path = join(last.dir, 'decree.json');
  return {
    cycle: last.decree.data.cycle,
    where: t.ofDecree(last.id),
    save: (c) => {
      const raw = JSON.parse(readFileSync(path, 'utf8'));
      raw.cycle = c;
      writeFileSync(path, JSON.stringify(raw, null, 2) + '\n');
    },
  };
}

function printStatus(cycle: Cycle, where: string) {
  const c = cycleCompliance(sop!, cycle, cal, today);
  console.log(t.status(where, fmt(cycle.start), fmt(today)));
  for (const s of c.stages) {
    const took = s.workdays === null ? '' : t.took(s.workdays);
    console.log(t.stage(Boolean(s.done), s.number, s.activity));
    console.log(t.stageDetail(s.standard, fmt(s.due), fmt(s.done), took, STATUS_LABELS[s.status]));
  }
  console.log(t.total(c.total.workdays, c.total.standard, STATUS_LABELS[c.total.status]));
  if (c.missingYears.length) console.log(t.missingHolidays(c.missingYears));
}

if (command === 'start') {
  const date = pastDate(v.date, 'start');
  if (existsSync(cyclePath)) fail(t.alreadyRunning, usage);
  const cycle = cycleSchema.parse({ start: date });
  writeFileSync(cyclePath, JSON.stringify(cycle, null, 2) + '\n');
  console.log(t.started(fmt(date)));
  for (const s of plannedSchedule(sop, date, cal)) console.log(t.planned(s.number, s.activity, s.standard, fmt(s.due), s.missingYears));
} else if (command === 'done') {
  const key = (/^[1-5]$/.test(stageArg ?? '') ? STAGE_KEYS[Number(stageArg) - 1] : stageArg) as StageKey | undefined;
  if (!key || !STAGE_KEYS.includes(key)) fail(t.unknownStage(stageArg ?? ''), usage);
  const date = pastDate(v.date, key);
  const cur = current();
  if (!cur) fail(t.noneRunning, usage);
  const prev = STAGE_KEYS.indexOf(key) === 0 ? cur.cycle.start : cur.cycle[STAGE_KEYS[STAGE_KEYS.indexOf(key) - 1]!];
  if (prev && date < prev) fail(t.beforePrevious(date, prev), usage);
  const next = { ...cur.cycle, [key]: date };
  cur.save(next);
  printStatus(next, cur.where);
} else if (command === 'status') {
  const cur = current();
  if (!cur) console.log(t.noneRecorded);
  else printStatus(cur.cycle, cur.where);
} else fail(t.unknownCommand(command), usage);
