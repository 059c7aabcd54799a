import { formatPartialDate } from '#domain/dates.ts';
import { DECREE_KIND_LABELS, decreeLabel, decreeNumberLabel, decreePlaceDate } from '#domain/strings.ts';
import { decreeInForce, inForceFrom, orderChain } from '#domain/register.ts';
import type { Decree, RegisterSnapshot } from '#domain/schema/index.ts';

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
  signatory: Decree['signatory'];
}

export function decreeSummary(id: string, d: Decree): DecreeSummary {
  return {
    id,
    title: d.title,
    numberLabel: decreeNumberLabel(d.number),
    titleNumber: `${d.title} (${decreeNumberLabel(d.number)})`,
    label: decreeLabel(d),
    kindLabel: d.kind ? DECREE_KIND_LABELS[d.kind] ?? d.kind : null,
    placeDate: decreePlaceDate(d),
    inForceFrom: formatPartialDate(inForceFrom(d)),
    signatory: d.signatory,
  };
}

export interface InForce {
  decreeId: string;
  decree: Decree;
  snapshot: RegisterSnapshot;
}

/**
 * The register in force on `today` from the decree and snapshot collections. Returns null
 * when no decree is in force yet (the site then says so instead of showing the working
 * copy as if it were decreed).
 */
export function registerInForce(
  decrees: readonly { id: string; data: Decree }[],
  registers: readonly { id: string; data: RegisterSnapshot }[],
  today: string,
): InForce | null {
  const chain = orderChain(decrees.map((d) => ({ id: d.id, supersedes: d.data.supersedes, value: d })));
  if (!chain.ok) throw new Error(`Riwayat keputusan tidak membentuk satu rantai (${chain.reason}); jalankan npm run check.`);
  const current = decreeInForce(
    chain.order.map((l) => ({ id: l.id, decree: l.value.data })),
    today,
  );
  if (!current) return null;
  const snapshot = registers.find((r) => r.id === current.id)?.data;
  if (!snapshot) throw new Error(`register.json keputusan ${current.id} tidak ada; jalankan npm run check.`);
  return { decreeId: current.id, decree: current.decree, snapshot };
}
