// The legal rules of kip-law.md for one register entry, one small function per rule. They
// work on the working copy and on frozen snapshot entries alike, so the compliance page,
// `npm run check` and `npm run new` agree.
import { isDeepStrictEqual } from 'node:util';
import { exemptionLetters, resolveCitation, type ResolvedCitation } from '#domain/citation.ts';
import { formatPartialDate } from '#domain/dates.ts';
import { isVague, periodEnd, totalYears } from '#domain/period.ts';
import type { Law, LawLetter, SnapshotEntry, Unit } from '#domain/schema/index.ts';
import { PERIOD_KIND_LABELS } from '#domain/strings.ts';
import { workdaysBetween, type WorkCalendar } from '#domain/workdays.ts';
import { matchesLetter } from './letter-keywords.ts';
import { formatPath, problem, type DataPath, type Problem } from './registry.ts';

export interface EntryRuleContext {
  laws: ReadonlyMap<string, Law>;
  units: ReadonlyMap<string, Unit>;
  /** The file the entry is read from, for messages. */
  file: string;
  lineOf?: (path: DataPath) => number | undefined;
  /** Date of the decree that established the entry's period, for periods counted from it. */
  decreeDate: string | null;
  today: string;
  calendar: WorkCalendar;
  /** Where the field paths point: the working copy's frontmatter or a snapshot entry. */
  pathPrefix?: DataPath;
}

/** Days before the end of a period at which the PPID must announce that it opens. */
export const EXPIRY_NOTICE_WORKDAYS = 30;

/** What several rules need to know about an entry, worked out once. */
interface EntryFacts {
  e: SnapshotEntry;
  ctx: EntryRuleContext;
  /** Where a problem about the field at `path` points (file, line, field, subject). */
  at: (path: DataPath) => Pick<Problem, 'file' | 'line' | 'field' | 'subject'>;
  /** The law whose exemption article lists the grounds (UU 14/2008), when it is known. */
  kip: Law | undefined;
  /** Each citation, resolved against content/laws, in order. */
  resolved: ReturnType<typeof resolveCitation>[];
  /** True when a citation names a law, article or letter that content/laws does not have. */
  basisBroken: boolean;
  /** The exemption-article letters cited, and their descriptions in the law. */
  letters: string[];
  kipLetters: readonly LawLetter[];
  /** Cited letters that Pasal 20(1) says are not permanent (a–f). */
  nonPermanent: string[];
}

type EntryRule = (f: EntryFacts) => Problem[];

const basisUnknown: EntryRule = ({ resolved, at }) =>
  resolved.flatMap((r, i) => (r.ok ? [] : [problem('basis-unknown', { ...at(['legalBasis', i, r.part]), message: r.message, hint: r.hint })]));

const basisMissing: EntryRule = ({ e, resolved, basisBroken, kip, at }) => {
  const anyGround = resolved.some((r, i) => r.ok && isGround(r.value, e.legalBasis[i]!));
  if (anyGround || basisBroken) return [];
  return [
    problem('basis-missing', {
      ...at(['legalBasis']),
      message: `Entri tidak menyebut dasar pengecualian menurut ${kip ? `Pasal ${kip.exemptionArticle} ${kip.short}` : 'Pasal 17 UU 14/2008'} (huruf a–j).`,
      hint: 'Tambahkan misalnya `- { law: uu-14-2008, article: "17", letter: h }` di bawah legalBasis.',
    }),
  ];
};

function isGround(r: ResolvedCitation, c: SnapshotEntry['legalBasis'][number]): boolean {
  return Boolean(r.law.exemptionArticle && c.article === r.law.exemptionArticle && c.letter);
}

// Pasal 2 ayat (4) and Pasal 19: both halves of the consequence test must be stated.
const consequenceMissing: EntryRule = ({ e, at }) => [
  ...(e.consequence.opened.trim()
    ? []
    : [
        problem('consequence-missing', {
          ...at(['consequence', 'opened']),
          message: 'Konsekuensi jika informasi dibuka (kolom "Dibuka") kosong.',
          hint: 'Tulis akibat yang timbul bila informasi dibuka, sebagaimana hasil uji konsekuensi, di consequence.opened.',
        }),
      ]),
  ...(e.consequence.closed.trim()
    ? []
    : [
        problem('consequence-missing', {
          ...at(['consequence', 'closed']),
          message: 'Pertimbangan jika informasi ditutup (kolom "Ditutup") kosong.',
          hint: 'Tulis kepentingan yang lebih besar yang dilindungi dengan menutup informasi, di consequence.closed.',
        }),
      ]),
];

