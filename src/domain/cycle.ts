// The update cycle against the SOP's service standard: how many working days each stage
// took, against the standard, and the due dates of a cycle being run.
import type { Cycle, Sop } from '#domain/schema/index.ts';
import { addWorkdays, workdaysBetween, type WorkCalendar } from './workdays.ts';

export const STAGE_KEYS = ['request', 'validation', 'decree', 'update', 'documentation'] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export type StageStatus = 'on-time' | 'late' | 'unknown' | 'open';

export interface StageTiming {
  number: number;
  key: StageKey;
  activity: string;
  /** The standard in working days (the SOP's reading), null where the SOP gives none. */
  standard: number | null;
  standardBasis: string;
  /** When the stage began (the previous stage's completion, or the cycle's start). */
  from: string | null;
  /** When the stage was completed. */
  done: string | null;
  /** The date it was due, from `from` and the standard. */
  due: string | null;
  workdays: number | null;
  status: StageStatus;
}

export interface CycleCompliance {
  stages: StageTiming[];
  total: { workdays: number | null; standard: number; status: StageStatus };
  /** Years crossed without a holiday list: only weekends were skipped there. */
  missingYears: number[];
}

/**
 * Each stage runs from the completion of the one before (stage 1 from the cycle's start)
 * to its own completion. With a date missing at either end the duration is unknown; a
 * stage not yet done is "open" when its start is known.
 */
export function cycleCompliance(sop: Sop, cycle: Cycle, cal: WorkCalendar, today?: string): CycleCompliance {
  const missing = new Set<number>();
  const stages: StageTiming[] = sop.stages.map((s, i) => {
    const key = s.key as StageKey;
    const prevKey = i === 0 ? 'start' : (sop.stages[i - 1]!.key as StageKey);
    const from = cycle[prevKey] ?? null;
    const done = cycle[key] ?? null;
    const standard = s.reading.workingDays;
    let due: string | null = null;
    if (from && standard !== null) {
      const r = addWorkdays(from, standard, cal);
      due = r.date;
      r.missingYears.forEach((y) => missing.add(y));
    }
    let workdays: number | null = null;
    if (from && done) {
      const r = workdaysBetween(from, done, cal);
      workdays = r.days;
      r.missingYears.forEach((y) => missing.add(y));
    }
    // A stage without a date is running (or overdue) only while no later stage is recorded;
    // once a later stage is done, its own date was simply not recorded: unknown.
    const laterDone = sop.stages.slice(i + 1).some((t) => cycle[t.key as StageKey]);
    const status: StageStatus =
      workdays !== null && standard !== null
        ? workdays <= standard
          ? 'on-time'
          : 'late'
        : !done && !laterDone && from && due && today
          ? today > due
            ? 'late'
            : 'open'
          : 'unknown';
    return { number: s.number, key, activity: s.activity, standard, standardBasis: s.reading.basis, from, done, due, workdays, status };
  });
  const end = cycle.documentation;
  let totalDays: number | null = null;
  if (cycle.start && end) {
    const r = workdaysBetween(cycle.start, end, cal);
    totalDays = r.days;
    r.missingYears.forEach((y) => missing.add(y));
  }
  return {
    stages,
    total: {
      workdays: totalDays,
      standard: sop.total.workingDays,
      status: totalDays === null ? 'unknown' : totalDays <= sop.total.workingDays ? 'on-time' : 'late',
    },
    missingYears: [...missing].sort(),
  };
}

/** The planned schedule of a cycle starting on `start`: each stage due after the one before. */
export function plannedSchedule(
  sop: Sop,
  start: string,
  cal: WorkCalendar,
): { number: number; key: StageKey; activity: string; standard: number | null; due: string | null; missingYears: number[] }[] {
  let from: string | null = start;
  return sop.stages.map((s) => {
    const standard = s.reading.workingDays;
    const r = from && standard !== null ? addWorkdays(from, standard, cal) : null;
    from = r?.date ?? null;
    return {
      number: s.number,
      key: s.key as StageKey,
      activity: s.activity,
      standard,
      due: r?.date ?? null,
      missingYears: r?.missingYears ?? [],
    };
  });
}
