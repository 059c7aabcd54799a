/**
 * Every Indonesian string the project shows lives here, so wording is reviewed in one place
 * and templates, the validator and the scripts say the same thing the same way.
 */

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
  mixed: 'gabungan beberapa ketentuan',
  unclear: 'tidak jelas, akan ditandai sebagai temuan',
};

export const DECREE_KIND_LABELS: Record<string, string> = {
  penetapan: 'Penetapan',
  pemutakhiran: 'Pemutakhiran',
  'perubahan-klasifikasi': 'Perubahan klasifikasi',
};

export const SEVERITY_LABELS = {
  error: 'GALAT (error)',
  finding: 'TEMUAN (finding)',
} as const;

/** Messages for the validation keys the schemas raise (see `{ error: key }` in src/lib/schema). */
export const SCHEMA_MESSAGES: Record<string, { message: string; hint: string }> = {
  slug: {
    message: 'bukan id yang sah',
    hint: 'Gunakan huruf kecil, angka dan tanda hubung, misalnya "berkas-kepegawaian".',
  },
  date: { message: 'bukan tanggal yang sah', hint: 'Tulis tanggal sebagai TTTT-BB-HH, misalnya "2025-03-14".' },
  'partial-date': {
    message: 'bukan tanggal yang sah',
    hint: 'Tulis TTTT-BB-HH, atau TTTT-BB bila dokumen hanya mencantumkan bulan (misalnya "2025-03" untuk "Maret 2025").',
  },
  sha256: { message: 'bukan SHA-256 (64 karakter heksadesimal)', hint: 'Jangan sunting hash dengan tangan; hash ditulis oleh skrip.' },
  letter: { message: 'bukan huruf pasal yang sah', hint: 'Tulis satu huruf kecil, misalnya h untuk "huruf h".' },
  article: { message: 'bukan nomor pasal yang sah', hint: 'Tulis nomor pasal sebagai teks angka, misalnya "17".' },
  paragraph: { message: 'bukan nomor ayat yang sah', hint: 'Tulis nomor ayat sebagai teks angka, misalnya "1".' },
  'letter-needs-article': {
    message: 'huruf disebut tanpa pasal',
    hint: 'Tambahkan article, misalnya article: "17".',
  },
  'items-need-letter': {
    message: 'angka disebut tanpa huruf',
    hint: 'Tambahkan letter, misalnya letter: h untuk "huruf h angka 3".',
  },
  'duration-empty': {
    message: 'jangka waktu berjenis duration harus menyebut tahun atau bulan',
    hint: 'Tambahkan years: 5 (atau months: 6) dan from: { kind: decree }.',
  },
};

export const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar',
  object: 'objek (isian bertingkat)',
  null: 'null',
};

/** Strings of the site's chrome. */
export const UI = {
  siteName: 'Daftar Informasi yang Dikecualikan',
  skipLink: 'Langsung ke isi',
  registerInForce: 'Register yang berlaku',
  noDecreeInForce: 'Belum ada keputusan yang berlaku. Daftar di bawah ini belum ditetapkan.',
  entries: 'entri',
  decree: 'Keputusan',
  signedAt: 'Ditetapkan',
  inForceFrom: 'Berlaku sejak',
  inForceAssumption:
    'Tanggal berlaku tidak tercantum pada dokumen; dianggap berlaku sejak akhir bulan penetapannya.',
  columns: {
    number: 'No',
    title: 'Informasi',
    basis: 'Dasar Hukum Pengecualian',
    consequence: 'Konsekuensi/Pertimbangan bagi Publik',
    opened: 'Dibuka',
    closed: 'Ditutup',
    period: 'Jangka Waktu Pengecualian',
  },
  letter: 'huruf',
  contacts: 'Kontak',
  footerNote: 'Disusun dari dokumen resmi Badan Publik. Teks entri ditampilkan sebagaimana tercantum dalam keputusan.',
} as const;
