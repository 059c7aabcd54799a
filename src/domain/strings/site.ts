// The public site's words: chrome, pages and components, in plain Indonesian for citizens.

const FILTER_SHOWING = 'Menampilkan {n} dari {total} entri.';

/** A template's {name} placeholders filled in. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
}

/** The register's name, as the law calls it. */
const SITE_NAME = 'Daftar Informasi yang Dikecualikan';

type DiffKind = 'added' | 'removed' | 'changed' | 'renumbered';
const DIFF_KINDS: Record<DiffKind, { mark: string; label: string }> = {
  added: { mark: '+', label: 'Ditambahkan' },
  removed: { mark: '−', label: 'Dihapus' },
  changed: { mark: '~', label: 'Diubah' },
  renumbered: { mark: '↕', label: 'Hanya berpindah nomor' },
};

/**
 * The words of a register diff: on the version and pending-change pages (rendered at build
 * time) and in the compare page's script (in the browser), which must say the same. Kept
 * apart from UI so the script's bundle carries only these.
 */
export const DIFF = {
  heading: (kind: DiffKind, n: number) => `${DIFF_KINDS[kind].mark} ${DIFF_KINDS[kind].label} (${n})`,
  tag: (kind: DiffKind, n: number) => `${DIFF_KINDS[kind].mark} ${n} ${DIFF_KINDS[kind].label.toLowerCase()}`,
  unchanged: (n: number) => `${n} tidak berubah`,
  noChanges: 'Tidak ada perubahan isi.',
  /** Screen-reader markers around changed words (the change is not shown by colour alone). */
  wordAdded: '[ditambah: ',
  wordRemoved: '[dihapus: ',
  wordEnd: ']',
  title: (from: string, to: string) => `Perubahan dari versi ${from} ke versi ${to}`,
  formerNumber: (n: number) => ` (sebelumnya nomor ${n})`,
  renumberedOne: (title: string, before: number, after: number) => `${title}: nomor ${before} → ${after}`,
  renumberedRun: (n: number, before: [number, number], after: [number, number]) =>
    `${n} entri, nomor ${before[0]}–${before[1]} → ${after[0]}–${after[1]}`,
  renumberedSpan: (first: string, last: string) => `dari “${first}” sampai “${last}”`,
  entryHistory: 'Riwayat entri ini',
  history: 'riwayat',
  loading: 'Memuat…',
  loadFailed: 'Versi tidak dapat dimuat. Coba muat ulang halaman.',
} as const;

/** Strings of the site's chrome and pages. */
/**
 * A decree that states no effective date is taken to apply from its signing: the end of its
 * month where only the month is printed (assumedInForce in src/domain/dates.ts says which).
 */
const ASSUMED_END = {
  month: 'tanggal berlakunya tidak tercantum pada keputusan; dianggap akhir bulan penetapan',
  day: 'tanggal berlakunya tidak tercantum pada keputusan; dianggap tanggal penetapan',
};

