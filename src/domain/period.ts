import { addMonths, formatPartialDate, partialDateRange } from './dates.ts';
import type { Period, SimplePeriod } from '#domain/schema/index.ts';
// Straight from labels.ts, not the strings barrel: the compare page's script bundles this module.
import { PERIOD_WORDS as W } from '#domain/strings/labels.ts';
import { inlineNumbered, MARKER } from './cell-text.ts';

/** Wording registers use where no clear period is given: read as `vague`, a finding (period-vague). */
const VAGUE_PATTERNS = [
  /jangka waktu tertentu/i,
  /batas waktu (?:tertentu|yang ditetapkan)/i,
  /waktu yang (?:tidak|belum) ditentukan/i,
  /sewaktu-waktu/i,
  /\bbelum ditentukan\b/i,
  /\bsesuai kebutuhan\b/i,
  /^-$|^$/,
];

const vagueWording = (text: string) => VAGUE_PATTERNS.some((re) => re.test(text.trim()));

/**
 * A period that says no clear end: `vague`, or wording that says none whatever kind it was
 * given (snapshots frozen before `vague` existed recorded it as `unclear`), or a part of a
 * mixed one.
 */
export function isVague(p: Period): boolean {
  if (p.kind === 'vague') return true;
  if (p.kind === 'mixed') return p.parts.some(isVague);
  return vagueWording(p.text);
}

/** Wording no reading has been given: for the editor to read, not a finding about the body. */
export function isUnread(p: Period): boolean {
  if (p.kind === 'mixed') return p.parts.some(isUnread);
  return p.kind === 'unclear' && !vagueWording(p.text);
}

/**
 * A period that may never end, as Pasal 20(1) forbids for letters a–f: "Tidak terbatas", or a
 * numbered list of periods with such an item ("1. Tidak terbatas … 2. Atas persetujuan …"):
 * each number is a period of its own, for its own part of the information. "Tidak terbatas,
 * sampai ada putusan" or "Permanen atau terbuka apabila …" is no unlimited period: what
 * follows ends it, and a public finding must not read it otherwise.
 */
export function canLastForever(p: Period): boolean {
  if (p.kind === 'mixed') return /^\s*(?:1|a)[.)]\s/i.test(p.text) && p.parts.some(canLastForever);
  return p.kind === 'indefinite';
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
    case 'by-rule':
      return W.byRule(p.rule);
    case 'mixed':
      return W.mixed(p.parts.map((q) => describePeriod(q).replace(/\.$/, '')));
    case 'vague':
      return W.vague;
    case 'unclear':
      return W.unclear;
  }
}

/**
 * Reads a period as registers word it ("Tidak terbatas", "5 Tahun", "Sampai dengan …",
 * "Apabila mendapat persetujuan …", "Selama …"). Used to suggest a `kind` to editors and by
 * the importer; wording it cannot read becomes `unclear`, never a guess, and wording that
 * says no clear end becomes `vague`.
 */
export function readPeriodText(wording: string): Period {
  const text = wording.replace(/\s+/g, ' ').trim();
  // Alternatives: "5 tahun atau sampai selesainya audit", "A; B", "A / B", and numbered ones
  // ("1. Tidak terbatas … 2. Atas persetujuan … 3. Sampai …"). Each part must read on its own.
  const numbered = inlineNumbered(text);
  // " / " parts an alternative, not "1 / 2 tahun".
  const parts = (numbered.length > 1 ? numbered : numbered[0]!.split(/\s*(?:;|\batau\b|(?<!\d)\s\/\s(?!\d))\s*/i))
    .map((p) =>
      p
        .replace(MARKER, '')
        .replace(/[;,]\s*$/, '')
        .trim(),
    )
    .filter(Boolean)
    // "Informasi ini hanya boleh diberikan kepada instansi yang berwenang": who may receive it,
    // beside the period, is no period of its own.
    .filter((p, _, all) => all.length === 1 || !ACCESS_ONLY.test(p))
    // "Permanen, kecuali atas persetujuan …", "Tidak terbatas, sampai ada putusan …": an
    // indefinite period with what ends it, read as two alternatives.
    .flatMap((p) => {
      const head = INDEFINITE.exec(p);
      const rest = head
        ? p
            .slice(head[0].length)
            .replace(/^[\s.,;(]*/, '')
            .replace(/\)$/, '')
        : '';
      // "kecuali atas putusan pengadilan", "kecuali atas permintaan pihak berwajib": who may
      // still be given it, not an end; "kecuali atas persetujuan …" ends it.
      const ends = ENDS_IT.test(rest) && !/^kecuali\s+atas\s+(?:putusan|permintaan|perintah)\b/i.test(rest);
      return head && ends ? [p.slice(0, head[1]!.length), rest.replace(/^kecuali\s+/i, '')] : [p];
    });
  // A period cell that holds only legal citations states no period.
  if (parts.length && parts.every((p) => CITATION_ONLY.test(p) && readSimplePeriod(p).kind === 'unclear')) return { kind: 'vague', text };
  if (parts.length > 1) {
    const read = parts.map((p) => readSimplePeriod(p.trim()));
    if (read.every((p) => p.kind !== 'unclear')) return { kind: 'mixed', text, parts: read };
    return { kind: 'unclear', text };
  }
  if (!text || /^[-–—.]$/.test(text)) return { kind: 'vague', text: text || '-' };
  return readSimplePeriod(parts[0] ?? text, text);
}

