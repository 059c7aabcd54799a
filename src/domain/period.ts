import { addMonths, formatPartialDate, partialDateRange } from './dates.ts';
import type { Period, SimplePeriod } from '#domain/schema/index.ts';
// Straight from labels.ts, not the strings barrel: the compare page's script bundles this module.
import { PERIOD_WORDS as W } from '#domain/strings/labels.ts';
import { inlineNumbered, MARKER } from './cell-text.ts';

/** Wording registers use where no clear period is given; flagged as period-vague. */
const VAGUE_PATTERNS = [/jangka waktu tertentu/i, /sewaktu-waktu/i, /\bbelum ditentukan\b/i, /\bsesuai kebutuhan\b/i, /^-$|^$/];

export function isVague(p: Period): boolean {
  if (p.kind === 'unclear') return true;
  if (p.kind === 'mixed') return p.parts.some(isVague);
  return VAGUE_PATTERNS.some((re) => re.test(p.text.trim()));
}

export function totalYears(p: Period): number | null {
  if (p.kind === 'duration') return (p.years ?? 0) + (p.months ?? 0) / 12;
  if (p.kind === 'mixed') {
    const ys = p.parts.map(totalYears).filter((y): y is number => y !== null);
    return ys.length ? Math.max(...ys) : null;
  }
  return null;
}

export interface PeriodEnd {
  /** The last day on which the exemption applies. */
  date: string;
  /** True when the anchor was known only to the month: the end may be up to a month later. */
  approximate: boolean;
}

/**
 * When the exemption ends, where that can be computed. `decreeDate` is the (partial) date of
 * the decree that established the period, for periods counted from the decree. A month-only
 * anchor is taken at its first day, so a warning comes early rather than late.
 */
export function periodEnd(p: Period, decreeDate: string | null): PeriodEnd | null {
  const single = (q: SimplePeriod): PeriodEnd | null => {
    if (q.kind === 'until-date') return { date: q.date, approximate: false };
    if (q.kind !== 'duration') return null;
    let anchor: string | null = null;
    let approximate = false;
    if (q.from.kind === 'date') anchor = q.from.date;
    else if (q.from.kind === 'decree' && decreeDate) {
      const range = partialDateRange(decreeDate);
      anchor = range.first;
      approximate = range.first !== range.last;
    }
    if (!anchor) return null;
    const months = (q.years ?? 0) * 12 + (q.months ?? 0);
    return { date: addMonths(anchor, months), approximate };
  };
  if (p.kind === 'mixed') {
    const ends = p.parts.map(single).filter((e): e is PeriodEnd => e !== null);
    if (!ends.length) return null;
    return ends.reduce((a, b) => (b.date < a.date ? b : a));
  }
  return single(p);
}

/** The period in plain words for the public, beside the decree's own wording. */
export function describePeriod(p: Period): string {
  switch (p.kind) {
    case 'indefinite':
      return W.indefinite;
    case 'duration': {
      const span = [p.years ? W.years(p.years) : '', p.months ? W.months(p.months) : ''].filter(Boolean).join(' ');
      const from = p.from.kind === 'decree' ? W.fromDecree : W.from(p.from.kind === 'date' ? formatPartialDate(p.from.date) : p.from.event);
      return W.duration(span, from);
    }
    case 'until-date':
      return W.untilDate(formatPartialDate(p.date));
    case 'until-event':
      return W.untilEvent(p.event);
    case 'until-consent':
      return W.untilConsent(p.party);
    case 'while':
      return W.while(p.condition);
    case 'mixed':
      return W.mixed(p.parts.map((q) => describePeriod(q).replace(/\.$/, '')));
    case 'unclear':
      return W.unclear;
  }
}

/**
 * Reads a period as registers word it ("Tidak terbatas", "5 Tahun", "Sampai dengan …",
 * "Apabila mendapat persetujuan …", "Selama …"). Used to suggest a `kind` to editors and by
 * the importer; wording it cannot read becomes `unclear`, never a guess.
 */