const refUnit: EntryRule = ({ e, ctx, at }) =>
  e.unit && !ctx.units.has(e.unit)
    ? [
        problem('ref-unit', {
          ...at(['unit']),
          message: `Unit kerja "${e.unit}" tidak ada di content/units.`,
          hint: ctx.units.size ? `Gunakan salah satu: ${[...ctx.units.keys()].join(', ')}.` : `Tambahkan content/units/${e.unit}.json, atau hapus field unit.`,
        }),
      ]
    : [];

const pasal20Permanent: EntryRule = ({ e, nonPermanent, at }) =>
  nonPermanent.length && e.period.kind === 'indefinite'
    ? [
        problem('pasal20-permanent', {
          ...at(['period']),
          message: `Jangka waktu "${e.period.text}" untuk pengecualian berdasarkan Pasal 17 huruf ${nonPermanent.join(' dan ')}; menurut Pasal 20 ayat (1) UU 14/2008 pengecualian huruf a–f tidak bersifat permanen.`,
          hint: 'Tetapkan jangka waktu tertentu (misalnya "5 tahun sejak ditetapkan") atau peristiwa yang mengakhirinya, atau tinjau kembali dasar hukumnya.',
        }),
      ]
    : [];

const periodOver30y: EntryRule = ({ e, nonPermanent, at }) => {
  const years = totalYears(e.period);
  return nonPermanent.length && years !== null && years > 30
    ? [
        problem('period-over-30y', {
          ...at(['period']),
          message: `Jangka waktu ${years} tahun untuk pengecualian huruf ${nonPermanent.join(' dan ')} melebihi 30 tahun.`,
          hint: 'PP 61/2010 membatasi pengecualian huruf a paling lama 30 tahun; batas yang sama lazim dipakai untuk huruf b–f. Perpendek jangka waktunya.',
        }),
      ]
    : [];
};

const periodVague: EntryRule = ({ e, at }) =>
  isVague(e.period)
    ? [
        problem('period-vague', {
          ...at(['period']),
          message: `Jangka waktu "${e.period.text}" tidak dapat dibaca sebagai lama waktu, peristiwa, persetujuan atau keadaan yang jelas.`,
          hint: `Tulis jangka waktu yang jelas dan tegas, lalu pilih jenisnya: ${Object.entries(PERIOD_KIND_LABELS)
            .filter(([k]) => k !== 'unclear')
            .map(([k, v]) => `${k} (${v})`)
            .join(', ')}.`,
        }),
      ]
    : [];

// Pasal 17 huruf j rests on another Undang-Undang, which must be named.
const hurufJNoLaw: EntryRule = ({ e, ctx, letters, kipLetters, basisBroken, at }) => {
  const jLetters = letters.filter((l) => kipLetters.find((k) => k.letter === l)?.requiresOtherLaw);
  const otherLaw = e.legalBasis.some((c) => !ctx.laws.get(c.law)?.exemptionArticle && ctx.laws.get(c.law)?.kind === 'UU');
  return jLetters.length && !basisBroken && !otherLaw
    ? [
        problem('huruf-j-no-law', {
          ...at(['legalBasis']),
          message: 'Pasal 17 huruf j dirujuk tanpa menyebut Undang-Undang lain yang melarang informasi ini diungkapkan.',
          hint: 'Tambahkan Undang-Undang yang dimaksud, misalnya `- { law: uu-43-2009 }`, dan teks dasar hukumnya di legalBasisText.',
        }),
      ]
    : [];
};

// Heuristic: does the stated harm speak of what the cited letter protects?
const letterMismatch: EntryRule = ({ e, letters, kipLetters, at }) => {
  const reasons = `${e.consequence.opened} ${e.consequence.closed}`;
  if (!reasons.trim()) return [];
  return letters
    .filter((l) => matchesLetter(l, reasons) === false)
    .map((l) => {
      const short = kipLetters.find((k) => k.letter === l)?.short ?? '';
      return problem('letter-mismatch', {
        ...at(['consequence']),
        message: `Alasan dibuka/ditutup tidak menyebut hal yang dilindungi Pasal 17 huruf ${l} (${short}). Ini pemeriksaan heuristik berdasarkan kata kunci.`,
        hint: `Periksa apakah huruf ${l} memang dasar yang tepat, atau jelaskan dalam uji konsekuensi bagaimana pembukaan informasi menyentuh ${short}.`,
      });
    });
};

