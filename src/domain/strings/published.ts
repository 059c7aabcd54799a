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

/** Why a day in force is assumed: the decree states none, so it counts from its signing. */
const ASSUMED_IN_FORCE = {
  month: 'keputusan tidak menyebut tanggal berlaku; dihitung dari akhir bulan penetapan',
  day: 'keputusan tidak menyebut tanggal berlaku; dihitung dari tanggal penetapan',
};

/** The publication log (/versi/log.xml): one Atom entry per event in the register's life. */
export const PUBLICATION_LOG = {
  title: (body: string) => `Log publikasi Daftar Informasi yang Dikecualikan: ${body}`,
  event: {
    established: (name: string) => `Ditetapkan: ${name}`,
    'in-force': (name: string) => `Mulai berlaku: ${name}`,
    superseded: (name: string) => `Digantikan: ${name}`,
    corrected: (name: string) => `Diralat: ${name}`,
    withdrawn: (name: string) => `Dicabut sebelum berlaku: ${name}`,
  },
  summary: {
    established: (placeDate: string, signatory: string) => `Keputusan ditandatangani oleh ${signatory} (${placeDate}).`,
    'in-force': (day: string, assumed: 'month' | 'day' | null) =>
      `Daftar ini berlaku sejak ${day}${assumed ? ` (${ASSUMED_IN_FORCE[assumed]})` : ''}.`,
    superseded: (day: string, by: string) => `Sejak ${day} digantikan oleh ${by}.`,
    corrected: (day: string, note: string) => `Ralat ${day}: ${note}`,
    withdrawn: (day: string, reason: string) => `Dicabut ${day}, sebelum berlaku: ${reason}`,
  },
} as const;

export const FEED = {
  title: (body: string) => `Keputusan Daftar Informasi yang Dikecualikan: ${body}`,
  decree: 'Keputusan',
  summary: (kind: string, number: string, placeDate: string, signatory: string) =>
    `${kind} ${number}, ${placeDate}, ditandatangani ${signatory}.`,
} as const;

/** Words of the legal metadata: schema.org Legislation and the JDIHN-style records. */
export const LEGAL_METADATA = {
  decree: 'Keputusan',
  /** JDIHN's own two values; the detail says why (superseded, not yet, withdrawn). */
  status: { 'in-force': 'Berlaku', superseded: 'Tidak Berlaku', future: 'Tidak Berlaku', withdrawn: 'Tidak Berlaku' },
  statusDetail: {
    'in-force': (since: string, assumed: 'month' | 'day' | null) =>
      `Berlaku sejak ${since}${assumed ? ` (${ASSUMED_IN_FORCE[assumed]})` : ''}`,
    superseded: (by: string | null) => (by ? `Digantikan oleh versi ${by}` : 'Tidak berlaku lagi'),
    future: (from: string) => `Sudah ditetapkan, belum berlaku (berlaku mulai ${from})`,
    withdrawn: (date: string) => `Dicabut pada ${date}, sebelum berlaku`,
  },
  /** The catalogue subject of every register, where the decree records none of its own. */
  subject: 'Keterbukaan Informasi Publik; Informasi yang Dikecualikan',
  language: 'Indonesia',
} as const;

/** The site's own catalogue record (/data/katalog.jsonld, DCAT-AP). */
export const CATALOGUE_RECORD = {
  title: (body: string) => `Katalog data Daftar Informasi yang Dikecualikan: ${body}`,
  description: (body: string) =>
    `Data terbuka Daftar Informasi yang Dikecualikan (DIK) ${body} menurut UU 14/2008, ` +
    'dengan setiap versi yang ditetapkan dan SHA-256 berkasnya.',
  datasetTitle: (body: string) => `Daftar Informasi yang Dikecualikan ${body}`,
  datasetDescription:
    'Informasi yang dikecualikan dari keterbukaan oleh badan publik ini, dengan dasar hukum, uji konsekuensi dan ' +
    'jangka waktunya, sebagaimana ditetapkan dalam keputusan yang berlaku.',
  versionDescription: (id: string) => `Versi ${id}: register yang berlaku, dibekukan bersama keputusannya.`,
  keywords: ['informasi yang dikecualikan', 'keterbukaan informasi publik', 'DIK', 'PPID', 'uji konsekuensi'],
  json: 'Register yang berlaku (JSON)',
  csv: 'Register yang berlaku (CSV)',
  schema: 'Skema JSON untuk dik.json',
  versions: 'Daftar semua versi (JSON)',
  frozenRegister: 'Register beku versi ini (JSON kanonik)',
  manifest: 'Manifes berkas versi ini',
} as const;
