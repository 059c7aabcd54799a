// The catalogue of many bodies (issue 16): what the harvest says of a member, what the
// catalogue's folder check says to its editors, the CLI, and the catalogue site's pages.
import type { ChainVerdict } from '#domain/catalogue.ts';

const kB = (n: number) => `${Math.round(n / 1024)} kB`;

/** Why a member's harvest failed or was refused: shown on the catalogue's page for it, so plain words. */
export const HARVEST = {
  network: (url: string, why: string) => `Situs tidak dapat dihubungi (${url}: ${why}).`,
  status: (url: string, status: number) => `Situs menjawab dengan kesalahan HTTP ${status} (${url}).`,
  tooLarge: (what: string, max: number) => `Berkas terlalu besar (${what}, lebih dari ${kB(max)}); tidak dibaca.`,
  noFolder: (dir: string) => `Folder situs "${dir}" tidak ada.`,
  missing: (path: string) => `Berkas ${path} tidak ada di situs ini; situs ini bukan situs DIK yang dapat dipanen, atau belum diperbarui.`,
  notJson: (path: string) => `Berkas ${path} bukan JSON yang sah.`,
  schema: (path: string, field: string, why: string) => `Berkas ${path} tidak sesuai format (${field}: ${why}).`,
  badVersionId: (id: string) => `Daftar versi memuat pengenal versi yang tidak sah: "${id.slice(0, 80)}".`,
  manifestOther: (path: string, other: string) => `Berkas ${path} menyebut versi lain ("${other.slice(0, 80)}").`,
  manifestLink: (path: string) => `Rantai manifes putus di ${path}: manifes ini tidak menyebut manifes versi sebelumnya.`,
  listHash: (id: string) => `Daftar versi dan manifes versi ${id} menyebut SHA-256 register yang berbeda.`,
  manifestRegister: (path: string) => `Manifes ${path} tidak memuat SHA-256 register.json yang sama dengan yang disebutnya.`,
  registerHash: (path: string) => `Isi ${path} tidak cocok dengan SHA-256 di manifesnya: berkas telah berubah.`,
  registerLink: (path: string) => `Rantai hash putus di ${path}: register ini tidak menyebut register versi sebelumnya.`,
  recordCurrent: (id: string) =>
    `Catatan katalog situs menyebut versi berlaku "${id.slice(0, 80)}" yang tidak ada di rantai versinya, atau dengan hash lain.`,
  redirected: (url: string, to: string) => `Situs mengalihkan ${url} ke luar alamatnya (${to}); pengalihan itu tidak diikuti.`,
  tooSlow: (minutes: number) => `Pemanenan situs ini melewati ${minutes} menit; dihentikan.`,
  memberTooLarge: (max: number) => `Berkas situs ini bersama-sama lebih dari ${kB(max)}; tidak dibaca seluruhnya.`,
  tooManyVersions: (n: number, max: number) => `Daftar versi memuat ${n} versi, lebih dari ${max} yang dibaca katalog.`,
  duplicateVersion: (id: string) => `Daftar versi menyebut versi "${id}" lebih dari sekali.`,
  withdrawnLate: (id: string, seen: string) =>
    `Versi ${id} kini ditandai ditarik, padahal sudah berlaku ketika situs ini terakhir terlihat (${seen}); ` +
    'penarikan hanya sah sebelum versi berlaku.',
  unexpected: (why: string) => `Pemanenan gagal karena kesalahan yang tidak terduga (${why}).`,
  refused: (v: Extract<ChainVerdict, { kind: 'cut' | 'rewritten' }>) =>
    v.kind === 'cut'
      ? `Riwayat dipotong: versi ${v.missing.join(', ')} yang pernah diterbitkan tidak ada lagi.`
      : `Riwayat ditulis ulang: versi ${v.at} kini berbeda dari yang pernah diterbitkan.`,
} as const;

