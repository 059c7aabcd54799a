import { assumedInForce, formatPartialDate } from '#domain/dates.ts';
import { DECREE_KIND_LABELS, decreeLabel, decreeNumberLabel, decreePlaceDate, decreeTitleNumber } from '#domain/strings.ts';
import { inForceFrom } from '#domain/register.ts';
import type { Decree } from '#domain/schema/index.ts';

export interface DecreeSummary {
  id: string;
  title: string;
  /** "Nomor …" or "tanpa nomor" when none is printed. */
  numberLabel: string;
  /** Title and number: "Keputusan … (Nomor …)". */
  titleNumber: string;
  /** Title, number, place and date: "Keputusan … (Nomor …), Kupang, Maret 2025". */
  label: string;
  kindLabel: string | null;
  placeDate: string;
  inForceFrom: string;
  /** The day in force is assumed (the decree states none), from the month's end or the day signed. */
  assumed: 'month' | 'day' | null;
  signatory: Decree['signatory'];
}

export function decreeSummary(id: string, d: Decree): DecreeSummary {
  return {
    id,
    title: d.title,
    numberLabel: decreeNumberLabel(d.number),
    titleNumber: decreeTitleNumber(d),
    label: decreeLabel(d),
    kindLabel: d.kind ? (DECREE_KIND_LABELS[d.kind] ?? d.kind) : null,
    placeDate: decreePlaceDate(d),
    inForceFrom: formatPartialDate(inForceFrom(d)),
    assumed: assumedInForce(d),
    signatory: d.signatory,
  };
}