// An ended period opens the information; one ending within 30 working days must be announced.
const expiry: EntryRule = ({ e, ctx, at }) => {
  const end = periodEnd(e.period, ctx.decreeDate);
  if (!end) return [];
  const approx = end.approximate ? ' (perkiraan: tanggal keputusan hanya tercatat sampai bulan)' : '';
  if (end.date <= ctx.today)
    return [
      problem('expired', {
        ...at(['period']),
        message: `Jangka waktu pengecualian berakhir pada ${formatPartialDate(end.date)}${approx}, tetapi entri masih tercantum.`,
        hint: 'Informasi ini sudah menjadi terbuka. Keluarkan dari daftar dengan keputusan perubahan klasifikasi dan umumkan.',
      }),
    ];
  const left = workdaysBetween(ctx.today, end.date, ctx.calendar);
  if (left.days > EXPIRY_NOTICE_WORKDAYS) return [];
  const note = left.missingYears.length ? ` Daftar hari libur tahun ${left.missingYears.join(', ')} belum ada, jadi hanya akhir pekan yang dilewati.` : '';
  return [
    problem('expiring', {
      ...at(['period']),
      message: `Jangka waktu pengecualian berakhir pada ${formatPartialDate(end.date)}${approx}, ${left.days} hari kerja lagi.${note}`,
      hint: 'Umumkan pembukaan informasi ini paling lambat 30 hari kerja sebelum berakhir, atau tetapkan perpanjangan dengan uji konsekuensi baru.',
    }),
  ];
};

/** The entry rules, in the order their problems are listed. */
const ENTRY_RULES: readonly EntryRule[] = [basisUnknown, basisMissing, consequenceMissing, refUnit, pasal20Permanent, periodOver30y, periodVague, hurufJNoLaw, letterMismatch, expiry];

export function entryRules(e: SnapshotEntry, ctx: EntryRuleContext): Problem[] {
  const subject = { kind: 'exemption' as const, id: e.id };
  const kip = [...ctx.laws.values()].find((l) => l.exemptionArticle);
  const resolved = e.legalBasis.map((c) => resolveCitation(c, ctx.laws));
  const letters = exemptionLetters(e.legalBasis, ctx.laws);
  const kipLetters = kip ? (kip.articles.find((a) => a.number === kip.exemptionArticle)?.letters ?? []) : [];
  const facts: EntryFacts = {
    e,
    ctx,
    at: (path) => ({ file: ctx.file, line: ctx.lineOf?.([...(ctx.pathPrefix ?? []), ...path]), field: formatPath(path) || undefined, subject }),
    kip,
    resolved,
    basisBroken: resolved.some((r) => !r.ok),
    letters,
    kipLetters,
    nonPermanent: letters.filter((l) => kipLetters.find((k) => k.letter === l)?.nonPermanent),
  };
  return ENTRY_RULES.flatMap((rule) => rule(facts));
}

/** The versions a period is anchored in, oldest first, each with its entries by id. */
export interface AnchorVersion {
  date: string;
  byId: ReadonlyMap<string, SnapshotEntry>;
}

export function anchorVersions(versions: readonly { date: string; entries: readonly SnapshotEntry[] }[]): AnchorVersion[] {
  return versions.map((v) => ({ date: v.date, byId: new Map(v.entries.map((e) => [e.id, e])) }));
}

/**
 * The date of the decree a period "from the decree" counts from: the first version (oldest
 * first in `versions`) that lists the entry with this same period. null when no decree has
 * established it yet (a new entry in the working copy).
 */
export function anchorDecreeDate(versions: readonly AnchorVersion[], e: SnapshotEntry): string | null {
  for (const v of versions) {
    const frozen = v.byId.get(e.id);
    if (frozen && isDeepStrictEqual(frozen.period, e.period)) return v.date;
  }
  return null;
}
