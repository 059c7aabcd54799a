// Periods of the register's history, as the pages and the browser both read them. No imports:
// the point-in-time page's script bundles this very function.

/**
 * One stretch of time with the same register in force: from a version's first day in force
 * (or from the beginning, when none was yet), to the day before the next one (or open).
 * `pending`: versions already signed by the period's last day (by `today`, for the period
 * under way; none for a period still to come) that come into force only after that day.
 */
export interface InForcePeriod {
  from: string | null;
  to: string | null;
  versionId: string | null;
  pending: string[];
}

/** The period a day (YYYY-MM-DD) falls in, or null. */
export function periodOn<P extends Pick<InForcePeriod, 'from' | 'to'>>(periods: readonly P[], day: string): P | null {
  return periods.find((p) => (p.from === null || p.from <= day) && (p.to === null || day <= p.to)) ?? null;
}