export const UI = {
  siteName: SITE_NAME,
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
    description: 'Cari informasi yang dikecualikan, dasar hukum dan SOP.',
    /** In a result: what would happen if the information were opened, i.e. why it is exempted. */
    why: 'Dikecualikan karena bila dibuka:',
  },
  registerInForce: 'Register yang berlaku',
  noDecreeInForce: 'Belum ada keputusan yang berlaku, sehingga belum ada daftar yang dapat ditampilkan sebagai berlaku.',
  entries: 'entri',
  decree: 'Keputusan',
  signedAt: 'Ditetapkan',
  signatory: 'Penandatangan',
  inForceFrom: 'Berlaku sejak',
  inForceAssumption: {
    month: 'Tanggal berlaku tidak tercantum pada dokumen; dianggap berlaku sejak akhir bulan penetapannya.',
    day: 'Tanggal berlaku tidak tercantum pada dokumen; dianggap berlaku sejak tanggal penetapannya.',
  },
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
    showing: (n: number, total: number) => fill(FILTER_SHOWING, { n, total }),
    /** The same sentence for the filter's script, which fills in {n} and {total} itself. */
    showingTemplate: FILTER_SHOWING,
    staticLinks: 'Halaman per kelompok',
    pageOnly: (from: number, to: number, total: number) =>
      `Saringan ini berlaku untuk entri ${from}–${to} di halaman ini. Untuk ` +
      `seluruh ${total} entri, pakai halaman per kelompok di atas atau Cari.`,
    reset: 'Tampilkan semua',
    apply: 'Terapkan',
  },
  entry: {
    basis: 'Dasar hukum',
    basisPrinted: 'Dasar hukum sebagaimana tercantum',
    provisionText: 'Bunyi ketentuan',
    unverified: 'Teks belum dicocokkan dengan salinan resmi.',
    noText: 'Teks ketentuan ini belum tersedia di situs ini.',
    narrativeTable: 'Tabel dalam uraian (dapat digeser)',
    consequenceTest: 'Uji konsekuensi',
    narrative: 'Uraian uji konsekuensi',
    period: 'Jangka waktu pengecualian',
    periodPrinted: 'Sebagaimana tercantum',
    periodPlain: 'Artinya',
    periodEnds: 'Berakhir pada',
    periodNoEnd: 'Tanggal berakhirnya tidak dapat dihitung dari register.',
    unit: 'Unit kerja',
    partial: 'Dokumen dapat diberikan dengan bagian yang dikecualikan dihitamkan.',
    findings: 'Catatan kepatuhan otomatis',
    provisionsOpen: (n: number) => `Teks pasal yang dirujuk (${n})`,
    historyLink: 'Riwayat entri ini di setiap versi',
    versionLink: (label: string) => `Keputusan yang berlaku: ${label}`,
    noFindings: 'Pemeriksaan otomatis tidak mencatat apa pun untuk entri ini.',
    numberInVersion: (n: number) => `Nomor ${n} dalam register yang berlaku`,
    back: 'Kembali ke daftar',
    description: (title: string) => `Informasi yang dikecualikan: ${title}. Dasar hukum, uji konsekuensi dan jangka waktu pengecualiannya.`,
    filterLetter: 'Huruf Pasal 17',
    filterPeriod: 'Jangka waktu',
    filterUnit: 'Unit kerja',
    summary: '(ringkasan)',
    findingsExplained: [
      'Catatan ini dibuat otomatis, bukan hasil audit resmi atau putusan hukum. Penjelasan setiap jenisnya ada di halaman',
      'kepatuhan',
    ],
  },
  left: {
    title: (title: string) => `${title} (tidak lagi dikecualikan)`,
    description: (title: string, since: string) => `${title}: tidak lagi dikecualikan sejak ${since}.`,
    statusLabel: 'Status entri',
    notExempt: 'Informasi ini tidak lagi dikecualikan.',
    explain: (reclassified: boolean, decree: string, inForceFrom: string) =>
      `Informasi ini ` +
      `${reclassified ? 'dibuka dengan keputusan perubahan klasifikasi' : 'tidak lagi tercantum dalam daftar sejak keputusan'} ` +
      `${decree}, berlaku sejak ${inForceFrom}.`,
    status: 'Status',
    statusValue: (reclassified: boolean, periodEnded: boolean) =>
      (reclassified ? 'Dibuka (perubahan klasifikasi)' : 'Dihapus dari daftar') +
      (periodEnded ? '; jangka waktu pengecualiannya telah berakhir' : ''),
    decree: 'Keputusan',
    lastExempt: 'Terakhir dikecualikan',
    lastVersion: (id: string) => `versi ${id}`,
    lastNumber: (n: number) => `nomor ${n}`,
    basisThen: 'Dasar hukum saat itu',
    periodThen: 'Jangka waktu saat itu',
    canRequest: 'Informasi ini dapat dimohonkan sebagai informasi publik.',
    history: 'Riwayat lengkap entri ini',
    allOpened: 'Semua informasi yang telah dibuka',
  },
  laws: {
    title: 'Dasar hukum pengecualian',
    intro:
      'Informasi publik hanya dapat dikecualikan berdasarkan alasan dalam Pasal 17 UU ' +
      '14/2008, setelah uji konsekuensi. Berikut setiap alasan dan entri yang memakainya.',
    citedBy: 'Entri yang memakai dasar ini',
    noEntries: 'Tidak ada entri dalam register yang berlaku yang memakai dasar ini.',
    otherLaws: 'Peraturan lain yang dirujuk',
    nonPermanent: 'Menurut Pasal 20 ayat (1), pengecualian dengan alasan ini tidak bersifat permanen.',
    description: 'Alasan pengecualian informasi menurut Pasal 17 UU 14/2008 dan peraturan lain yang dirujuk register.',
    article: (article: string, law: string) => `Pasal ${article} ${law}`,
    groundsCaption: (article: string) => `Alasan pengecualian Pasal ${article} dan jumlah entri`,
    letterColumn: 'Huruf',
    reasonColumn: 'Alasan',
    entriesColumn: 'Entri',
    onlySop: ' (dirujuk oleh SOP, tidak oleh entri)',
    all: 'Semua dasar hukum',
    lawDescription: (fullName: string) => `${fullName}: ketentuan yang dirujuk Daftar Informasi yang Dikecualikan.`,
    source: (source: string) => `Sumber teks: ${source}`,
    noArticles: 'Peraturan ini dirujuk tanpa pasal tertentu; teks pasalnya belum dimuat di situs ini.',
    articleHeading: (n: string) => `Pasal ${n}`,
    summaryNotOfficial: '(ringkasan, bukan bunyi resmi)',
    letterEntries: (letter: string) => `Entri yang memakai huruf ${letter}`,
    letterTitle: (article: string, letter: string) => `Pasal ${article} huruf ${letter}`,
    letterHeading: (article: string, letter: string, law: string, short: string) => `Pasal ${article} huruf ${letter} ${law}: ${short}`,
    letterDescription: (heading: string, n: number) => `${heading}. Bunyi ketentuan dan ${n} entri yang memakainya.`,
    /** The opening words of Pasal 17 before its letters, shown with one letter. */
    article17Lead: 'Setiap Badan Publik wajib membuka akses … kecuali: ',
    fullText: 'Teks lengkap:',
    pasal20: 'Pasal 20 ayat (1)',
    letterCaption: (article: string, letter: string, range: string | null) =>
      `Entri berdasarkan Pasal ${article} huruf ${letter}${range ? ` (${range})` : ''}`,
    letterPagerLabel: (letter: string) => `entri huruf ${letter}`,
  },
  compliance: {
    title: 'Kepatuhan register',
    intro:
      'Catatan berikut dibuat oleh pemeriksaan otomatis atas register yang berlaku terhadap UU 14/2008 dan ' +
      'peraturan pelaksananya. Catatan ini bukan hasil audit resmi dan bukan putusan hukum: ia menunjukkan ' +
      'aturan yang tampak tidak dipenuhi dan perlu ditinjau oleh PPID.',
    notesHeading: (n: number) => `Catatan tinjauan (${n})`,
    notesOpen: 'Tampilkan catatan tinjauan',
    notesIntro:
      'Pemeriksaan berikut memakai perkiraan dari kata-kata yang tertulis, bukan aturan yang pasti. ' +
      'Hasilnya lebih lemah daripada catatan kepatuhan di atas: hanya tanda bagi PPID untuk membaca ulang entri.',
    aboutDecree: (label: string) => `Keputusan: ${label}`,
    none: 'Pemeriksaan otomatis tidak mencatat apa pun pada register yang berlaku.',
    rests: 'Dasar',
    heuristic: 'Pemeriksaan heuristik',
    description: (n: number) => `Catatan kepatuhan otomatis atas register yang berlaku: ${n} catatan, dikelompokkan menurut aturan.`,
    checked: (decree: string, entries: number, findings: number) =>
      `Register yang diperiksa: ${decree}; ${entries} entri, ${findings} catatan kepatuhan.`,
    byRule: 'Catatan per aturan',
    startsOn: (page: number) => ` · mulai di halaman ${page}`,
    onThisPage: (n: number) => ` ${n} di halaman ini`,
    cited: 'Dasar yang dirujuk entri:',
    letter: (l: string) => `Pasal 17 huruf ${l}`,
    pagerLabel: 'catatan kepatuhan',
  },
  expiries: {
    title: 'Jangka waktu yang akan berakhir',
    description: 'Pengecualian dalam register yang berlaku beserta tanggal berakhirnya, untuk pengumuman pembukaan informasi tepat waktu.',
    lead: (today: string) =>
      `PPID wajib mengumumkan pembukaan informasi paling lambat 30 hari kerja ` +
      `sebelum jangka waktu pengecualiannya berakhir; bila tidak, informasi ` +
      `menjadi terbuka saat jangka waktunya berakhir. Hari kerja dihitung tanpa ` +
      `akhir pekan, hari libur nasional dan cuti bersama. Dihitung per ${today}.`,
    dated: (n: number) => `Dengan tanggal berakhir (${n})`,
    tableLabel: 'Tabel tanggal berakhir (dapat digeser)',
    caption: 'Entri dengan jangka waktu yang dapat dihitung, menurut tanggal berakhir',
    information: 'Informasi',
    period: 'Jangka waktu',
    ends: 'Berakhir',
    workdaysLeft: 'Sisa hari kerja',
    status: 'Status',
    withoutHolidays: (years: number[]) => `tanpa daftar libur ${years.join(', ')}`,
    statuses: { expired: 'sudah berakhir', expiring: 'berakhir dalam 30 hari kerja', later: 'belum dekat' },
    pagerLabel: 'tanggal berakhir',
    noneDated: 'Tidak ada entri dalam register yang berlaku yang jangka waktunya berakhir pada tanggal yang dapat dihitung.',
    undated: (n: number) => `Tanpa tanggal berakhir (${n})`,
    undatedIntro:
      'Jangka waktu entri berikut tidak menunjuk tanggal: berakhir karena suatu peristiwa, persetujuan ' +
      'atau keadaan, atau tidak terbatas. PPID perlu memantau peristiwa-peristiwa itu sendiri.',
    kindCount: (label: string, n: number) => `${label}: ${n} entri`,
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
    description: 'SOP pemutakhiran Daftar Informasi yang Dikecualikan: tahap, pelaksana dan standar waktu dalam hari kerja.',
    lead: (title: string, stages: number, days: number) =>
      `${title}. ${stages} tahap, total ${days} hari kerja. Perki 1/2021 Pasal 23 mewajibkan SOP ini diumumkan.`,
    flowTitle: (stages: number) => `Alur ${stages} tahap pemutakhiran`,
    flowStage: (n: number, activity: string, days: string) => `Tahap ${n}: ${activity}; ${days}.`,
    flowBox: (n: number, days: string) => `Tahap ${n} · ${days}`,
    flowUnknown: 'waktu tidak diketahui',
    flowDays: (n: number, derived: boolean) => `${n} hari kerja${derived ? ' (diturunkan dari total)' : ''}`,
    days: ' hari kerja',
    stagesHeading: 'Tahap dan standar pelayanan',
    stagesLabel: 'Tabel tahap dan standar pelayanan (dapat digeser)',
    stagesCaption: 'Tahap, kegiatan dan mutu baku',
    origin: 'Asal angka',
    printedSummary: 'isi baris tabel tanpa pembacaan',
    printedLabel: 'Tabel mutu baku sebagaimana tercetak (dapat digeser)',
    printedCaption: 'Mutu baku sebagaimana tercetak pada setiap baris',
    rowHolds: (cells: string) => `(baris berisi: ${cells})`,
    compliance: 'Kepatuhan pada standar waktu',
    lastCycle: (id: string) => `Siklus terakhir yang tercatat: [keputusan ${id}](0)`,
    noCycle: 'Belum ada siklus pemutakhiran yang tanggal tahapnya tercatat.',
    actorsUnknown: 'Pelaksana setiap tahap tidak terbaca pada dokumen sumber dan dicatat sebagai tidak diketahui.',
    empty: '(kosong)',
    missing: 'SOP belum dimuat.',
    basis: {
      printed: 'sesuai cetakan',
      'shifted-one-row': 'digeser satu baris (lihat catatan)',
      'derived-from-total': 'diturunkan dari total (tidak tercetak)',
      unknown: 'tidak diketahui',
    } as Record<string, string>,
  },
  versions: {
    narratives: 'Uraian uji konsekuensi dalam versi ini',
    narrativeOf: (n: number, title: string) => `No. ${n}: ${title}`,
    title: 'Riwayat versi',
    intro:
      'Setiap versi register yang ditetapkan dengan keputusan, dibekukan dan ' +
      'dirantai dengan SHA-256, sehingga siapa pun dapat memeriksa isi setiap versi.',
    inForce: 'berlaku',
    superseded: 'tidak berlaku lagi',
    future: 'belum berlaku',
    withdrawn: 'dicabut sebelum berlaku',
    notInForce: 'Ini bukan versi yang berlaku.',
    futureBanner: 'Versi ini sudah ditetapkan tetapi belum berlaku.',
    withdrawnBanner: 'Keputusan ini dicabut sebelum berlaku; versi ini tidak pernah berlaku.',
    currentIs: 'Versi yang berlaku',
    noneInForce: 'Belum ada versi yang berlaku.',
    downloads: 'Unduhan',
    changes: 'Perubahan dari versi sebelumnya',
    firstVersion: 'Ini versi pertama yang tercatat; tidak ada versi sebelumnya untuk dibandingkan.',
    compare: 'Bandingkan dua versi',
    log: 'Log publikasi',
    identifier: 'Pengenal tetap',
    corrections: 'Ralat',
    before: 'Sebelum',
    after: 'Sesudah',
    history: 'Riwayat entri',
    pending: 'Perubahan tertunda',
    pendingBanner: 'Perubahan ini BELUM BERLAKU. Ini usulan perubahan yang menunggu keputusan; yang berlaku tetap register versi',
    verify: 'Cara memverifikasi',
    elements: 'Unsur keputusan (PP 61/2010)',
    description: (body: string, n: number) =>
      `Semua versi Daftar Informasi yang Dikecualikan ${body} yang ditetapkan dengan keputusan: ${n} versi.`,
    kindUnstated: 'jenis tidak dinyatakan',
    inForceSince: (date: string) => `berlaku sejak ${date}`,
    fromVersion: (name: string) => `dari ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
    version: (id: string) => `Versi ${id}`,
    name: (date: string, id: string | null) => `Daftar yang ditetapkan ${date}${id ? ` (${id})` : ''}`,
    versionSub: (id: string, placeDate: string) => `${placeDate} · versi ${id}`,
    noScan: 'Pindaian keputusan yang ditandatangani belum tersedia di situs ini; yang tersedia adalah isi daftar sebagaimana ditetapkan.',
    signatures: 'Tanda tangan elektronik',
    signaturesUnchecked: 'Tanda tangan elektronik pada keputusan ini belum diperiksa.',
    signaturesNone:
      'Tidak ditemukan tanda tangan elektronik pada berkas keputusan ini. Keasliannya dapat dicocokkan dengan naskah asli ' +
      'yang disimpan badan publik.',
    signaturesIntro:
      'Diperiksa dengan membaca berkas keputusan itu sendiri, tanpa menghubungi pihak lain, dan dinilai menurut keadaan ' +
      'pada waktu penandatanganan; hasilnya dicatat bersama versi ini. Status pencabutan sertifikat tidak diperiksa.',
    signature: {
      heading: (n: number, name: string) => `Tanda tangan ${n}: ${name}`,
      unknownSigner: 'penanda tangan tidak diketahui',
      verdict: 'Kesimpulan',
      verdicts: {
        valid: 'Utuh dan terhubung ke sertifikat akar tepercaya (pencabutan sertifikat tidak diperiksa)',
        'valid-appended':
          'Bagian yang ditandatangani utuh, tetapi sesudahnya ada tambahan yang tidak tercakup tanda tangan ini ' +
          '(bisa data validasi atau tanda tangan lain, bisa juga perubahan isi)',
        invalid: 'Tidak sah: isi berkas berubah sesudah ditandatangani, atau tanda tangannya tidak cocok',
        untrusted: 'Tidak dapat dipastikan: sertifikatnya tidak terhubung ke sertifikat akar yang dipercaya situs ini',
        unchecked: 'Tidak dapat dipastikan: sertifikatnya tidak dapat diperiksa',
        expired: 'Tidak sah: sertifikatnya tidak berlaku pada waktu penandatanganan',
        'bad-range': 'Tidak sah: bagian yang ditandatangani tidak wajar',
        unreadable: 'Tanda tangan tidak dapat dibaca',
      } as Record<string, string>,
      signer: 'Penanda tangan',
      issuer: 'Sertifikat diterbitkan oleh',
      validity: 'Masa berlaku sertifikat',
      validityValue: (from: string, until: string) => `${from} sampai ${until}`,
      time: 'Waktu penandatanganan',
      timeSource: {
        timestamp: 'menurut stempel waktu dari penyelenggara yang sertifikatnya terhubung ke sertifikat akar tepercaya',
        cms: 'menurut penanda tangan sendiri',
        pdf: 'menurut berkas, tidak ditandatangani',
      } as Record<string, string>,
      timeUnknown: 'tidak diketahui',
      timestampUntrusted: 'Berkas memuat stempel waktu, tetapi penyelenggaranya tidak terhubung ke sertifikat akar tepercaya.',
      integrity: 'Keutuhan',
      integrityValues: {
        intact: 'Isi yang ditandatangani tidak berubah',
        altered: 'Isi yang ditandatangani berubah sesudah ditandatangani',
        invalid: 'Tanda tangan tidak cocok dengan sertifikatnya',
        unreadable: 'Tidak dapat diperiksa',
      } as Record<string, string>,
      coverage: 'Cakupan',
      coverageValues: {
        'whole-file': 'Seluruh berkas',
        appended: (bytes: number) => `Tidak seluruh berkas: ${bytes} bita ditambahkan sesudah ditandatangani`,
        'bad-range': 'Tidak wajar',
      },
      certificate: 'Sertifikat',
      certificateValues: {
        trusted: (root: string) => `Terhubung ke sertifikat akar tepercaya: ${root}`,
        untrusted: 'Tidak terhubung ke sertifikat akar yang dipercaya situs ini',
        expired: 'Kedaluwarsa pada waktu penandatanganan',
        'not-yet-valid': 'Belum berlaku pada waktu penandatanganan',
        failed: 'Rantai sertifikat tidak dapat diperiksa',
        unchecked: 'Tidak diperiksa: waktu penandatanganan tidak diketahui',
      },
      revocation: 'Pencabutan sertifikat',
      revocationValue: (embedded: boolean) => `Tidak diperiksa${embedded ? ' (berkas memuat data pencabutan, tetapi tidak dinilai)' : ''}`,
    },
    versionDescription: (id: string, title: string, placeDate: string, n: number) =>
      `Register versi ${id}: ${title}, ${placeDate}; ${n} entri, dengan unduhan dan SHA-256.`,
    grounds: 'Jenis pengecualian',
    groundsValue: (letters: string[]) => `Pasal 17 UU 14/2008 huruf ${letters.join(', ')} (rinci per entri di bawah)`,
    signatory: 'Pejabat yang menetapkan',
    body: 'Badan Publik',
    periodAndReasons: 'Jangka waktu dan alasan',
    periodAndReasonsValue: 'Tercantum per entri (kolom Jangka Waktu dan Konsekuensi).',
    supersededBy: 'Digantikan oleh',
    sha256: 'SHA-256 versi beku',
    previousSha256: 'SHA-256 versi sebelumnya',
    firstSha256: '- (versi pertama)',
    notes: 'Catatan',
    downloadsLabel: 'Daftar unduhan (dapat digeser)',
    downloadsCaption: (id: string) => `Berkas versi ${id} dengan ukuran dan SHA-256`,
    file: 'Berkas',
    size: 'Ukuran',
    hashColumn: 'SHA-256',
    cycle: 'Siklus pemutakhiran menurut SOP',
    noCycle: 'Tanggal tahap-tahap SOP untuk keputusan ini tidak tercatat.',
    asDecreed: 'Register sebagaimana ditetapkan',
    registerCaption: (id: string, p: { from: number; to: number } | null, total: number) =>
      `Register versi ${id} (${p ? `${p.from}–${p.to} dari ` : ''}${total} entri)`,
    registerPager: (id: string) => `register versi ${id}`,
    laterDescription: (id: string, placeDate: string, range: string) => `Register versi ${id} (${placeDate}), entri ${range}.`,
    decreeAndDownloads: (id: string) => `Versi ${id}: keputusan dan unduhan`,
    headingRange: (range: string) => ` entri ${range}`,
    changesTitle: (id: string) => `Perubahan versi ${id}`,
    changesDescription: (from: string | null, to: string) =>
      `Perubahan register dari versi ${from} ke versi ${to}: entri yang ditambah, dihapus dan diubah.`,
    changesPager: (id: string) => `perubahan versi ${id}`,
    historyTitle: (title: string) => `Riwayat: ${title}`,
    historyDescription: (title: string) => `Riwayat entri "${title}" di setiap versi Daftar Informasi yang Dikecualikan.`,
    entryInForce: 'Entri yang berlaku',
    stableId: 'Id tetap:',
    listed: (inForce: boolean) =>
      inForce ? 'Entri ini tercantum dalam register yang berlaku.' : 'Entri ini tidak tercantum dalam register yang berlaku.',
    event: {
      entered: 'masuk register',
      opened: 'dibuka (perubahan klasifikasi)',
      left: 'keluar dari register',
      renumbered: 'berpindah nomor',
      changed: 'diubah',
    },
    entered: (n: number, title: string, period: string) => `Nomor ${n}: ${title}. Jangka waktu: ${period}.`,
    lastListed: (n: number) => `Terakhir tercantum sebagai nomor ${n}:`,
    renumberedFrom: (from: number, to: number) => `Nomor ${from} → ${to}`,
    notYet: 'belum berlaku',
    pendingOnEntry: 'Ada usulan perubahan pada entri ini; perubahan itu belum ditetapkan dengan keputusan.',
    compareDescription: 'Bandingkan dua versi Daftar Informasi yang Dikecualikan: entri yang ditambah, dihapus dan diubah, kata demi kata.',
    compareIntro:
      'Pilih dua versi. Perbandingan dihitung di peramban Anda dari isi setiap versi sebagaimana ' +
      'diterbitkan, dengan cara yang sama dengan halaman perubahan.',
    compareNoscript:
      'Perbandingan bebas memerlukan JavaScript. Tanpa JavaScript, perubahan antara versi yang berurutan tersedia sebagai halaman:',
    compareLegend: 'Versi yang dibandingkan',
    compareFrom: 'Dari versi',
    compareTo: 'Ke versi',
    compareButton: 'Bandingkan',
  },
  data: {
    title: 'Data terbuka',
    intro: 'Register yang berlaku dapat diunduh dan dipakai ulang dalam format terbuka.',
    description: 'Unduh Daftar Informasi yang Dikecualikan dalam format terbuka: JSON, CSV, JSON Schema dan umpan Atom.',
    reuse: (body: string) => `Data ini boleh dipakai ulang; sebutkan ${body} sebagai sumbernya.`,
    version: (decree: string) => `Versi: ${decree}. SHA-256 versi beku:`,
    files: 'Berkas',
    json: (format: string) =>
      `Register yang berlaku dalam JSON (UTF-8), format \`${format}\`: metadata ` +
      `keputusan, SHA-256 versi beku, dan setiap entri dengan dasar hukum terstruktur ` +
      `(\`legalBasis\`), teks tercetak, uji konsekuensi (\`consequence.opened\`, ` +
      `\`consequence.closed\`) dan jangka waktu (\`period.kind\`, \`period.text\`).`,
    csv: (columns: readonly string[]) =>
      `Register yang berlaku sebagai tabel CSV untuk LibreOffice dan Excel: UTF-8 ` +
      `dengan BOM, pemisah koma, satu baris per entri. Daftar di dalam satu sel ` +
      `dipisahkan titik koma. Kolom: ${columns.join(', ')}. Bila spreadsheet Anda ` +
      `memakai titik koma sebagai pemisah, buka lewat menu impor dan pilih koma.`,
    schema: 'JSON Schema (draft 2020-12) untuk dik.json, dihasilkan dari skema yang sama dengan yang dipakai pemeriksa konten.',
    feed: 'Umpan Atom berisi setiap keputusan yang menetapkan register, terbaru lebih dulu.',
    sitemap: 'Peta situs untuk mesin pencari.',
    catalogue: 'Katalog data situs ini (DCAT-AP)',
    catalogueText:
      'Situs ini menjelaskan dirinya untuk katalog data (DCAT-AP, JSON-LD): badan publiknya, wilayahnya, register ' +
      'dengan unduhannya, dan versi yang berlaku beserta SHA-256 register beku dan manifesnya.',
    log:
      'Log publikasi (umpan Atom): satu catatan untuk setiap peristiwa dalam riwayat daftar, yaitu ditetapkan, ' +
      'mulai berlaku, digantikan, diralat, atau dicabut sebelum berlaku, terbaru lebih dulu.',
    jdihn:
      'Setiap versi sebagai catatan dokumen hukum dengan isian JDIHN (judul, jenis, nomor, tahun, tanggal penetapan, ' +
      'tempat, subjek, status, bahasa, TEU badan, alamat berkas), untuk JDIH dan jaringan dokumentasi hukum. ' +
      'Isian yang tidak disebut dokumen dibiarkan kosong (null), tidak ditebak.',
    identifiers: 'Pengenal tetap',
    identifiersIntro:
      'Setiap alamat di bawah ini adalah pengenal yang tetap dan tidak pernah dipakai untuk hal lain, ' +
      'sehingga aman dikutip dalam surat, putusan, atau penelitian:',
    identifierRegister: 'Daftar ini, versi mana pun yang berlaku:',
    identifierVersion: 'Satu versi, seperti ditetapkan satu keputusan:',
    identifierEntry: 'Satu entri, di semua versi yang memuatnya:',
    identifierEntryInVersion: 'Satu entri seperti tercantum dalam satu versi:',
    identifierVersionId: 'id versi',
    identifierEntryId: 'id entri',
    fields: 'Isian',
    periodKinds:
      'Jenis jangka waktu (`period.kind`): `indefinite` (tidak terbatas), `duration` (sekian tahun/bulan), `until-date`, `until-event`, ' +
      '`until-consent`, `while`, `mixed`, `unclear`. Nilai `null` berarti dokumen sumber tidak menyebutkannya (misalnya nomor keputusan).',
  },
  verify: {
    description: 'Cara memeriksa sendiri, tanpa situs ini, bahwa berkas register dan arsip PDF sama persis dengan yang ditetapkan.',
    lead:
      'Setiap versi diterbitkan bersama daftar SHA-256 setiap berkasnya. Dengan alat standar `sha256sum` siapa pun ' +
      'dapat memeriksa bahwa berkas yang diunduh sama persis dengan yang ditetapkan, tanpa mempercayai situs ini.',
    placeholder: '<versi>',
    step1: '1. Unduh berkas satu versi',
    download: (archive: string) =>
      `Dari halaman [versi](0), unduh ke satu folder: \`register.json\`, \`dik.csv\`, \`${archive}\`, \`manifest.json\` dan \`SHA256SUMS\``,
    example: (id: string) => ` (contoh untuk versi [${id}](0))`,
    step2: '2. Periksa hash',
    step2Command: 'sha256sum -c SHA256SUMS',
    step2Text: 'Setiap baris harus berakhir dengan `OK`. Berkas yang diubah satu bita pun akan `FAILED`.',
    step3: '3. Periksa rantai versi',
    step3Text:
      '`register.json` setiap versi memuat `previousSha256`: SHA-256 register.json ' +
      'versi sebelumnya. `manifest.json` memuat `previousManifestSha256`. ' +
      'Keduanya harus sama dengan hasil `sha256sum` atas berkas versi ' +
      'sebelumnya, sehingga menghapus atau mengganti satu versi memutus rantai.',
    step3Command: 'sha256sum register.json            # versi sebelumnya\ngrep previousSha256 register.json  # versi sesudahnya',
    step4: '4. Periksa isi arsip PDF',
    step4Text:
      'Arsip PDF/A-3B melampirkan register.json dan dik.csv versinya. Setiap ' +
      'halamannya mencantumkan nomor keputusan, versi dan SHA-256 register.json. Tata letak arsip ' +
      'dapat diperbarui (misalnya kop surat ditambahkan), sehingga SHA-256 berkas PDF-nya dapat berubah; ' +
      'register.json yang dilampirkannya, dan yang dirantai, tidak pernah berubah.',
    step4Command: (archive: string) =>
      `pdfdetach -list ${archive}\nmkdir lampiran && cd lampiran && pdfdetach -saveall ../${archive}\nsha256sum register.json dik.csv`,
    step5: '5. Pindaian SK',
    step5Text: 'Bila tersedia, `sk.pdf` diterbitkan persis seperti diterima, tidak pernah disimpan ulang; hash-nya tercantum di manifest.',
    repoPlaceholder: '<pemilik>/<repositori>',
    step6: '6. Periksa tag versi di repositori',
    step6Text: (repo: string | null) =>
      'Setiap versi juga dicatat sebagai tag git `versi/<id>` di repositori sumber situs ini' +
      (repo ? ` ([${repo}](0))` : '') +
      ', dibuat saat keputusan dibekukan dan ditandatangani dengan kunci SSH editor bila tersedia. ' +
      'Tag ada di setiap salinan repositori, sehingga riwayat tidak dapat diubah diam-diam oleh penerbit situs saja. ' +
      'Periksa bahwa tag itu ada, bahwa register.json pada commit-nya sama dengan yang diterbitkan, ' +
      'dan bahwa tanda tangannya sah menurut daftar kunci yang diizinkan di repositori:',
    step6Command: (repo: string, id: string) =>
      `git clone https://github.com/${repo}.git && cd ${repo.split('/')[1]}\n` +
      `git tag -l 'versi/*'\n` +
      `git cat-file tag versi/${id}\n` +
      `git show versi/${id}:content/decrees/${id}/register.json | sha256sum   # sama dengan SHA256SUMS versi itu\n` +
      `git -c gpg.ssh.allowedSignersFile=content/trust/allowed_signers verify-tag versi/${id}`,
    step6After:
      'Tanda tangan yang sah menampilkan `Good "git" signature for <email>`. Tag tanpa tanda tangan hanya membuktikan ' +
      'isi, bukan siapa yang membuatnya; daftar kunci yang diizinkan sendiri tercatat dalam riwayat repositori.',
    step7: '7. Periksa atestasi build',
    step7Text:
      'Setiap kali situs diterbitkan, GitHub Actions membuat atestasi asal-usul build (SLSA) yang ditandatangani ' +
      'untuk daftar SHA-256 seluruh berkas situs, [berkas-situs.sha256](0): atestasi itu menyebut repositori, commit ' +
      'dan alur kerja yang membangun situs. Unduh daftar itu, periksa atestasinya dengan GitHub CLI, lalu cocokkan ' +
      'berkas yang Anda unduh dari situs dengan daftar itu:',
    step7Command: (repo: string, file: string) =>
      `gh attestation verify berkas-situs.sha256 --repo ${repo}\n` +
      `grep ' ${file}$' berkas-situs.sha256\nsha256sum ${file.split('/').pop()}`,
    step7After:
      'Atestasi hanya ada untuk situs yang diterbitkan oleh alur kerja repositori; situs yang dibangun sendiri ' +
      'di komputer lain tidak memilikinya.',
    maintainers: 'Bagi pengelola',
    maintainersText:
      '`npm run verify` menghitung ulang semuanya dari repositori (versi beku, rantai, ' +
      'berkas yang diterbitkan, arsip PDF, tag setiap versi dan tanda tangannya) dan menyebut setiap berkas yang tidak cocok.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat yang Anda buka tidak ada di situs ini. Mungkin tautannya salah ketik atau halamannya telah dipindahkan.',
  },
  /** ", halaman 2 dari 5" after a page title, nothing on page 1. */
  pageSuffix: (p: { number: number; count: number }) => (p.number > 1 ? `, halaman ${p.number} dari ${p.count}` : ''),
  /** "1–200 dari 1.000": the part of a list a page shows. */
  range: (p: { from: number; to: number; total: number }) => `${p.from}–${p.to} dari ${p.total}`,
  group: {
    unit: (name: string) => ({ heading: `Unit kerja: ${name}`, of: `milik ${name}` }),
    periodKind: (label: string) => ({ heading: `Jangka waktu: ${label}`, of: `dengan jangka waktu ${label}` }),
    description: (of: string, n: number) => `Informasi yang dikecualikan ${of}: ${n} entri.`,
    share: (n: number, total: number) => `${n} dari ${total} entri dalam register yang berlaku.`,
    caption: (of: string, range: string | null) => `Entri ${of}${range ? ` (${range})` : ''}`,
    pagerLabel: (of: string) => `entri ${of}`,
  },
  moved: {
    title: (what: string) => `Pindah: ${what}`,
    description: (what: string) => `Halaman ${what} kini berada di alamat baru.`,
    heading: 'Halaman ini telah pindah',
    body: 'Halaman ini kini berada di alamat baru:',
  },
  versionBanner: {
    label: 'Status versi',
    superseded: (id: string) => `Versi ${id} sudah digantikan.`,
    since: (date: string) => `Berlaku sejak ${date}.`,
    withdrawn: (date: string, reason: string) => `Dicabut pada ${date}: ${reason}`,
  },
  pager: {
    label: (what: string) => `Halaman ${what}`,
    position: (p: { from: number; to: number; total: number; number: number; count: number }) =>
      `${p.from}–${p.to} dari ${p.total} · halaman ${p.number} dari ${p.count}`,
    previous: '‹ Sebelumnya',
    next: 'Berikutnya ›',
    page: (n: number) => `Halaman ${n}`,
  },
  letterChart: {
    note: '(satu entri dapat memakai lebih dari satu huruf)',
    entries: ' entri',
  },
  cycle: {
    tableLabel: 'Tabel tahap siklus (dapat digeser)',
    caption: 'Tanggal dan lama setiap tahap dibandingkan standar pelayanan',
    stage: 'Tahap',
    start: 'Mulai',
    done: 'Selesai',
    took: 'Lama',
    standard: 'Standar',
    status: 'Status',
    total: 'Total',
    unknown: 'tidak diketahui',
    workdays: (n: number) => `${n} HK`,
    missingHolidays: (years: number[]) =>
      `Daftar hari libur tahun ${years.join(', ')} belum ada; di tahun itu hanya akhir pekan yang dilewati.`,
    timeline: 'Lini waktu siklus pemutakhiran',
    stageSpan: (n: number, from: string, done: string, status: string) => `Tahap ${n}: ${from} sampai ${done}, ${status}.`,
    stageRow: (n: number, status: string) => `Tahap ${n} · ${status}`,
    legend:
      'Kotak bergaris putus: waktu menurut standar SOP. Batang: waktu yang ' +
      'tercatat (cokelat bila terlambat). Tanpa batang: tanggal tidak tercatat.',
  },
  request: {
    title: 'Cara meminta informasi dan mengajukan keberatan',
    description: (body: string) =>
      `Cara meminta informasi kepada ${body}, mengajukan keberatan bila ditolak, dan membawa sengketa ke ` +
      `Komisi Informasi, dengan batas waktunya.`,
    lead:
      'Informasi yang tercantum dalam daftar ini dikecualikan, tetapi Anda tetap berhak meminta informasi. ' +
      'Bila permintaan Anda ditolak, Anda dapat mengajukan keberatan, lalu membawa sengketanya ke Komisi Informasi.',
    steps: [
      {
        title: 'Ajukan permintaan informasi',
        text:
          'Ajukan permintaan kepada Badan Publik melalui salah satu saluran di bawah. Badan Publik menjawab ' +
          'secara tertulis paling lambat 10 hari kerja, dan dapat memperpanjangnya satu kali paling lama 7 ' +
          'hari kerja.',
        provisions: [
          { article: '21', label: 'Pasal 21' },
          { article: '22', label: 'Pasal 22 ayat (7) dan (8)' },
        ],
      },
      {
        title: 'Bila ditolak atau tidak dijawab: ajukan keberatan',
        text:
          'Keberatan diajukan kepada atasan PPID paling lambat 30 hari kerja setelah alasannya timbul, ' +
          'misalnya penolakan dengan alasan pengecualian, permintaan yang tidak ditanggapi, atau jawaban yang ' +
          'terlambat. Atasan PPID menjawab secara tertulis paling lambat 30 hari kerja.',
        provisions: [
          { article: '35', label: 'Pasal 35' },
          { article: '36', label: 'Pasal 36' },
        ],
      },
      {
        title: 'Bila tidak puas: sengketa ke Komisi Informasi',
        text:
          'Bila tanggapan atasan PPID tidak memuaskan, ajukan penyelesaian sengketa kepada Komisi Informasi ' +
          'paling lambat 14 hari kerja setelah menerima tanggapan tertulis.',
        provisions: [{ article: '37', label: 'Pasal 37' }],
      },
    ],
    basis: 'Dasar:',
    summaryNote:
      'Ringkasan di atas ditulis dengan kata-kata kami dari UU 14/2008 dan belum dicocokkan dengan naskah ' +
      'resmi; pasal-pasalnya dapat dibuka pada tautan.',
    channels: 'Saluran yang tercantum',
    channelsIntro: (body: string) => `Saluran ${body} menurut dokumen yang menjadi sumber situs ini:`,
    noChannels: 'Dokumen yang menjadi sumber situs ini tidak mencantumkan saluran permintaan informasi.',
    missing: 'Saluran lain (misalnya formulir daring atau jam layanan) tidak tercantum dalam dokumen sumber, sehingga tidak ditampilkan.',
    labels: {
      ppid: 'PPID',
      address: 'Alamat',
      phone: 'Telepon',
      email: 'Pos-el',
      website: 'Laman',
      hours: 'Jam layanan',
      requestForm: 'Formulir permintaan informasi',
      objectionForm: 'Formulir keberatan',
      publicInfoList: 'Daftar Informasi Publik',
    },
    onEntry: 'Informasi ini dikecualikan, tetapi Anda tetap dapat mengajukan permintaan; bila ditolak, Anda dapat mengajukan keberatan.',
    onEntryLink: 'Cara meminta informasi',
  },
  /** After a misspelt word quoted as printed: what it means, for screen readers. */
  sic: (meant: string) => ` (tertulis demikian pada dokumen; maksudnya "${meant}")`,
  /** The register as it stood on a given day. */
  pointInTime: {
    title: 'Daftar pada tanggal tertentu',
    description:
      'Daftar Informasi yang Dikecualikan mana yang berlaku pada tanggal tertentu, ' +
      'dan keputusan mana yang sudah ditetapkan tetapi belum berlaku.',
    intro:
      'Pilih tanggal untuk melihat daftar yang berlaku pada hari itu. Setiap baris di bawah adalah satu rentang waktu ' +
      'dengan daftar yang sama; batasnya adalah hari sebuah keputusan mulai berlaku.',
    dateLabel: 'Tanggal',
    show: 'Tampilkan',
    invalidDate: 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2025-06-01.',
    noscript: 'Tanpa JavaScript, pilih rentang waktu yang memuat tanggal Anda dari daftar di bawah.',
    periodsHeading: 'Rentang waktu',
    before: (date: string) => `sebelum ${date}`,
    since: (date: string) => `sejak ${date}`,
    range: (from: string, to: string) => `${from} sampai ${to}`,
    none: 'Belum ada daftar yang berlaku.',
    inForce: 'Yang berlaku',
    pending: (asOf: string) => `Sudah ditetapkan, belum berlaku (per ${asOf})`,
    assumed: ASSUMED_END,
    noPending: 'Tidak ada keputusan yang menunggu berlaku.',
    current: 'rentang waktu saat ini',
    future: 'belum tiba',
    periodTitle: (label: string) => `Daftar yang berlaku ${label}`,
    aliasTitle: (day: string) => `Daftar yang berlaku pada ${day}`,
    aliasDescription: (day: string) => `Daftar Informasi yang Dikecualikan yang berlaku pada ${day}.`,
    aliasText: (day: string) =>
      `Sebuah keputusan semula akan berlaku mulai ${day}, tetapi digantikan atau dicabut sebelum hari itu, ` +
      'sehingga tanggal ini tidak lagi menjadi awal rentang waktu. Tanggal ini termasuk dalam',
    periodDescription: (label: string) => `Daftar Informasi yang Dikecualikan yang berlaku ${label}.`,
    allPeriods: 'Semua rentang waktu',
    link: 'Daftar pada tanggal tertentu',
    wordingSince: (from: string, name: string, assumed: 'month' | 'day' | null) =>
      `Bunyi entri ini berlaku sejak ${from} (${name}${assumed ? `; ${ASSUMED_END[assumed]}` : ''}).`,
    wordingOther: 'Bunyinya pada tanggal lain',
  },
  /** Who publishes the register and how current it is, on every page. */
  currency: {
    label: 'Keadaan daftar',
    publisher: (ppid: string) => `Dikelola oleh ${ppid}.`,
    register: (place: string | null, date: string, inForce: string) =>
      `Daftar yang berlaku ditetapkan${place ? ` di ${place}` : ''} pada ${date} dan berlaku sejak ${inForce}.`,
    registerLink: 'Lihat keputusannya',
    noRegister: 'Belum ada daftar yang ditetapkan.',
    lastChange: (date: string) => `Isi situs ini terakhir diubah ${date}.`,
    builtFor: (date: string) => `Halaman ini disusun pada ${date}; status berlaku dihitung per tanggal itu.`,
    staleTitle: 'Belum dimutakhirkan:',
    stale: (decreeDate: string, months: number) =>
      `daftar yang berlaku ditetapkan ${decreeDate}, lebih dari ${months} bulan lalu; isinya mungkin tidak lagi terkini.`,
    staleBySop: (decreeDate: string, months: number) =>
      `daftar yang berlaku ditetapkan ${decreeDate}; menurut SOP, daftar dimutakhirkan setiap ${months} bulan, ` +
      'dan itu belum tercatat. Isinya mungkin tidak lagi terkini.',
    staleAsk: 'Anda tetap dapat',
    staleAskLink: 'meminta informasi apa pun',
  },
  footer: {
    feedTitle: 'Keputusan DIK',
    phone: (n: string) => `Telp. ${n}`,
    fax: (n: string) => `Faks. ${n}`,
    email: 'Pos-el:',
    website: 'Laman:',
  },
  home: {
    description: (body: string) =>
      `${SITE_NAME} ${body}: informasi yang dikecualikan dari akses publik, dasar hukumnya, uji konsekuensinya dan jangka waktunya.`,
    lead: (body: string) =>
      `Informasi yang dikelola ${body} pada dasarnya terbuka. Daftar ini memuat informasi yang dikecualikan dari ` +
      `akses publik berdasarkan UU 14/2008 tentang Keterbukaan Informasi Publik, beserta alasan dan jangka waktunya.`,
    signedBy: (placeDate: string, name: string, position: string) => `${placeDate}, oleh ${name}, ${position}`,
    count: 'Jumlah',
    findings: 'Catatan kepatuhan',
    findingsLink: (n: number) => `${n} catatan otomatis`,
    explore: 'Jelajahi',
    /** One line per link; [words](n) links to the n-th address the page gives. */
    exploreItems: [
      '[Daftar lengkap](0): semua entri dengan dasar hukum, uji konsekuensi dan jangka waktu.',
      '[Dasar hukum](0): arti setiap alasan pengecualian Pasal 17 UU 14/2008 dan entri yang memakainya.',
      '[Kepatuhan](0): hasil pemeriksaan register terhadap undang-undang.',
      '[Jangka waktu yang akan berakhir](0) dan [informasi yang telah dibuka](1).',
      '[Riwayat versi](0): setiap versi yang ditetapkan, perubahannya, dan arsipnya.',
      '[SOP pemutakhiran](0): bagaimana daftar ini diperbarui, dengan standar waktunya.',
      '[Data terbuka](0): unduh daftar sebagai JSON atau CSV.',
      '[Cara meminta informasi](0) dan mengajukan keberatan bila ditolak.',
    ],
  },
  register: {
    title: 'Daftar lengkap',
    description: (body: string, n: number, p: { from: number; to: number } | null) =>
      `Daftar lengkap informasi yang dikecualikan ${body}: ${n} entri dengan dasar ` +
      `hukum, uji konsekuensi dan jangka waktu.${p ? ` Entri ${p.from}–${p.to}.` : ''}`,
    headingRange: (range: string) => ` entri ${range}`,
    opened: (n: number) => `Informasi yang telah dibuka (${n})`,
    caption: (p: { from: number; to: number } | null, total: number) =>
      `${SITE_NAME} (${p ? `${p.from}–${p.to} dari ` : ''}${total} entri)`,
    pagerLabel: 'register',
  },
  opened: {
    title: 'Informasi yang telah dibuka',
    description:
      'Informasi yang pernah dikecualikan dan kini terbuka: dibuka dengan keputusan perubahan klasifikasi atau dihapus dari daftar.',
    lead:
      'Informasi yang pernah dikecualikan tidak hilang dari catatan. Setelah dibuka, informasi ini dapat ' +
      'dimohonkan seperti informasi publik lainnya; keputusan yang membukanya menjadi bukti pengumumannya.',
    reclassified: (n: number) => `Dibuka dengan perubahan klasifikasi (${n})`,
    openedSince: (date: string) => `Dibuka sejak ${date} dengan`,
    periodEnded: '; jangka waktunya telah berakhir',
    noneReclassified: 'Belum ada informasi yang dibuka dengan keputusan perubahan klasifikasi.',
    removed: (n: number) => `Dihapus dari daftar oleh keputusan lain (${n})`,
    removedSince: (date: string) => `Tidak tercantum sejak ${date}`,
    version: (id: string) => `versi ${id}`,
    none: 'Tidak ada.',
  },
  pending: {
    description: 'Usulan perubahan register yang belum ditetapkan dengan keputusan; belum berlaku.',
    status: 'Status',
    noneInForce: '(belum ada)',
    intro:
      'Perbandingan antara register yang berlaku dan usulan perubahan yang sedang disiapkan PPID; ' +
      'usulan berlaku setelah ditetapkan dengan keputusan.',
  },
  footerNote: 'Disusun dari dokumen resmi Badan Publik. Teks entri ditampilkan sebagaimana tercantum dalam keputusan.',
} as const;