/** The catalogue folder's own files, checked before anything is harvested or built. */
export const CATALOGUE_CONTENT = {
  missing: (file: string) =>
    `Berkas ${file} tidak ada. Mode katalog memerlukan folder katalog (PPID_CATALOGUE, bawaan katalog/) dengan ` +
    `katalog.json dan anggota.json; lihat README, bagian "Katalog".`,
  syntax: (file: string, line: number | undefined, why: string) => `${file}${line ? `:${line}` : ''}: JSON tidak sah: ${why}`,
  schema: (file: string, line: number | undefined, field: string, why: string, hint: string) =>
    `${file}${line ? `:${line}` : ''}: ${field}: ${why} → Perbaikan: ${hint}`,
  duplicate: (file: string, i: number, id: string) =>
    `${file}: anggota ke-${i + 1} memakai id "${id}" yang sudah dipakai anggota lain. → Perbaikan: beri setiap anggota id sendiri.`,
  badPath: (path: string) => `Jalur berkas anggota tidak sah: ${path}`,
  copyMissing: (file: string) =>
    `Salinan ${file} hilang, padahal checkpoint-nya mencatatnya. → Perbaikan: pulihkan dari git (git checkout -- ` +
    `katalog/) atau panen ulang.`,
  copyOutdated: (file: string, field: string, why: string) =>
    `Salinan ${file} tidak lagi sesuai format register proyek ini (${field}: ${why}). → Perbaikan: panen ulang anggota ` +
    `ini (npm run catalogue -- --member ID).`,
  copyChanged: (file: string, sha: string) =>
    `Salinan ${file} tidak lagi cocok dengan SHA-256 di checkpoint (${sha}): salinan diubah. → Perbaikan: pulihkan ` +
    `dari git (git checkout -- katalog/).`,
} as const;

/** `npm run catalogue`: what the harvest tells whoever runs it. */
export const CATALOGUE_CLI = {
  usage: [
    'Pakai: npm run catalogue [-- --catalogue FOLDER] [--member ID]',
    '  Memanen setiap anggota katalog: catatan katalog, daftar versi, manifes dan register setiap versi;',
    '  memeriksa rantai hash, dan menolak anggota yang riwayatnya tidak melanjutkan checkpoint terakhir.',
    '  --catalogue  folder katalog (bawaan: PPID_CATALOGUE atau katalog/)',
    '  --member     panen satu anggota saja',
  ].join('\n'),
  unknownMember: (id: string) => `Tidak ada anggota dengan id "${id}" di anggota.json.`,
  line: {
    ok: 'DIPERBARUI',
    same: 'TETAP     ',
    refused: 'DITOLAK   ',
    unreachable: 'TAK TERJANGKAU',
    invalid: 'TIDAK SAH ',
  },
  added: (ids: readonly string[]) => `versi baru: ${ids.join(', ')}`,
  unchanged: (n: number) => `${n} versi, tidak ada yang baru`,
  kept: (lastSeen: string | null) => (lastSeen ? `salinan terakhir (terlihat ${lastSeen}) dipertahankan` : 'belum pernah dipanen'),
  summary: (counts: Record<string, number>, ms: number) =>
    `\nPanen selesai dalam ${(ms / 1000).toFixed(1)} s: ${counts['ok'] ?? 0} baik, ${counts['refused'] ?? 0} ditolak, ${
      counts['unreachable'] ?? 0
    } tak terjangkau, ${counts['invalid'] ?? 0} tidak sah.`,
} as const;

const pct = (score: number) => `${Math.round(score * 100)}%`;

