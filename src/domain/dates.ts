/**
 * Dates in the register are calendar dates without time zones (YYYY-MM-DD), or months
 * (YYYY-MM) where the source prints no day. They are handled as UTC midnights so that
 * arithmetic never shifts a day with the machine's time zone.
 */

export interface PartialDateParts {
  year: number;
  month: number;
  day: number | null;
}

export function parsePartialDate(value: string): PartialDateParts {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) throw new RangeError(`not a partial date: ${value}`);
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null };
}

export function toUtc(isoDay: string): Date {
  const { year, month, day } = parsePartialDate(isoDay);
  return new Date(Date.UTC(year, month - 1, day ?? 1));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first and last day a partial date can denote. */
export function partialDateRange(value: string): { first: string; last: string } {
  const { year, month, day } = parsePartialDate(value);
  if (day !== null) return { first: value, last: value };
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month, 0));
  return { first: isoDay(first), last: isoDay(last) };
}

/** The day `days` after (or, negative, before) an ISO day. */
export function addDays(isoDate: string, days: number): string {
  const d = toUtc(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

export function addMonths(isoDate: string, months: number): string {
  const { year, month, day } = parsePartialDate(isoDate);
  const d = day ?? 1;
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  // Clamp to the month's last day: 31 Jan + 1 month is 28/29 Feb, not 3 Mar.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return isoDay(target);
}

const monthFormat = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' });

/** "2025-03" → "Maret 2025"; "2025-03-14" → "14 Maret 2025". */
export function formatPartialDate(value: string): string {
  const { year, month, day } = parsePartialDate(value);
  const monthName = monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
  return day === null ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** Today's calendar date in a time zone (the body's, e.g. Asia/Makassar for Kupang). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts;
}

/** An instant as a reader in `timeZone` says it: "30 November 2026 pukul 19.06 WITA". */
export function formatInstant(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Why a decree's day in force is assumed, where it is: it states none ("month" when only its month is known). */
export function assumedInForce(d: { date: string; effective: string | null }): 'month' | 'day' | null {
  if (d.effective) return null;
  return /^\d{4}-\d{2}$/.test(d.date) ? 'month' : 'day';
}