/**
 * "Tidak terbatas", "Permanen", also with a qualification after it: "Permanen (kecuali kepada
 * pemilik data)", "Tidak terbatas, kecuali …". A qualification that ends the exemption (a
 * consent, an event: "Permanen, kecuali atas persetujuan …") makes it no indefinite period.
 */
const INDEFINITE =
  /^((?:dikecualikan\s+)?untuk\s+seterusnya|tidak terbatas|perma[nm]en|selamanya|tanpa batas( waktu)?)\s*(?:[.,;(]|\s(?=kecuali\b)|$)/i;
const ENDS_IT = /\b(?:persetujuan|sampai|hingga|setelah|selama|putusan)\b/i;
/** Who may be given the information, written in the period column: no period. */
const ACCESS_ONLY = new RegExp(
  String.raw`^(?:informasi ini\s+)?hanya\s+(?:boleh|dapat)\s+diberikan\s+kepada\b|^terbuka\s+terbatas\s+untuk\b|` +
    String.raw`^kecuali\s+(?:pihak|kepada|untuk|bagi)\b`,
  'i',
);
/** A law or an article, where a period should be. */
const CITATION_ONLY = /\b(?:UU|Undang-Undang|Pasal|Peraturan|PP)\b/i;
/** Consent: "Apabila mendapat persetujuan …", "Dibuka setelah mendapatkan persetujuan tertulis dari …", "Atas persetujuan …". */
const CONSENT = new RegExp(
  String.raw`^(?:kecuali\s+)?(?:(?:dapat\s+)?(?:dibuka|terbuka)\s+)?` +
    String.raw`(?:(?:apabila|jika|bila|setelah|sampai(?:\s+(?:ada|dengan|mendapat))?|atas)\s+)?` +
    String.raw`(?:(?:mendapat(?:kan)?|memperoleh|ada|adanya)\s+)?(?:persetujuan|ijin|izin)` +
    String.raw`(?:\s+(?:secara\s+)?tertulis)?(?:\s+(?:dari\s+)?(?<party>.+))?$`,
  'i',
);
/** "Sesuai ketentuan peraturan perundang-undangan", "Sesuai Jadwal Retensi Arsip": the period other rules set. */
const BY_RULE = new RegExp(
  String.raw`^(?:sesuai(?:\s+dengan)?|berdasarkan|mengikuti|menyesuaikan)\s+` +
    String.raw`(?<rule>(?:ketentuan|peraturan|undang-undang|jadwal retensi|JRA|masa retensi)\b.*)$`,
  'i',
);
const GENERIC_RULE = /^(?:ketentuan\s+)?(?:peraturan\s+)?(?:perundang-undangan|perundangan|peraturan|ketentuan)(?:\s+yang\s+berlaku)?\.?$/i;
const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
/** "31 Desember 2025" as 2025-12-31; null when it is no date. */
function indonesianDate(text: string): string | null {
  const m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (!m || !month) return null;
  const day = Number(m[1]);
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return day >= 1 && new Date(`${iso}T00:00:00Z`).getUTCDate() === day ? iso : null;
}
/** An event that ends the exemption: "Sampai dengan …", "Terbatas sampai …", "Dibuka setelah …", "Dapat dibuka pada …". */
const EVENT = new RegExp(
  String.raw`^(?:(?:terbatas\s+)?sampai(?:\s+dengan)?|hingga|dibuka\s+setelah|dapat\s+dibuka\s+(?:pada|setelah)|` +
    String.raw`atas(?=\s+(?:perintah|putusan|permintaan)\b))\s+(?<event>.+)$`,
  'i',
);

/** "5 tahun", "Selama 5 (lima) tahun", "Sampai dengan 4 tahun setelah …", "30 th", "2 thn". */
const DURATION = new RegExp(
  String.raw`^(?:(?:selama|dibuka\s+setelah|setelah|sampai(?:\s+dengan)?|hingga)\s+)?` +
    String.raw`(\d+)\s*\(?[a-z ]*?\)?\s*(tahun|thn|th|bulan)(?![a-z])(.*)$`,
);

const NUMBER_WORDS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  'dua belas': 12,
  'lima belas': 15,
  'dua puluh': 20,
  'dua puluh lima': 25,
  'tiga puluh': 30,
};
/** "lima tahun", "lima (5) tahun" as "5 tahun"; "5 (lima) tahun" is read by the duration pattern itself. */
function numeralsFor(t: string): string {
  const words = Object.keys(NUMBER_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|');
  return t.replace(
    new RegExp(
      String.raw`^((?:selama|dibuka\s+setelah|setelah|sampai(?:\s+dengan)?|hingga)\s+)?(${words})(?:\s*\(\d+\))?(?=\s+(?:tahun|bulan)\b)`,
    ),
    (_, lead: string | undefined, w: string) => `${lead ?? ''}${NUMBER_WORDS[w]}`,
  );
}

/** `part` read on its own; `text`, the wording the period keeps (the whole cell for a single numbered item). */
function readSimplePeriod(part: string, text = part): SimplePeriod {
  const t = part.toLowerCase();
  const indefinite = INDEFINITE.exec(t);
  if (indefinite) return { kind: 'indefinite', text };
  // "Selama 5 tahun", "Dibuka setelah 5 tahun": a duration.
  // "30 th", "2 thn": tahun written short.
  const dur = DURATION.exec(numeralsFor(t));
  if (dur) {
    const n = Number(dur[1]);
    // "5 tahun sejak …", "2 tahun setelah …", also after a comma or in brackets: from a named
    // event; nothing, "sejak ditetapkan", or a reason ("5 tahun, sesuai masa simpan arsip"):
    // from the decree.
    const rest = dur[3]!
      .trim()
      .replace(/^[,(]\s*/, '')
      .replace(/\)$/, '');
    const anchor = /^(?:sejak|terhitung sejak|dari|setelah|sesudah)\s+(.+)$/.exec(rest);
    const fromDecree = !rest || /^sejak (di ?tetapkan|penetapan|keputusan)/.test(rest) || (/^[,(/]/.test(dur[3]!.trim()) && !anchor);
    const from = fromDecree
      ? ({ kind: 'decree' } as const)
      : anchor
        ? ({
            kind: 'event',
            event: part.slice(part.toLowerCase().indexOf(anchor[1]!), part.toLowerCase().indexOf(anchor[1]!) + anchor[1]!.length),
          } as const)
        : null;
    if (from) return { kind: 'duration', text, ...(dur[2] === 'bulan' ? { months: n } : { years: n }), from };
  }
  if (vagueWording(part)) return { kind: 'vague', text };
  const byRule = BY_RULE.exec(part);
  if (byRule) {
    // "Berdasarkan peraturan perundang-undangan, tidak terbatas": the period is what follows.
    const [rule, after] = byRule.groups!.rule!.split(/\s*,\s*(.*)/s) as [string, string | undefined];
    const then = after ? readSimplePeriod(after, text) : null;
    if (then && then.kind !== 'unclear') return then;
    return { kind: 'by-rule', text, ...(GENERIC_RULE.test(rule.trim()) ? {} : { rule: rule.trim() }) };
  }
  const consent = CONSENT.exec(part);
  if (consent) return { kind: 'until-consent', text, ...(consent.groups!.party ? { party: consent.groups!.party } : {}) };
  const event = EVENT.exec(part);
  if (event) {
    const date = indonesianDate(event.groups!.event!);
    return date ? { kind: 'until-date', text, date } : { kind: 'until-event', text, event: event.groups!.event! };
  }
  // "Selama proses pemeriksaan hingga putusan final": the end is the event named after "hingga".
  const whileUntil = /^selama .+?\s(?:hingga|sampai(?:\s+dengan)?)\s+(?<event>.+)$/i.exec(part);
  if (whileUntil) return { kind: 'until-event', text, event: whileUntil.groups!.event! };
  const whileMatch = /^selama (.+)$/i.exec(part);
  if (whileMatch) return { kind: 'while', text, condition: whileMatch[1]! };
  // "Kecuali ada permintaan khusus": an exception with no period beside it.
  if (/^kecuali\b/i.test(part)) return { kind: 'vague', text };
  return { kind: 'unclear', text };
}
