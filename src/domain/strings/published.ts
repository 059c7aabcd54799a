// The words in what is published beside the pages: each version's files, the open data (its
// CSV columns and JSON Schema titles) and the Atom feed of decrees.

export const VERSION_FILES = {
  register: 'Isi versi ini sebagai data JSON, persis seperti dibekukan',
  csv: 'Register versi ini sebagai CSV',
  archive: 'Arsip PDF/A-3B dengan cap keputusan',
  sk: 'Pindaian SK yang ditandatangani',
  manifest: 'Manifes: daftar berkas versi ini dengan ukuran dan SHA-256',
  sums: 'Daftar SHA-256 semua berkas versi ini, untuk memeriksanya sekaligus',
} as const;

export const OPEN_DATA = {
  schemaTitle: 'Daftar Informasi yang Dikecualikan (register yang berlaku)',
  schemaDescription: 'Register yang berlaku sebagaimana dibekukan oleh keputusannya, dengan dasar hukum terstruktur dan teks tercetak.',
  /** The CSV's header row: a published contract, so a column is added at the end, never renamed. */
  csvColumns: [
    'No',
    'ID',
    'Informasi',
    'Dasar Hukum',
    'Huruf Pasal 17',
    'Peraturan Lain',
    'Konsekuensi Dibuka',
    'Pertimbangan Ditutup',
    'Jangka Waktu',
    'Jenis Jangka Waktu',
    'Unit Kerja',
    'Dikecualikan Sebagian',
    'Tautan',
  ],
} as const;

export const FEED = {
  title: (body: string) => `Keputusan Daftar Informasi yang Dikecualikan: ${body}`,
  decree: 'Keputusan',
  summary: (kind: string, number: string, placeDate: string, signatory: string) =>
    `${kind} ${number}, ${placeDate}, ditandatangani ${signatory}.`,
} as const;
