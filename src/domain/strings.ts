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

/** Strings of the site's chrome and pages. */
export const UI = {
  siteName: 'Daftar Informasi yang Dikecualikan',
  skipLink: 'Langsung ke isi',
  nav: {
    label: 'Menu utama',
    home: 'Beranda',
    register: 'Daftar',
    laws: 'Dasar hukum',
    sop: 'SOP',
    compliance: 'Kepatuhan',
    versions: 'Versi',
    data: 'Data terbuka',
  },
  search: {
    label: 'Cari informasi yang dikecualikan',
    placeholder: 'Cari, misalnya: kalibrasi',
    button: 'Cari',
    title: 'Pencarian',
    intro: 'Cari di seluruh entri, dasar hukum dan SOP. Saring hasil menurut huruf Pasal 17, jenis jangka waktu atau unit kerja.',
    noscript: 'Pencarian memerlukan JavaScript. Tanpa JavaScript, gunakan daftar lengkap atau halaman per huruf Pasal 17.',
  },
  registerInForce: 'Register yang berlaku',
  noDecreeInForce: 'Belum ada keputusan yang berlaku, sehingga belum ada daftar yang dapat ditampilkan sebagai berlaku.',
  entries: 'entri',
  decree: 'Keputusan',
  signedAt: 'Ditetapkan',
  signatory: 'Penandatangan',
  inForceFrom: 'Berlaku sejak',
  inForceAssumption: 'Tanggal berlaku tidak tercantum pada dokumen; dianggap berlaku sejak akhir bulan penetapannya.',
  snapshotHash: 'SHA-256 versi beku',
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
  byLetter: 'Jumlah entri menurut huruf Pasal 17',
  filter: {
    title: 'Saring daftar',
    letter: 'Huruf Pasal 17',
    period: 'Jenis jangka waktu',
    unit: 'Unit kerja',
    all: 'Semua',
    showing: (n: number, total: number) => `Menampilkan ${n} dari ${total} entri.`,
    staticLinks: 'Halaman per kelompok',
    pageOnly: (from: number, to: number, total: number) =>
      `Saringan ini berlaku untuk entri ${from}–${to} di halaman ini. Untuk seluruh ${total} entri, pakai halaman per kelompok di atas atau Cari.`,
    reset: 'Tampilkan semua',
    apply: 'Terapkan',
  },
  entry: {
    basis: 'Dasar hukum',
    basisPrinted: 'Dasar hukum sebagaimana tercantum',
    provisionText: 'Bunyi ketentuan',
    unverified: 'Teks belum dicocokkan dengan salinan resmi.',
    noText: 'Teks ketentuan ini belum tersedia di situs ini.',
    consequenceTest: 'Uji konsekuensi',
    narrative: 'Uraian uji konsekuensi',
    period: 'Jangka waktu pengecualian',
    periodPrinted: 'Sebagaimana tercantum',
    periodPlain: 'Artinya',
    periodEnds: 'Berakhir pada',
    periodNoEnd: 'Tanggal berakhirnya tidak dapat dihitung dari register.',
    unit: 'Unit kerja',
    partial: 'Dokumen dapat diberikan dengan bagian yang dikecualikan dihitamkan.',
    findings: 'Temuan pemeriksaan',
    noFindings: 'Tidak ada temuan pemeriksaan untuk entri ini.',
    numberInVersion: (n: number) => `Nomor ${n} dalam register yang berlaku`,
    back: 'Kembali ke daftar',
  },
  laws: {
    title: 'Dasar hukum pengecualian',
    intro: 'Informasi publik hanya dapat dikecualikan berdasarkan alasan dalam Pasal 17 UU 14/2008, setelah uji konsekuensi. Berikut setiap alasan dan entri yang memakainya.',
    citedBy: 'Entri yang memakai dasar ini',
    noEntries: 'Tidak ada entri dalam register yang berlaku yang memakai dasar ini.',
    otherLaws: 'Peraturan lain yang dirujuk',
    nonPermanent: 'Menurut Pasal 20 ayat (1), pengecualian dengan alasan ini tidak bersifat permanen.',
  },
  compliance: {
    title: 'Kepatuhan register',
    intro: 'Hasil pemeriksaan otomatis atas register yang berlaku terhadap UU 14/2008 dan peraturan pelaksananya. Temuan bukan putusan hukum; temuan menunjukkan hal yang perlu ditinjau oleh PPID.',
    none: 'Tidak ada temuan pada register yang berlaku.',
    rests: 'Dasar',
    heuristic: 'Pemeriksaan heuristik',
  },
  sop: {
    title: 'SOP pemutakhiran Daftar Informasi yang Dikecualikan',
    flow: 'Alur tahap',
    actors: 'Pelaksana',
    stage: 'Tahap',
    activity: 'Kegiatan',
    requirement: 'Kelengkapan',
    time: 'Waktu',
    output: 'Output',
    printed: 'Sebagaimana tercetak',
    reading: 'Pembacaan',
    total: 'Total waktu',
    unknown: 'tidak diketahui',
    legalBases: 'Dasar hukum',
    related: 'Keterkaitan',
    warning: 'Peringatan',
    records: 'Pencatatan dan pendataan',
    readingNote: 'Catatan pembacaan tabel',
    header: 'Identitas SOP sebagaimana tercetak',
    basis: {
      printed: 'sesuai cetakan',
      'shifted-one-row': 'digeser satu baris (lihat catatan)',
      'derived-from-total': 'diturunkan dari total (tidak tercetak)',
      unknown: 'tidak diketahui',
    } as Record<string, string>,
  },
  versions: {
    title: 'Riwayat versi',
    intro: 'Setiap versi register yang ditetapkan dengan keputusan, dibekukan dan dirantai dengan SHA-256, sehingga siapa pun dapat memeriksa isi setiap versi.',
    inForce: 'berlaku',
    superseded: 'tidak berlaku lagi',
    future: 'belum berlaku',
    notInForce: 'Ini bukan versi yang berlaku.',
    futureBanner: 'Versi ini sudah ditetapkan tetapi belum berlaku.',
    currentIs: 'Versi yang berlaku',
    noneInForce: 'Belum ada versi yang berlaku.',
    downloads: 'Unduhan',
    changes: 'Perubahan dari versi sebelumnya',
    firstVersion: 'Ini versi pertama yang tercatat; tidak ada versi sebelumnya untuk dibandingkan.',
    compare: 'Bandingkan dua versi',
    added: 'Ditambahkan',
    removed: 'Dihapus',
    changed: 'Diubah',
    renumbered: 'Hanya berpindah nomor',
    unchanged: 'tidak berubah',
    noChanges: 'Tidak ada perubahan isi.',
    before: 'Sebelum',
    after: 'Sesudah',
    history: 'Riwayat entri',
    pending: 'Perubahan tertunda',
    pendingBanner: 'Perubahan ini BELUM BERLAKU. Ini usulan dalam salinan kerja yang menunggu keputusan; yang berlaku tetap register versi',
    verify: 'Cara memverifikasi',
    elements: 'Unsur keputusan (PP 61/2010)',
  },
  data: {
    title: 'Data terbuka',
    intro: 'Register yang berlaku dapat diunduh dan dipakai ulang dalam format terbuka.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat yang Anda buka tidak ada di situs ini. Mungkin tautannya salah ketik atau halamannya telah dipindahkan.',
  },
  contacts: 'Kontak',
  footerNote: 'Disusun dari dokumen resmi Badan Publik. Teks entri ditampilkan sebagaimana tercantum dalam keputusan.',
} as const;