/** The catalogue site's words: plain Indonesian for citizens, no commands, paths or rule ids. */
export const CATALOGUE_UI = {
  siteName: 'Katalog Daftar Informasi yang Dikecualikan',
  skipLink: 'Langsung ke isi',
  nav: {
    label: 'Menu utama',
    home: 'Anggota',
    compare: 'Perbandingan',
    search: 'Cari',
    data: 'Data terbuka',
  },
  home: {
    description: (name: string) => `Daftar informasi yang dikecualikan dari setiap badan publik anggota ${name}, dalam satu katalog.`,
    intro: (members: number, entries: number) =>
      `Katalog ini mengumpulkan daftar informasi yang dikecualikan (DIK) dari ${members} badan publik. ` +
      `Setiap daftar diambil dari situs badan itu sendiri dan diperiksa rantai hash-nya; ${entries} entri berlaku saat ini.`,
    summary: 'Ringkasan',
    withRegister: (n: number) => `${n} badan publik memiliki daftar yang berlaku`,
    stale: (n: number, months: number) => `${n} daftar sudah lebih dari ${months} bulan sejak keputusan terakhir`,
    refused: (n: number) => `${n} situs ditolak karena riwayatnya berubah`,
    unreachable: (n: number) => `${n} situs tidak terjangkau pada pemanenan terakhir`,
    members: 'Badan publik anggota',
    views: 'Lihat seluruh entri',
    byLetter: 'Menurut huruf Pasal 17 UU 14/2008',
    byKind: 'Menurut jenis jangka waktu',
    byFinding: 'Menurut temuan pemeriksaan otomatis',
    noFindings: 'Pemeriksaan otomatis tidak menemukan apa pun pada daftar yang berlaku.',
    count: (n: number) => `${n} entri`,
  },
  columns: {
    member: 'Badan publik',
    register: 'Daftar berlaku',
    entries: 'Entri',
    lastDecree: 'Keputusan terakhir',
    findings: 'Temuan',
    harvest: 'Pemanenan',
    title: 'Informasi',
    letters: 'Huruf Pasal 17',
    period: 'Jangka waktu',
    likeness: 'Kemiripan judul',
  },
  state: {
    ok: 'Berhasil',
    refused: 'Ditolak',
    unreachable: 'Tak terjangkau',
    invalid: 'Tidak dapat dibaca',
    never: 'Belum dipanen',
  },
  stale: (months: number) => `lebih dari ${months} bulan`,
  noRegister: 'Tidak ada',
  member: {
    description: (name: string) => `Daftar informasi yang dikecualikan ${name} dalam katalog.`,
    ownSite: 'Situs badan publik ini',
    ownSiteUnknown: 'Alamat situsnya belum diketahui: belum pernah berhasil dipanen.',
    region: 'Wilayah',
    harvest: 'Pemanenan',
    lastChecked: (d: string) => `Diperiksa terakhir ${d}.`,
    lastSeen: (d: string) => `Terakhir terlihat dengan riwayat yang sah pada ${d}.`,
    neverSeen: 'Belum pernah terlihat dengan riwayat yang sah.',
    refusedTitle: 'Riwayat situs ini berubah: pembaruan ditolak',
    refusedText:
      'Versi yang pernah diterbitkan badan ini tidak boleh hilang atau berubah. Situsnya kini menerbitkan riwayat ' +
      'yang tidak melanjutkan riwayat yang dicatat katalog, ' +
      'sehingga katalog tetap menampilkan salinan sah terakhir di bawah ini.',
    refusedChain: 'Riwayat yang kini diterbitkan situs',
    unreachableTitle: 'Situs tidak terjangkau',
    unreachableText: (lastSeen: string | null) =>
      lastSeen
        ? `Situs badan ini tidak dapat dibaca pada pemanenan terakhir. Yang ditampilkan adalah salinan sah terakhir, ` +
          `terlihat pada ${lastSeen}.`
        : 'Situs badan ini belum pernah dapat dibaca, sehingga belum ada daftar yang ditampilkan.',
    invalidTitle: 'Situs tidak dapat dibaca sebagai daftar',
    why: 'Sebabnya',
    inForce: 'Daftar yang berlaku',
    inForceLine: (title: string, date: string, from: string) => `${title}, ditetapkan ${date}, berlaku sejak ${from}.`,
    noInForce: 'Belum ada daftar yang berlaku dalam salinan katalog.',
    staleNote: (date: string, after: string, months: number) =>
      `Keputusan terakhir bertanggal ${date}; sejak ${after} daftar ini sudah lebih dari ${months} bulan dan perlu dimutakhirkan.`,
    findings: 'Temuan pemeriksaan otomatis',
    findingsNote:
      'Pemeriksaan yang sama dengan yang dijalankan situs badan ini sendiri, atas daftar yang berlaku. Temuan adalah ' +
      'aturan yang jelas dilanggar; tinjauan tetap perlu dilakukan oleh manusia.',
    entries: 'Entri yang berlaku',
    versions: 'Versi yang dicatat',
    versionColumns: { id: 'Versi', decree: 'Keputusan', register: 'SHA-256 register', manifest: 'SHA-256 manifes' },
  },
  letter: {
    title: (l: string) => `Huruf ${l}: entri seluruh anggota`,
    description: (l: string) => `Entri semua badan publik anggota yang mengecualikan informasi berdasarkan Pasal 17 huruf ${l}.`,
    intro: (n: number, members: number) => `${n} entri dari ${members} badan publik.`,
  },
  kind: {
    title: (label: string) => `Jangka waktu ${label.toLowerCase()}: entri seluruh anggota`,
    description: (label: string) => `Entri semua badan publik anggota dengan jangka waktu pengecualian ${label.toLowerCase()}.`,
  },
  finding: {
    title: (t: string) => `Temuan: ${t}`,
    description: (t: string) => `Badan publik anggota dan entrinya dengan temuan "${t}".`,
    register: 'Daftar secara keseluruhan',
  },
  compare: {
    title: 'Perbandingan antarbadan publik',
    description:
      'Informasi yang dikecualikan sebagian badan publik dan tidak oleh yang lain, dikelompokkan menurut huruf Pasal ' +
      '17 dan kemiripan judul.',
    intro:
      'Entri dikelompokkan bila mengutip huruf Pasal 17 yang sama dan judulnya mirip (setidaknya separuh kata pentingnya sama). ' +
      'Kemiripan judul bukan bukti bahwa informasinya sama: setiap kelompok menunjukkan judul masing-masing, kata ' +
      'yang sama, dan tingkat kemiripannya.',
    letterTitle: (l: string) => `Perbandingan huruf ${l}`,
    letterDescription: (l: string) => `Kelompok entri berjudul mirip dengan dasar Pasal 17 huruf ${l} di antara badan publik anggota.`,
    letterLink: (l: string, groups: number) => `Huruf ${l}: ${groups} kelompok`,
    group: (n: number, of: number) => `Dikecualikan oleh ${n} dari ${of} badan publik yang memiliki daftar berlaku`,
    likeness: (score: number, shared: readonly string[]) => (score >= 1 ? 'acuan' : `${pct(score)} (kata sama: ${shared.join(', ')})`),
    notBy: (n: number) => `Tidak ditemukan judul mirip pada ${n} badan publik lain:`,
    notByMany: (n: number) => `Tidak ditemukan judul mirip pada ${n} badan publik lain.`,
    byAll: 'Semua badan publik yang memiliki daftar berlaku mengecualikan informasi berjudul mirip.',
    pager: 'kelompok',
  },
  search: {
    title: 'Cari di seluruh anggota',
    description: 'Cari informasi yang dikecualikan di daftar semua badan publik anggota.',
    label: 'Cari informasi yang dikecualikan',
    placeholder: 'Cari, misalnya: kalibrasi',
    button: 'Cari',
    intro: (n: number) =>
      `Pencarian ini mencari di indeks katalog: semua entri yang berlaku dari ${n} badan publik, menurut salinan yang ` +
      'disimpan katalog. Setiap hasil membawa ke baris entri di halaman badan publiknya di katalog ini.',
    introMerged: (n: number) =>
      `Untuk ${n} badan publik yang situsnya terbaca dan cocok pada pemeriksaan terakhir, pencarian juga membaca indeks ` +
      'pencarian situs mereka langsung, termasuk halaman selain daftar.',
    introLarge: (max: number) =>
      `Situs anggota tidak ditelusuri satu per satu karena jumlahnya lebih dari ${max}; buka situs badan publik untuk ` +
      'mencari teks lengkapnya.',
    noscript: 'Pencarian memerlukan JavaScript. Tanpa JavaScript, gunakan daftar per huruf Pasal 17 atau per badan publik.',
    searching: 'Mencari…',
    none: 'Tidak ada hasil.',
    /** Filled in by the search page's script: {n} is the count. */
    results: '{n} hasil.',
    resultsSoFar: '{n} hasil pertama ditampilkan; masih ada hasil lain.',
    from: 'Dari',
    more: 'Tampilkan hasil berikutnya',
    /** Filled in by the search page's script: {n} is the count of matching entries not listed. */
    moreEntries: 'dan {n} entri lain yang cocok di halaman badan publik ini',
    unavailable: '{n} situs anggota tidak dapat ditelusuri sekarang; hasil dari indeks katalog tetap ditampilkan.',
  },
  data: {
    title: 'Data terbuka katalog',
    description: 'Seluruh katalog sebagai data terbuka: JSON dan CSV.',
    intro:
      'Seluruh isi katalog dapat diunduh dan dipakai ulang. Setiap entri menyebut badan publiknya dan alamat entri di ' +
      'situs badan itu sendiri.',
    json: 'Katalog lengkap (JSON): badan publik, status pemanenan, temuan, dan entri yang berlaku',
    csv: 'Entri yang berlaku dari semua badan publik (CSV), satu baris per entri',
  },
  pager: { members: 'daftar badan publik', entries: 'entri' },
  footer: (name: string, day: string) => `${name}. Halaman ini disusun pada ${day}; status berlaku dihitung per tanggal itu.`,
  footerNote:
    'Katalog ini memuat salinan daftar yang diterbitkan setiap badan publik di situsnya sendiri. Yang berwenang atas ' +
    'isi daftar adalah badan publik itu.',
} as const;

/** Columns of the catalogue's CSV, in order. */
export const CATALOGUE_CSV = [
  'badan_publik',
  'anggota',
  'versi_berlaku',
  'nomor',
  'id',
  'informasi',
  'huruf_pasal_17',
  'jenis_jangka_waktu',
  'jangka_waktu',
  'alamat',
] as const;
