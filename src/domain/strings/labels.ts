// Names of things, shared by the site, the archive, the open data, the validator and the CLIs.
import { formatPartialDate } from '#domain/dates.ts';

/** Indonesian names of content fields, keyed by their path with indexes removed. */
export const FIELD_LABELS: Record<string, string> = {
  order: 'Nomor urut',
  title: 'Informasi',
  legalBasis: 'Dasar Hukum (terstruktur)',
  'legalBasis.law': 'Peraturan yang dirujuk',
  'legalBasis.article': 'Pasal',
  'legalBasis.paragraph': 'Ayat',
  'legalBasis.letter': 'Huruf',
  'legalBasis.items': 'Angka',
  legalBasisText: 'Dasar Hukum (teks tercetak)',
  consequence: 'Konsekuensi',
  'consequence.opened': 'Konsekuensi jika dibuka (Dibuka)',
  'consequence.closed': 'Pertimbangan jika ditutup (Ditutup)',
  period: 'Jangka Waktu',
  'period.kind': 'Jenis jangka waktu',
  'period.text': 'Jangka Waktu (teks tercetak)',
  unit: 'Unit kerja',
  partial: 'Dikecualikan sebagian',
  number: 'Nomor',
  date: 'Tanggal',
  place: 'Tempat',
  signatory: 'Penandatangan',
  'register.sha256': 'SHA-256 register.json',
};

export function fieldLabel(path: string): string | undefined {
  return FIELD_LABELS[path.replace(/\[\d+\]/g, '')];
}

/** Plain-Indonesian names of the period kinds, for hints and the site. */
export const PERIOD_KIND_LABELS: Record<string, string> = {
  indefinite: 'tidak terbatas',
  duration: 'sekian tahun/bulan sejak suatu titik',
  'until-date': 'sampai tanggal tertentu',
  'until-event': 'sampai suatu peristiwa',
  'until-consent': 'sampai ada persetujuan',
  while: 'selama suatu keadaan berlangsung',
  'by-rule': 'sesuai peraturan lain',
  mixed: 'gabungan beberapa ketentuan',
  vague: 'tidak jelas dan tegas',
  unclear: 'rumusan lain (lihat teks keputusan)',
};

export const DECREE_KIND_LABELS: Record<string, string> = {
  penetapan: 'Penetapan',
  pemutakhiran: 'Pemutakhiran',
  'perubahan-klasifikasi': 'Perubahan klasifikasi',
};

export const SEVERITY_LABELS = {
  error: 'GALAT (error)',
  finding: 'TEMUAN (finding)',
  note: 'CATATAN TINJAUAN (note)',
} as const;

export const YES_NO = { yes: 'ya', no: 'tidak' } as const;

/** The elements of a decree (PP 61/2010), as the version page and the archive list them. */
export const DECREE_FACTS = {
  title: 'Judul',
  kind: 'Jenis keputusan',
  kindUnknown: 'tidak dinyatakan dalam dokumen',
  number: 'Nomor',
  numberNone: 'tanpa nomor (tidak tercantum pada dokumen)',
  placeDate: 'Tempat dan tanggal',
  inForceFrom: 'Berlaku sejak',
  initials: 'Paraf hierarki',
  supersedes: 'Menggantikan',
  nip: (nip: string) => `NIP. ${nip}`,
} as const;

/** "3 ditambah, 1 dihapus, 2 diubah": a diff in one line. */
export function diffCounts(d: { added: readonly unknown[]; removed: readonly unknown[]; changed: readonly unknown[] }): string {
  return `${d.added.length} ditambah, ${d.removed.length} dihapus, ${d.changed.length} diubah`;
}

/** The parts of a provision's name: "Pasal 17 ayat (1) huruf h angka 3". */
export const PROVISION = {
  article: (n: string) => `Pasal ${n}`,
  paragraph: (n: string) => `ayat (${n})`,
  letter: (l: string) => `huruf ${l}`,
  items: (ns: readonly number[]) => `angka ${ns.join(', ')}`,
} as const;

