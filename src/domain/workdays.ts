import { isoDay, toUtc } from './dates.ts';
import type { Holidays } from '#domain/schema/index.ts';

export interface WorkCalendar {
  /** Non-working weekdays (national holidays and cuti bersama), by ISO date. */
  closed: ReadonlySet<string>;
  /** Years for which a holiday list exists. */
  years: ReadonlySet<number>;
}

export function workCalendar(lists: readonly Holidays[]): WorkCalendar {
  return {
    closed: new Set(lists.flatMap((l) => l.days.map((d) => d.date))),
    years: new Set(lists.map((l) => l.year)),
  };
}

export interface WorkdayCount {
  days: number;
  /** Years crossed for which no holiday list exists: there only weekends were skipped. */
  missingYears: number[];
}

function isWorkday(d: Date, cal: WorkCalendar): boolean {
  const dow = d.getUTCDay();
  return dow !== 0 && dow !== 6 && !cal.closed.has(isoDay(d));
}

/**
 * Working days after `from` up to and including `to` (0 when `to` <= `from`). Saturday and
 * Sunday are off, as for Indonesian civil servants (five-day week).
 */
export function workdaysBetween(from: string, to: string, cal: WorkCalendar): WorkdayCount {
  const missing = new Set<number>();
  let days = 0;
  const end = toUtc(to);
  for (let d = toUtc(from); ;) {
    d = new Date(d.getTime() + 86_400_000);
    if (d > end) break;
    if (!cal.years.has(d.getUTCFullYear())) missing.add(d.getUTCFullYear());
    if (isWorkday(d, cal)) days++;
  }
  return { days, missingYears: [...missing].sort() };
}

/**
 * The date `n` working days after `from` (for due dates: a stage of 5 HK started on a Friday
 * is due the next Friday). n = 0 gives `from` itself.
 */
export function addWorkdays(from: string, n: number, cal: WorkCalendar): { date: string; missingYears: number[] } {
  const missing = new Set<number>();
  let d = toUtc(from);
  for (let left = n; left > 0;) {
    d = new Date(d.getTime() + 86_400_000);
    if (!cal.years.has(d.getUTCFullYear())) missing.add(d.getUTCFullYear());
    if (isWorkday(d, cal)) left--;
  }
  return { date: isoDay(d), missingYears: [...missing].sort() };
}
