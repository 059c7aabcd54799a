// What the validator, the content loader and the CLIs tell an editor: messages and hints in
// plain Indonesian, with the English term where it helps.

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

