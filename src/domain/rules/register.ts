// Rules about the register as a whole and the decree that established it, beside the entry
// rules: is the register current, and does its decree state what a classification decree
// must. Like the entry rules, they are pure and run for the check, the site and the PR summary.
import { addMonths, formatPartialDate, partialDateRange } from '#domain/dates.ts';
import type { DecreeCore } from '#domain/schema/index.ts';
import { CHECK } from '#domain/strings.ts';
import { problem, type Problem } from './registry.ts';

/** Monev KIP asks for the current year's register: a decree older than this is stale. */
export const STALE_AFTER_MONTHS = 12;

export interface RegisterRuleInput {
  /** The latest decree, by id, with its core elements and the entries it established. */
  decree: { id: string; file: string; data: Pick<DecreeCore, 'date' | 'place'> };
  today: string;
}

/**
 * The day after which a register decreed on `date` is stale: 12 months on, or the SOP's own
 * interval where it states one (`everyMonths`). A decree dated to the month counts from the
 * month's last day: stale only when surely so.
 */
export function staleAfter(date: string, everyMonths: number | null = null): string {
  return addMonths(partialDateRange(date).last, Math.min(STALE_AFTER_MONTHS, everyMonths ?? STALE_AFTER_MONTHS));
}

export function registerRules({ decree, today }: RegisterRuleInput): Problem[] {
  const subject = { kind: 'decree' as const, id: decree.id };
  const out: Problem[] = [];
  if (today > staleAfter(decree.data.date))
    out.push(
      problem('register-stale', {
        file: decree.file,
        field: 'date',
        subject,
        ...CHECK.decree.stale(formatPartialDate(decree.data.date), STALE_AFTER_MONTHS),
      }),
    );
  const missing: string[] = [];
  if (!decree.data.place) missing.push(CHECK.decree.elements.place);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(decree.data.date)) missing.push(CHECK.decree.elements.day(formatPartialDate(decree.data.date)));
  // The unit responsible is not asked here: an entry without one may only mean that the
  // editors have not entered it (the importer does not read that column), not that the
  // decree lacks it, and a public finding must rest on the decree itself.
  if (missing.length) out.push(problem('decree-elements', { file: decree.file, subject, ...CHECK.decree.elementsMissing(missing) }));
  return out;
}
