/**
 * Permalinks, root-relative and without the deployment base (the site prefixes it). Entry
 * ids are stable, so these URLs stay valid across versions of the register.
 */
/** The period kinds' addresses, in the reader's language (the data keeps its English ids). */
export const PERIOD_KIND_SLUGS: Readonly<Record<string, string>> = {
  indefinite: 'tidak-terbatas',
  duration: 'sekian-lama',
  'until-date': 'sampai-tanggal',
  'until-event': 'sampai-peristiwa',
  'until-consent': 'sampai-persetujuan',
  while: 'selama-keadaan',
  'by-rule': 'sesuai-peraturan',
  mixed: 'gabungan',
  vague: 'tidak-jelas',
  unclear: 'rumusan-lain',
};

/**
 * Words as an address segment: lower case, accents dropped, every other run of characters one
 * hyphen ("Daftar sudah lama" → "daftar-sudah-lama"); "" when nothing is left.
 */
export function slugify(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function periodKindSlug(kind: string): string {
  return PERIOD_KIND_SLUGS[kind] ?? kind;
}

export const routes = {
  home: () => '/',
  register: () => '/dik/',
  entry: (id: string) => `/dik/${id}/`,
  periodKind: (kind: string) => `/dik/jangka-waktu/${periodKindSlug(kind)}/`,
  /** Where the page of a period kind was before its address was in Indonesian: it points on. */
  periodKindBefore: (kind: string) => `/dik/jangka-waktu/${kind}/`,
  unit: (id: string) => `/dik/unit/${id}/`,
  laws: () => '/dasar-hukum/',
  law: (id: string) => `/dasar-hukum/${id}/`,
  letter: (letter: string) => `/dasar-hukum/huruf-${letter}/`,
  /** An anchor on the law page: `#pasal-20-ayat-1`, `#pasal-17-huruf-h`. */
  provision: (p: { law: string; article?: string; paragraph?: string; letter?: string }) =>
    `/dasar-hukum/${p.law}/${p.article ? `#${provisionAnchor(p.article, p.paragraph, p.letter)}` : ''}`,
  sop: () => '/sop/',
  compliance: () => '/kepatuhan/',
  search: () => '/cari/',
  data: () => '/data/',
  dataJson: () => '/data/dik.json',
  dataCsv: () => '/data/dik.csv',
  dataSchema: () => '/data/dik.schema.json',
  feed: () => '/feed.xml',
  versions: () => '/versi/',
  version: (id: string) => `/versi/${id}/`,
  versionFile: (id: string, name: string) => `/versi/${id}/${name}`,
  versionChanges: (id: string) => `/versi/${id}/perubahan/`,
  compare: () => '/versi/banding/',
  versionsJson: () => '/data/versi.json',
  /** The publication log: every event in the register's life, as Atom. */
  publicationLog: () => '/versi/log.xml',
  /** The site describing itself for catalogues (DCAT-AP, JSON-LD). */
  catalogueRecord: () => '/data/katalog.jsonld',
  /** SHA-256 of every file of the deployed site, the subject of its build attestation. */
  siteSums: () => '/data/berkas-situs.sha256',
  /** Each decree as a JDIHN-style record, for legal documentation networks. */
  jdihn: () => '/data/jdihn.json',
  history: (id: string) => `/riwayat/${id}/`,
  pending: () => '/perubahan-tertunda/',
  opened: () => '/dibuka/',
  expiries: () => '/jangka-waktu-berakhir/',
  verify: () => '/verifikasi/',
  /** The register as it stood on a given day: the list of periods, and one page per period. */
  pointInTime: () => '/pada-tanggal/',
  period: (from: string | null) => `/pada-tanggal/${from ?? 'awal'}/`,
  request: () => '/cara-meminta/',
} as const;

export function provisionAnchor(article: string, paragraph?: string, letter?: string): string {
  return `pasal-${article}${paragraph ? `-ayat-${paragraph}` : ''}${letter ? `-huruf-${letter}` : ''}`;
}

/** The id of an entry's row on its member's catalogue page. */
export const catalogueEntryAnchor = (entry: string) => `entri-${entry}`;

/** The catalogue site's addresses (issue 16): a separate site built from katalog/. */
export const catalogueRoutes = {
  home: () => '/',
  /** Where every member's page lies (the search takes only results under it as the catalogue's). */
  members: () => '/anggota/',
  member: (id: string) => `/anggota/${id}/`,
  letter: (letter: string) => `/huruf/${letter}/`,
  periodKind: (kind: string) => `/jangka-waktu/${periodKindSlug(kind)}/`,
  finding: (slug: string) => `/temuan/${slug}/`,
  compare: () => '/perbandingan/',
  compareLetter: (letter: string) => `/perbandingan/${letter}/`,
  search: () => '/cari/',
  data: () => '/data/',
  dataJson: () => '/data/katalog.json',
  dataCsv: () => '/data/katalog.csv',
};
