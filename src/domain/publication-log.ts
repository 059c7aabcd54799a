import { partialDateRange } from './dates.ts';
import { inForcePeriods, type InForceDates } from './register.ts';

/**
 * The publication log: every event in the register's life, dated, as legislation.gov.uk keeps
 * one. Derived from the decrees and their annotations, never stored, so it cannot disagree
 * with them. Events to come (a version not yet in force) are not in it until their day.
 */
export type PublicationEventKind = 'established' | 'in-force' | 'superseded' | 'corrected' | 'withdrawn';

export interface PublicationEvent {
  kind: PublicationEventKind;
  /** The day of the event, YYYY-MM-DD: for a month-only signature, the month's last day. */
  day: string;
  /** The date as known: "2025-03" where only the month is printed. */
  date: string;
  versionId: string;
  /** For `superseded`: the version that took over. */
  byId?: string;
  /** For `corrected`: which correction of the version (0-based), for a stable id. */
  index?: number;
  /** For `corrected` and `withdrawn`: what was recorded. */
  note?: string;
}

export interface LoggedDecree {
  id: string;
  decree: InForceDates & {
    corrections: readonly { date: string; note: string }[];
    withdrawn: { date: string; reason: string } | null;
  };
}

const ORDER: PublicationEventKind[] = ['established', 'in-force', 'superseded', 'corrected', 'withdrawn'];

/** The events up to `today`, oldest first (by day, then in the order a version lives them). */
export function publicationLog(chain: readonly LoggedDecree[], today: string): PublicationEvent[] {
  const out: PublicationEvent[] = [];
  const periods = inForcePeriods(chain, today).filter((p) => p.from !== null && p.from <= today);
  const at = new Map(chain.map((d, i) => [d.id, i]));
  chain.forEach((d, i) => {
    const signed = partialDateRange(d.decree.date);
    if (signed.first <= today)
      out.push({ kind: 'established', day: signed.last > today ? today : signed.last, date: d.decree.date, versionId: d.id });
    const own = periods.find((p) => p.versionId === d.id);
    if (own) out.push({ kind: 'in-force', day: own.from!, date: own.from!, versionId: d.id });
    // Superseded on the first day a later version is in force: after its own period, or
    // (for one overtaken before its day) after it was signed.
    const after = own ? own.from! : signed.first;
    const next = d.decree.withdrawn ? undefined : periods.find((p) => p.versionId !== null && at.get(p.versionId)! > i && p.from! > after);
    if (next) out.push({ kind: 'superseded', day: next.from!, date: next.from!, versionId: d.id, byId: next.versionId! });
    d.decree.corrections.forEach((c, index) => {
      if (c.date <= today) out.push({ kind: 'corrected', day: c.date, date: c.date, versionId: d.id, index, note: c.note });
    });
    const w = d.decree.withdrawn;
    if (w && w.date <= today) out.push({ kind: 'withdrawn', day: w.date, date: w.date, versionId: d.id, note: w.reason });
  });
  return out.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      at.get(a.versionId)! - at.get(b.versionId)! ||
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      (a.index ?? 0) - (b.index ?? 0),
  );
}