/** A period in plain words for the public, beside the decree's own wording. */
export const PERIOD_WORDS = {
  indefinite: 'Dikecualikan tanpa batas waktu.',
  years: (n: number) => `${n} tahun`,
  months: (n: number) => `${n} bulan`,
  fromDecree: 'sejak keputusan ditetapkan',
  from: (what: string) => `sejak ${what}`,
  duration: (span: string, from: string) => `Dikecualikan selama ${span} ${from}.`,
  untilDate: (date: string) => `Dikecualikan sampai tanggal ${date}.`,
  untilEvent: (event: string) => `Dikecualikan sampai ${event}; tanggalnya tidak dapat dihitung dari register.`,
  untilConsent: (party: string | undefined) =>
    party
      ? `Dikecualikan sampai ada persetujuan dari ${party}.`
      : 'Dikecualikan sampai ada persetujuan; pihak yang memberi persetujuan tidak disebut.',
  while: (condition: string) => `Dikecualikan selama ${condition}.`,
  mixed: (parts: string[]) => `Berlaku beberapa ketentuan sekaligus: ${parts.join('; ')}.`,
  byRule: (rule: string | undefined) =>
    rule
      ? `Dikecualikan selama yang ditentukan ${rule}.`
      : 'Dikecualikan selama yang ditentukan peraturan perundang-undangan; peraturannya tidak disebut.',
  vague: 'Jangka waktunya tidak dinyatakan dengan jelas.',
  unclear: 'Lihat rumusan jangka waktu dalam keputusan.',
  /** After an end date worked out from a month-only decree date. */
  approximate: ' (perkiraan)',
} as const;

/** The fields of an entry, as a change to one is named on the version pages and the compare page. */
export const DIFF_FIELD_LABELS = {
  title: 'Informasi',
  legalBasisText: 'Dasar hukum (teks)',
  legalBasis: 'Dasar hukum (rujukan)',
  opened: 'Konsekuensi jika dibuka',
  closed: 'Pertimbangan jika ditutup',
  periodText: 'Jangka waktu',
  periodReading: 'Jangka waktu (pembacaan)',
  unit: 'Unit kerja',
  partial: 'Dikecualikan sebagian',
  narrative: 'Uraian uji konsekuensi',
} as const;

/** A law's full name: "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik". */
export function lawFullName(l: { kind: string; number: string | number; year: number; title: string }): string {
  return `${l.kind} Nomor ${l.number} Tahun ${l.year} tentang ${l.title}`;
}

/** What the SOP cycle records say of a stage. */
export const STAGE_STATUS_LABELS = {
  'on-time': 'tepat waktu',
  late: 'terlambat',
  unknown: 'tidak diketahui',
  open: 'sedang berjalan',
} as const;

/** A decree's number as it is named everywhere: "Nomor …", or that none is printed. */
export function decreeNumberLabel(number: string | null): string {
  return number ? `Nomor ${number}` : 'tanpa nomor';
}

/** Where and when a decree was signed, as printed: "Kupang, Maret 2025". */
export function decreePlaceDate(d: { place: string | null; date: string }): string {
  return [d.place, formatPartialDate(d.date)].filter(Boolean).join(', ');
}

/**
 * The label of a decree wherever one is named: "Keputusan … (Nomor …), Kupang, Maret 2025",
 * or "(tanpa nomor)" where the document prints none.
 */
export function decreeLabel(d: { title: string; number: string | null; place: string | null; date: string }): string {
  return `${decreeTitleNumber(d)}, ${decreePlaceDate(d)}`;
}

/** A decree's title and number: "Keputusan … (Nomor …)". */
export function decreeTitleNumber(d: { title: string; number: string | null }): string {
  return `${d.title} (${decreeNumberLabel(d.number)})`;
}