export function readPeriodText(wording: string): Period {
  const text = wording.replace(/\s+/g, ' ').trim();
  // Alternatives: "5 tahun atau sampai selesainya audit", "A; B", "A / B", and numbered ones
  // ("1. Tidak terbatas … 2. Atas persetujuan … 3. Sampai …"). Each part must read on its own.
  const numbered = inlineNumbered(text);
  const parts = (numbered.length > 1 ? numbered.map((p) => p.replace(MARKER, '')) : text.split(/\s*(?:;|\batau\b|\s\/\s)\s*/i)).filter(
    Boolean,
  );
  if (parts.length > 1) {
    const read = parts.map((p) => readSimplePeriod(p.trim()));
    if (read.every((p) => p.kind !== 'unclear')) return { kind: 'mixed', text, parts: read };
    return { kind: 'unclear', text };
  }
  return readSimplePeriod(text);
}

/**
 * "Tidak terbatas", "Permanen", also with a qualification after it: "Permanen (kecuali kepada
 * pemilik data)", "Tidak terbatas, kecuali …".
 */
const INDEFINITE = /^(tidak terbatas|permanen|selamanya|tanpa batas( waktu)?)\s*(?:[.,;(]|$)/i;
/** Consent: "Apabila mendapat persetujuan …", "Dibuka setelah mendapatkan persetujuan tertulis dari …", "Atas persetujuan …". */
const CONSENT = new RegExp(
  String.raw`^(?:(?:dibuka|terbuka)\s+)?(?:apabila|jika|bila|setelah|sampai ada|sampai mendapat|atas)\s+` +
    String.raw`(?:(?:mendapat(?:kan)?|ada)\s+)?persetujuan\s+(?:tertulis\s+)?(?:dari\s+)?(?<party>.+)$`,
  'i',
);
/** An event that ends the exemption: "Sampai dengan …", "Terbatas sampai …", "Dibuka setelah …", "Dapat dibuka pada …". */
const EVENT = /^(?:(?:terbatas\s+)?sampai(?:\s+dengan)?|hingga|dibuka\s+setelah|dapat\s+dibuka\s+(?:pada|setelah))\s+(?<event>.+)$/i;

function readSimplePeriod(text: string): SimplePeriod {
  const t = text.toLowerCase();
  if (INDEFINITE.test(t)) return { kind: 'indefinite', text };
  const dur = /^(\d+)\s*\(?[a-z ]*\)?\s*(tahun|bulan)\b(.*)$/.exec(t);
  if (dur) {
    const n = Number(dur[1]);
    const rest = dur[3]!.trim();
    // "5 tahun sejak …" / "2 tahun setelah …": from a named event; nothing, "sejak
    // ditetapkan" or a reason after a comma ("5 tahun, sesuai masa simpan arsip"): from the decree.
    const anchor = /^(?:sejak|terhitung sejak|dari|setelah|sesudah)\s+(.+)$/.exec(rest);
    const from =
      !rest || /^sejak (di ?tetapkan|penetapan|keputusan)/.test(rest) || /^[,(]/.test(rest)
        ? ({ kind: 'decree' } as const)
        : anchor
          ? ({ kind: 'event', event: text.slice(text.length - anchor[1]!.length) } as const)
          : null;
    if (from) return { kind: 'duration', text, ...(dur[2] === 'tahun' ? { years: n } : { months: n }), from };
  }
  if (VAGUE_PATTERNS.some((re) => re.test(text))) return { kind: 'unclear', text };
  const consent = CONSENT.exec(text);
  if (consent) return { kind: 'until-consent', text, party: consent.groups!.party! };
  const event = EVENT.exec(text);
  if (event) return { kind: 'until-event', text, event: event.groups!.event! };
  const whileMatch = /^selama (.+)$/i.exec(text);
  if (whileMatch) return { kind: 'while', text, condition: whileMatch[1]! };
  return { kind: 'unclear', text };
}
