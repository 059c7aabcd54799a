// What the command-line tools tell an editor (the PPID and the work units): usage, questions,
// results and refusals, in plain Indonesian. The tools' names and flags stay as typed.
import { STAGE_KEYS } from '#domain/cycle.ts';
import { diffCounts } from './labels.ts';

const DATE = 'TTTT-BB-HH';

type Said = { message: string; hint: string };

/** A PPID_* setting with a value that cannot be used: the variable, the value, the fix. */
export const SETTINGS = {
  site: (v: string) => `PPID_SITE harus alamat web lengkap yang diawali http:// atau https://, bukan "${v}".`,
  base: (v: string) => `PPID_BASE harus jalur tanpa spasi, "?" atau "#", misalnya "/ppid-dik", bukan "${v}".`,
  pageSize: (v: string) => `PPID_PAGE_SIZE harus bilangan bulat positif, bukan "${v}".`,
  today: (v: string) => `PPID_TODAY harus tanggal yang ada, dalam bentuk TTTT-BB-HH (misalnya 2026-11-21), bukan "${v}".`,
  repository: (v: string) => `PPID_REPOSITORY harus nama repositori GitHub dalam bentuk pemilik/nama, bukan "${v}".`,
} as const;

const UNSIGNED_TAG = 'tidak ditandatangani: git belum diatur untuk menandatangani, lihat CONTRIBUTING.md';

/** What the build says in its log. */
export const BUILD_LOG = {
  contentValid: (entries: number, findings: number, notes: number, today: string) =>
    `Konten valid: ${entries} entri, ${findings} temuan, ${notes} catatan tinjauan. Tanggal acuan: ${today}.`,
  stopped: (errors: number, root: string) => `Build dihentikan: ${errors} galat pada konten (${root}).`,
  archives: (rendered: number, reused: number, ms: number) => `Arsip PDF: ${rendered} dibuat, ${reused} dari cache (${ms} ms).`,
  searchIndex: (pages: number) => `Pagefind: ${pages} halaman dibaca untuk indeks pencarian.`,
  searchIndexReused: (pages: number) =>
    `Pagefind: halaman situs sama dengan build sebelumnya; indeks pencarian (${pages} halaman) dipakai ulang dari cache build.`,
  siteSums: (files: number) => `SHA-256 ${files} berkas situs ditulis ke data/berkas-situs.sha256.`,
  prepareStopped: (code: number) => `Persiapan build berhenti (kode ${code}).`,
  prepareReused:
    'Konten, pengaturan, dan kode tidak berubah sejak build sebelumnya: hasil pemeriksaan dan berkas setiap versi ' +
    'dipakai ulang dari cache build.',
  catalogue: (members: number, root: string) => `Katalog: ${members} anggota (${root}).`,
  entriesLoaded: (fromCheck: number, parsed: number, kept: number) =>
    `Koleksi entri: ${fromCheck} dari pemeriksaan build, ${parsed} dibaca ulang, ${kept} tetap dari cache.`,
} as const;

/** The register summary of a change: the pull request's comment, in Markdown. */
export const SUMMARY = {
  heading: '## Ringkasan perubahan register',
  failed: (errors: number, findings: number, notes: number) =>
    `**Pemeriksaan: GAGAL** (${errors} galat, ${findings} temuan, ${notes} catatan tinjauan). Galat harus diperbaiki sebelum digabung.`,
  passed: (findings: number, notes: number) => `**Pemeriksaan: LULUS** (0 galat, ${findings} temuan, ${notes} catatan tinjauan).`,
  compared: (base: string | undefined, head: string | undefined) => `Dibandingkan: \`${base ?? 'dasar'}\` → \`${head ?? 'usulan'}\`.`,
  newDecrees: '### Keputusan baru',
  decree: 'Keputusan',
  decreeUnreadable: 'decree.json tidak terbaca',
  entries: (n: number) => `${n} entri`,
  registerMissing: 'register.json tidak ada',
  fromPrevious: (counts: string) => ` (${counts} dari versi sebelumnya)`,
  noNewDecree:
    'Keputusan baru: tidak ada. Perubahan entri di bawah ini adalah **usulan** dan belum berlaku sampai ditetapkan dengan keputusan.',
  history: {
    heading: (n: number) => `### Riwayat beku dilanggar (${n})`,
    fix:
      'Versi yang sudah ditetapkan tidak boleh dihapus atau diubah: kembalikan berkasnya seperti di cabang dasar. ' +
      'Perubahan register dibuat dengan keputusan baru (npm run decree). Perubahan ini tidak boleh digabung.',
    removed: 'folder versi dihapus',
    registerRemoved: 'register.json dihapus',
    registerChanged: 'register.json diubah',
    decreeRemoved: 'decree.json dihapus',
    decreeChanged: 'unsur keputusan yang dibekukan (nomor, judul, tempat, tanggal, penanda tangan, paraf) diubah',
    hashChanged: 'hash register.json yang tercatat di decree.json diubah',
    skChanged: 'pindaian SK (sk.pdf) atau hash-nya diubah',
    skSignaturesChanged: 'hasil pemeriksaan tanda tangan elektronik sk.pdf yang sudah dibekukan diubah atau dihapus',
    letterheadChanged: 'kop surat yang tercatat pada keputusan ini diubah atau dihapus (arsip PDF-nya akan berubah)',
    skRemoved: 'pindaian SK (sk.pdf) dihapus',
    skTrustMissing: (names: string) =>
      `hasil pemeriksaan tanda tangan sk.pdf mengacu pada sertifikat akar yang tidak ada di content/trust (${names})`,
    correctionsChanged: 'ralat yang sudah tercatat diubah atau dihapus (ralat hanya boleh ditambah)',
    withdrawnChanged: 'catatan pencabutan yang sudah tercatat diubah atau dihapus',
    withdrawnLate: 'versi ini dicatat dicabut padahal hari berlakunya sudah lewat: ia sudah berlaku dan diterbitkan sebagai berlaku',
  },
  trust: {
    heading: '### Kepercayaan (content/trust)',
    warning:
      '**Perhatian:** berkas ini menentukan tanda tangan elektronik mana yang dinyatakan sah di situs dan tag mana yang ' +
      'dianggap dibuat editor yang berwenang. Periksa sumber setiap sertifikat akar dan setiap kunci sebelum menyetujui.',
    source: (s: string) => `Sumber: ${s}`,
    recheck: (version: string, n: number, before: string, after: string) =>
      `versi \`${version}\`, tanda tangan ${n}: ${before} → ${after} (diperiksa ulang setelah sertifikat akar berubah)`,
  },
  entriesHeading: '### Entri',
  counts: (d: { added: unknown[]; removed: unknown[]; changed: unknown[]; renumbered: unknown[]; unchanged: number }) =>
    `+ ${d.added.length} ditambahkan · − ${d.removed.length} dihapus · ~ ${d.changed.length} ` +
    `diubah · ↕ ${d.renumbered.length} berpindah nomor · ${d.unchanged} tidak berubah`,
  added: '**Ditambahkan**',
  removed: '**Dihapus**',
  changed: '**Diubah**',
  formerNumber: (n: number) => ` (sebelumnya nomor ${n})`,
  renumbered: '**Berpindah nomor**',
  noBasis: 'tanpa dasar hukum',
  entry: (n: number, title: string, cites: string, period: string, plain: string) =>
    `- **${n}. ${title}** · ${cites} · jangka waktu "${period}" (${plain})`,
  findingsHeading: '### Temuan hukum',
  noFindingChange: 'Tidak ada temuan baru dan tidak ada yang selesai.',
  newFindings: (n: number) => `**Temuan baru (${n})**: peninjau sebaiknya menahan perubahan ini sampai temuan dijelaskan.`,
  resolvedFindings: (n: number) => `**Temuan yang selesai (${n})**`,
  newNotes: (n: number) =>
    `**Catatan tinjauan baru (${n})**: pemeriksaan heuristik dan katalog; bukan pelanggaran yang pasti, tetapi layak dibaca peninjau.`,
  errorsHeading: (n: number) => `### Galat (${n})`,
  otherFiles: '### Berkas lain yang berubah',
  fileChange: { added: 'ditambah', changed: 'diubah', removed: 'dihapus' },
} as const;

/** The report of `npm run check` (and of a build stopped by bad content). */
export const REPORT = {
  heading: (t: { exemptions: number; decrees: number; laws: number; units: number; sops: number }) =>
    `Pemeriksaan konten: ${t.exemptions} entri, ${t.decrees} keputusan, ${t.laws} peraturan, ${t.units} unit kerja, ${t.sops} SOP`,
  heuristic: ' [heuristik]',
  failed: (errors: number, findings: number, notes: number) =>
    `GAGAL: ${errors} galat, ${findings} temuan, ${notes} catatan tinjauan. Perbaiki galat sebelum digabung (merge).`,
  passed: (findings: number, notes: number) => `LULUS: 0 galat, ${findings} temuan, ${notes} catatan tinjauan.`,
  findingsDoNotFail:
    ' Temuan ditampilkan di halaman kepatuhan dan tidak menggagalkan pemeriksaan; catatan tinjauan (heuristik, katalog) ' +
    'hanya untuk peninjau dan tampil terlipat di halaman kepatuhan.',
  fix: 'Perbaikan:',
} as const;

/** What `npm run verify` says of each thing it checks. */
export const VERIFY = {
  content: (rule: string) => `konten: ${rule}`,
  register: (id: string) => `versi ${id}: register.json`,
  registerOk: (sha: string) => `SHA-256 ${sha} sama dengan decree.json dan rantai`,
  published: (path: string) => `diterbitkan: ${path}`,
  missing: 'berkas tidak ada di situs yang dibangun',
  sha: (sha: string) => `SHA-256 ${sha}`,
  differs: (actual: string, expected: string) =>
    `SHA-256 ${actual}, seharusnya ${expected} (berkas berbeda dari yang dihitung ulang dari konten)`,
  extraVersion: 'versi ini ada di situs tetapi tidak ada di content/decrees (keputusan dihapus?)',
  sameContent: (id: string | null) =>
    id ? `isinya sama dengan yang dihitung ulang dari versi yang berlaku (${id})` : 'isinya sama dengan yang dihitung ulang',
  lineDiffers: (line: number, column: number, actual: string, expected: string) =>
    `baris ${line} kolom ${column} berbeda dari yang dihitung ulang dari konten: terbit «${actual}», seharusnya «${expected}»`,
  noLine: '(tidak ada baris)',
  bytesDiffer: 'isinya berbeda dari yang dihitung ulang dari konten (akhir baris atau penyandian)',
  signatures: {
    what: (id: string) => `versi ${id}: tanda tangan elektronik sk.pdf`,
    unchecked: (id: string) => `belum diperiksa; periksa dan bekukan hasilnya: npm run sk -- --id ${id}`,
    same: (verdicts: string[]) =>
      verdicts.length
        ? `hasil sama dengan yang dibekukan: ${verdicts.join(', ')}`
        : 'tidak ada tanda tangan elektronik, sama dengan yang dibekukan',
    differs: (frozen: string[], now: string[]) =>
      `hasil hari ini (${now.join(', ') || 'tidak ada'}) berbeda dari yang dibekukan (${frozen.join(', ') || 'tidak ada'}), ` +
      'dengan sertifikat akar yang sama: sk.pdf atau hasil yang dibekukan diubah',
    rootsGone: (names: string[], id: string) =>
      `sertifikat akar yang dipakai saat dibekukan tidak ada di content/trust/ (${names.join(', ')}), jadi hasilnya tidak dapat ` +
      `diperiksa ulang; kembalikan sertifikat itu, atau periksa ulang dengan akar yang ada: npm run sk -- --id ${id} --recheck`,
    rootsUnrecorded: (id: string) =>
      `sertifikat akar yang dipakai tidak tercatat (hasil lama); catat dengan npm run sk -- --id ${id} --recheck`,
    tooMany: 'sk.pdf memuat terlalu banyak tanda tangan untuk diperiksa',
  },
  siteSums: {
    same: (n: number) => `${n} berkas situs, semuanya sama dengan daftar SHA-256 ini`,
    differ: (c: { changed: string[]; missing: string[]; unlisted: string[] }) =>
      [
        c.changed.length
          ? `${c.changed.length} berkas berbeda dari daftar (${c.changed.slice(0, 3).join(', ')}${c.changed.length > 3 ? ', …' : ''})`
          : '',
        c.missing.length ? `${c.missing.length} berkas dalam daftar tidak ada (${c.missing.slice(0, 3).join(', ')})` : '',
        c.unlisted.length ? `${c.unlisted.length} berkas tidak tercantum dalam daftar (${c.unlisted.slice(0, 3).join(', ')})` : '',
      ]
        .filter(Boolean)
        .join('; '),
  },
  tags: {
    what: (tag: string) => `tag ${tag}`,
    noGit: 'folder konten tidak berada di repositori git (atau git tidak ada): tag versi tidak diperiksa',
    noGitWhat: 'tag versi',
    missing: (id: string) => `belum ada; buat pada commit yang memuat versi ini: npm run decree -- --tag ${id}`,
    lightweight: 'tag ringan (tanpa pesan dan tanda tangan); tag versi dibuat beranotasi oleh npm run decree',
    moved: (commit: string) =>
      `menunjuk commit ${commit.slice(0, 12)} yang register.json versinya berbeda dari konten: tag dipindahkan atau versi diubah`,
    noSnapshot: 'commit yang ditunjuk tidak memuat register.json versi ini',
    unsigned: (commit: string) => `menunjuk commit ${commit.slice(0, 12)} dengan versi yang sama persis; tidak ditandatangani`,
    signed: (commit: string, who: string) =>
      `menunjuk commit ${commit.slice(0, 12)} dengan versi yang sama persis; ` +
      `ditandatangani ${who}, terverifikasi dengan trust/allowed_signers`,
    notChecked: (commit: string, format: string) =>
      `menunjuk commit ${commit.slice(0, 12)} dengan versi yang sama persis; tanda tangan ${format} tidak diperiksa ` +
      '(trust/allowed_signers tidak ada, atau tanda tangan GPG)',
    notAllowed: (said: string) => `tanda tangan dibuat dengan kunci yang tidak tercantum di trust/allowed_signers (${said})`,
    invalid: (said: string) => `tanda tangan tidak sah (${said})`,
  },
  live: {
    what: 'riwayat yang sudah terbit',
    unreadable: 'daftar versi (data/versi.json) yang terbit atau yang dibangun tidak dapat dibaca',
    version: (id: string) => `versi terbit ${id}`,
    gone: 'tidak ada lagi di situs yang dibangun: riwayat yang sudah terbit tidak boleh dihapus',
    moved: 'berpindah tempat di rantai: riwayat yang sudah terbit tidak boleh disusun ulang',
    skChanged: 'pindaian SK yang sudah terbit diganti atau dihapus',
    withdrawnAfter: 'versi yang sudah terbit sebagai berlaku kini dicatat dicabut sebelum berlaku: riwayat tidak boleh diubah surut',
  },
} as const;

/** What `npm run import` says of a table's rows and cells. */
export const IMPORT = {
  columns: { number: 'No', title: 'Informasi', basis: 'Dasar Hukum', opened: 'Dibuka', closed: 'Ditutup', period: 'Jangka Waktu' },
  noHeader: 'Baris judul kolom tidak ditemukan: tabel harus memiliki kolom "Informasi" dan "Dasar Hukum".',
  columnMissing: (label: string) => `Kolom "${label}" tidak ditemukan pada baris judul.`,
  titleEmpty: 'Kolom Informasi kosong.',
  basisUnread: (text: string) => `Dasar hukum "${text}" tidak dapat dibaca sebagai rujukan peraturan.`,
  basisEmpty: 'Kolom Dasar Hukum kosong.',
  openedEmpty: 'Kolom Dibuka (konsekuensi jika dibuka) kosong.',
  closedEmpty: 'Kolom Ditutup (pertimbangan jika ditutup) kosong.',
  periodEmpty: 'Kolom Jangka Waktu kosong.',
  notUtf8: (line: number, byte: number) =>
    `isi berkas bukan UTF-8 mulai baris ${line} (bita ke-${byte}); simpan ulang sebagai "CSV UTF-8" (Excel) atau ` +
    'dengan penyandian UTF-8 (LibreOffice), lalu impor lagi',
  periodUnclear: (text: string) =>
    `Jangka waktu "${text}" tidak dapat dibaca sebagai lama waktu, peristiwa, persetujuan, keadaan atau rujukan peraturan; ` +
    'dicatat sebagai unclear (belum terbaca). Pilih jenisnya setelah impor.',
  periodVague: (text: string) =>
    `Jangka waktu "${text}" tidak menyebut akhir yang jelas; dicatat sebagai vague dan akan menjadi temuan (period-vague).`,
  citationDoubt: (text: string, why: string) => `"${text}": rujukan ini tidak mungkin benar. ${why}`,
  notANumber: (no: string) => `kolom No berisi "${no}", bukan nomor entri (judul bagian, atau teks di bawah tabel)`,
  noNumber: 'kolom No kosong dan tidak ada entri di atasnya yang dapat dilanjutkan',
  groupHeading: 'judul kelompok: tanpa dasar hukum, konsekuensi dan jangka waktu',
  unnamedColumn: (n: number) => `kolom ke-${n} tanpa judul`,
  combinedConsequence:
    'Konsekuensi tercetak dalam satu kolom, tidak dipisah menjadi Dibuka dan Ditutup: isinya dimasukkan ke Dibuka; ' +
    'tulis pertimbangan jika ditutup di Ditutup setelah impor.',
  aliasAmbiguous: (name: string, ids: readonly string[]) =>
    `"${name}" dapat berarti ${ids.join(' atau ')}; tidak dibaca. Tulis ` +
    `nomor dan tahunnya di tabel, atau tambahkan rujukannya setelah impor.`,
  articleAssumed: (text: string) => `"${text}" menyebut huruf tanpa pasal; dibaca sebagai Pasal 17 UU 14/2008. Periksa.`,
  lawAssumed: (text: string) => `"${text}" tidak menyebut undang-undangnya; dibaca sebagai UU 14/2008 (Pasal 17 huruf a–j). Periksa.`,
} as const;

export const CLI = {
  required: (label: string) => `${label} wajib diisi.`,
  notAnId: (id: string) => `"${id}" bukan id yang sah.`,
  notAValidDate: (value: string) => `"${value}" bukan tanggal yang sah.`,
  contentMissing: (root: string) => `Folder konten "${root}" tidak ada.`,
  notADate: (value: string) => `"${value}" bukan tanggal ${DATE}.`,
  dryRun: '(uji coba, tidak ditulis) ',
  unexpected: (first: string) =>
    `Perintah berhenti karena kesalahan yang tidak terduga: ${first}. ` +
    'Jalankan lagi dengan PPID_DEBUG=1 untuk rinciannya, dan laporkan sebagai issue.',
  refusedProblem: (field: string, message: string, hint: string) => `  · ${field}: ${message} → Perbaikan: ${hint}`,
  writtenTo: (path: string) => `  ditulis ke ${path}`,
  note: (text: string) => `  Catatan: ${text}`,
  check: {
    usage: `Pemakaian: npm run check -- [--json] [--content <folder>] [--today ${DATE}]`,
    badToday: (value: string) => `--today "${value}" bukan tanggal ${DATE}.`,
  },
  preview: {
    usage:
      'Pemakaian: npm start (membangun lalu menyajikan situs) atau npm run preview [-- --port 4321] [--catalogue] ' +
      '(--catalogue: situs katalog, npm run catalogue:start)',
    badPort: (p: string) => `Port "${p}" tidak sah: tulis bilangan 0–65535 (0: port bebas mana saja).`,
    noSite: (dir: string) => `Folder situs ${dir} belum ada: jalankan npm run build lebih dahulu, atau npm start.`,
    serving: (url: string, dir: string) => `Situs dari ${dir} disajikan di ${url} (hentikan dengan Ctrl+C).`,
  },
  sk: {
    usage:
      'Pemakaian: npm run sk -- --id <id versi> [--file <SK bertanda tangan.pdf>] [--recheck] [--content <folder>]\n' +
      '  Menyalin SK ke content/decrees/<id>/sk.pdf apa adanya, memeriksa tanda tangan elektroniknya terhadap\n' +
      '  sertifikat akar di content/trust/, dan mencatat hash serta hasilnya di decree.json. Tanpa --file: memeriksa\n' +
      '  sk.pdf yang sudah ada.',
    needId: 'Sebutkan versinya: --id dik-2026-01.',
    refused: 'SK tidak dicatat; tidak ada berkas yang ditulis.\n',
    unknown: (id: string): Said => ({
      message: `Versi "${id}" tidak ada di content/decrees.`,
      hint: 'Periksa id versinya (nama foldernya).',
    }),
    fileMissing: (file: string): Said => ({ message: `Berkas "${file}" tidak ada.`, hint: 'Periksa jalur berkas PDF SK.' }),
    noScan: (id: string): Said => ({
      message: `Versi ${id} belum memiliki sk.pdf.`,
      hint: 'Berikan berkasnya: npm run sk -- --id <id> --file <SK.pdf>.',
    }),
    notPdf: (file: string): Said => ({
      message: `"${file}" bukan berkas PDF.`,
      hint: 'Berikan SK bertanda tangan dalam format PDF, apa adanya.',
    }),
    otherScan: (id: string): Said => ({
      message: `Versi ${id} sudah memiliki sk.pdf lain; SK yang sudah tercatat tidak pernah diganti.`,
      hint: 'Bila SK itu keliru, tetapkan keputusan baru, atau catat ralat di decree.json (corrections).',
    }),
    frozen: (id: string): Said => ({
      message: `Hasil pemeriksaan tanda tangan sk.pdf versi ${id} sudah dibekukan dan hasil hari ini berbeda.`,
      hint:
        'Hasil yang dibekukan tidak diubah diam-diam. Bila sertifikat akar ditambahkan atau dihapus sejak itu, ' +
        'jalankan npm run sk -- --id <id> --recheck: hanya kepercayaan yang boleh berubah, dan perubahannya tampil di ringkasan PR.',
    }),
    tooMany: (max: number): Said => ({
      message: `Berkas memuat lebih dari ${max} tanda tangan; tidak diperiksa.`,
      hint: 'Periksa apakah ini memang SK yang ditandatangani; SK tidak memuat tanda tangan sebanyak itu.',
    }),
    unrecordable: (why: string): Said => ({
      message: `Hasil pemeriksaan tidak dapat dicatat sebagai konten yang sah (${why}).`,
      hint:
        'Sertifikat penanda tangan memuat isian yang tidak lazim (misalnya karakter kendali); ' +
        'periksa berkasnya dengan penerbit sertifikat.',
    }),
    recheckRefused: (id: string): Said => ({
      message:
        `Pemeriksaan ulang sk.pdf versi ${id} mengubah penanda tangan, keutuhan atau cakupan tanda tangan, ` +
        'bukan hanya kepercayaannya.',
      hint: 'Fakta tanda tangan yang dibekukan tidak berubah; periksa apakah sk.pdf atau perangkat pemeriksanya berubah.',
    }),
    recorded: (id: string, sha: string, n: number) =>
      `SK versi ${id} dicatat: sk.pdf SHA-256 ${sha}; ` +
      (n ? `${n} tanda tangan elektronik diperiksa:` : 'tidak ada tanda tangan elektronik di dalamnya.'),
    noRoots: '  Catatan: content/trust/ belum memuat sertifikat akar, jadi tidak ada tanda tangan yang dapat dipercaya.',
  },
  verify: {
    usage:
      'Pemakaian: npm run verify -- [--content <folder>] [--site <folder hasil build, bawaan dist>] [--no-site] ' +
      '[--live <data/versi.json situs yang terbit>]',
    siteMissing: (site: string) =>
      `Folder situs "${site}" tidak ada. Jalankan npm run build dulu, atau pakai --no-site untuk memeriksa konten saja.`,
    match: 'COCOK      ',
    mismatch: 'TIDAK COCOK',
    note: 'CATATAN    ',
    failed: (bad: number, all: number) => `GAGAL: ${bad} dari ${all} pemeriksaan tidak cocok.`,
    passed: (all: number, notes: number) => `LULUS: ${all} pemeriksaan cocok${notes ? `, ${notes} catatan` : ''}.`,
    siteSkipped: ' (Situs yang dibangun tidak diperiksa.)',
    liveMissing: (file: string) => `Berkas daftar versi yang terbit "${file}" tidak ada.`,
    liveNeedsSite: '--live membandingkan dengan situs yang dibangun; jangan pakai --no-site.',
  },
  summary: {
    usage:
      'Pemakaian: npm run summary -- <dasar: ref git, atau folder konten sebagai jalur ./folder> [usulan: ' +
      'ref git atau ./folder; bawaan: berkas saat ini] [--out <berkas.md>]',
    baseMissing: 'Sebutkan dasar perbandingan, misalnya origin/main.',
    unknownRef: (arg: string) => `"${arg}" bukan folder maupun ref git yang dikenal.`,
    notContent: (arg: string) => `"${arg}" bukan folder konten (tidak ada body.json di dalamnya).`,
    cannotWrite: (path: string, code: string) =>
      `Ringkasan tidak dapat ditulis ke "${path}"${code ? ` (${code})` : ''}; periksa foldernya.`,
    folderNeedsPath: (arg: string) =>
      `"${arg}" bukan ref git. Bila yang dimaksud folder konten, tulis sebagai jalur: ./${arg.replace(/^\.?\/+/, '')}`,
    currentFiles: 'berkas saat ini',
  },
  newEntry: {
    usage: `Pemakaian: npm run new -- --title "<informasi>" --basis "<dasar hukum>" --opened "<akibat jika dibuka>"
  --closed "<kepentingan jika ditutup>" --period "<jangka waktu>" [--order <n>] [--id <id>] [--unit <id>] [--partial]
  [--dry-run] [--content <folder>]`,
    badOrder: (value: string) => `--order "${value}" bukan nomor urut (bilangan bulat 1 sampai 999999).`,
    askTitle: 'Informasi yang dikecualikan',
    askBasis: 'Dasar hukum (mis. Pasal 17 huruf h UU No. 14 Tahun 2008)',
    askOpened: 'Konsekuensi jika dibuka',
    askClosed: 'Pertimbangan jika ditutup',
    askPeriod: 'Jangka waktu (mis. 5 tahun / Sampai dengan … / Tidak terbatas)',
    refused: 'Entri tidak dibuat; tidak ada berkas yang ditulis.\n',
    created: (id: string, order: number) => `Entri baru: ${id} (nomor urut ${order})`,
    basis: (citations: string[]) => `  Dasar hukum: ${citations.join('; ')}`,
    period: (text: string, kind: string, plain: string) => `  Jangka waktu: "${text}" dibaca sebagai ${kind}: ${plain}`,
    finding: (rule: string, message: string) => `  Temuan [${rule}]: ${message}`,
    note: (rule: string, message: string) => `  Catatan tinjauan [${rule}]: ${message}`,
    labels: {
      title: 'Informasi (--title)',
      basis: 'Dasar hukum (--basis)',
      opened: 'Konsekuensi jika dibuka (--opened)',
      closed: 'Pertimbangan jika ditutup (--closed)',
      period: 'Jangka waktu (--period)',
    },
    needTitle: 'Tulis informasi yang dikecualikan secara jelas dan spesifik, misalnya --title "Data kesehatan pegawai".',
    needBasis: 'Tulis seperti di keputusan, misalnya --basis "Pasal 17 huruf h UU No. 14 Tahun 2008".',
    needOpened: 'Tulis akibat bila informasi dibuka (hasil uji konsekuensi).',
    needClosed: 'Tulis kepentingan yang dilindungi bila informasi ditutup.',
    needPeriod: 'Misalnya --period "5 tahun", "Sampai dengan selesainya proses audit", atau "Tidak terbatas".',
    basisUnread: (text: string): Said => ({
      message: `"${text}" tidak terbaca sebagai rujukan peraturan.`,
      hint: 'Sebut pasal, huruf dan undang-undangnya, misalnya "Pasal 17 huruf h UU No. 14 Tahun 2008".',
    }),
    noGround: {
      message: 'Tidak ada alasan pengecualian Pasal 17 UU 14/2008 (huruf a–j) yang disebut.',
      hint: 'Informasi hanya dapat dikecualikan berdasarkan Pasal 17; sebut hurufnya.',
    } satisfies Said,
    periodUnclear: (period: string): Said => ({
      message: `Jangka waktu "${period}" tidak dapat dibaca sebagai lama waktu, peristiwa, persetujuan atau keadaan yang jelas.`,
      hint:
        'Jangka waktu harus jelas dan tegas, misalnya "5 tahun", "Sampai dengan selesainya proses audit", "Apabila ' +
        'mendapat persetujuan dari yang bersangkutan", "Selama masih dalam pelaksanaan" atau "Tidak terbatas".',
    }),
    idHint: 'Gunakan huruf kecil, angka dan tanda hubung.',
    idTaken: (id: string): Said => ({
      message: `Id "${id}" sudah dipakai (di salinan kerja atau di versi yang pernah ditetapkan).`,
      hint: 'Id tidak pernah dipakai ulang; pilih id lain atau biarkan kosong agar dibuat dari judul.',
    }),
    unitUnknown: (unit: string, known: string[]): Said => ({
      message: `Unit kerja "${unit}" tidak ada di content/units.`,
      hint: known.length
        ? `Pilih salah satu: ${known.join(', ')}.`
        : 'Tambahkan unit kerjanya ke content/units lebih dulu, atau jangan isi --unit.',
    }),
    orderInvalid: (order: number): Said => ({
      message: `Nomor urut "${order}" tidak sah.`,
      hint: 'Tulis bilangan bulat positif, atau biarkan kosong agar entri ditaruh di akhir.',
    }),
    orderTaken: (order: number): Said => ({
      message: `Nomor urut ${order} sudah dipakai.`,
      hint: 'Biarkan kosong agar entri ditaruh di akhir, atau pilih nomor yang belum dipakai.',
    }),
    fileExists: (path: string): Said => ({ message: `Berkas ${path} sudah ada.`, hint: 'Pilih id lain.' }),
  },
  decree: {
    usage: `Pemakaian: npm run decree -- --id <id> --date <TTTT-BB[-HH]> --kind <penetapan|pemutakhiran|perubahan-klasifikasi>
  --title "<judul>" --signatory-name "<nama>" --signatory-position "<jabatan>"
  [--number <nomor>] [--place <tempat>] [--effective <tanggal>] [--signatory-rank <pangkat>] [--signatory-nip <NIP>]
  [--like-previous]  judul, tempat dan penandatangan diambil dari keputusan terakhir bila tidak diberikan
  [--dry-run]        tampilkan hasilnya tanpa menulis apa pun
  [--no-git]         jangan membuat commit dan tag git untuk versi baru
  [--content <folder>]
       npm run decree -- --tag <id>   buat tag versi/<id> untuk versi yang sudah ada, pada commit HEAD`,
    askId: 'Id folder keputusan (mis. dik-2026-01)',
    askKind: 'Jenis (penetapan/pemutakhiran/perubahan-klasifikasi)',
    askDate: 'Tanggal penetapan (TTTT-BB-HH atau TTTT-BB)',
    askNumber: 'Nomor keputusan (kosongkan bila tidak ada)',
    askTitle: 'Judul',
    askSignatoryName: 'Nama penandatangan',
    askSignatoryPosition: 'Jabatan penandatangan',
    refused: 'Keputusan tidak dibuat; tidak ada berkas yang ditulis.\n',
    changes: (d: { added: unknown[]; removed: unknown[]; changed: unknown[]; renumbered: unknown[] } | null) =>
      d ? `${diffCounts(d)}, ${d.renumbered.length} berpindah nomor` : 'versi pertama',
    created: (id: string, entries: number, changes: string) => `Keputusan ${id}: ${entries} entri; ${changes}.`,
    sha256: (sha: string) => `  register.json SHA-256 ${sha}`,
    previous: (p: { id: string; sha256: string } | null) => `  versi sebelumnya      ${p ? `${p.id} (${p.sha256})` : '-'}`,
    same: '  Catatan: isi register sama dengan versi sebelumnya (penetapan ulang).',
    written: (dir: string) => `  ditulis ke ${dir}/ (decree.json, register.json)`,
    tagMessage: (id: string, label: string, sha256: string) =>
      `Versi ${id}: ${label}\n\nregister.json SHA-256 ${sha256}\nDibekukan dengan npm run decree.`,
    tagged: (tag: string, commit: string, signed: boolean) =>
      `  tag ${tag} pada commit ${commit.slice(0, 12)} (${signed ? 'ditandatangani' : UNSIGNED_TAG})\n` +
      `  Kirim tag bersama cabangnya: git push origin ${tag}`,
    noGit: '  Folder konten tidak berada di repositori git: commit dan tag tidak dibuat.',
    gitFailed: (step: 'commit' | 'tag', id: string, said: string): Said => ({
      message: `Berkas versi ${id} sudah ditulis, tetapi ${step === 'commit' ? 'commit' : 'tag'} git gagal: ${said}`,
      hint:
        step === 'commit'
          ? 'Perbaiki pengaturan git (mis. git config user.name/user.email), commit folder versi itu, ' +
            `lalu jalankan npm run decree -- --tag ${id}.`
          : `Perbaiki pengaturan penandatanganan git (lihat CONTRIBUTING.md), lalu jalankan npm run decree -- --tag ${id}.`,
    }),
    tagRefused: (id: string, why: string): Said => ({
      message: `Tag versi ${id} tidak dibuat: ${why}`,
      hint: 'Tag dibuat pada commit HEAD yang memuat register.json versi itu persis seperti di folder konten; commit dahulu perubahannya.',
    }),
    tagWhy: {
      unknown: 'versi itu tidak ada di content/decrees.',
      noGit: 'folder konten tidak berada di repositori git.',
      exists: 'tag itu sudah ada; tag versi tidak pernah dipindahkan.',
      notAtHead: 'register.json versi itu pada commit HEAD tidak sama dengan yang di folder konten (belum di-commit atau berubah).',
    },
    labels: {
      id: 'Id keputusan (--id)',
      date: 'Tanggal penetapan (--date)',
      kind: 'Jenis keputusan (--kind)',
      title: 'Judul (--title)',
      'signatory.name': 'Nama penandatangan (--signatory-name)',
      'signatory.position': 'Jabatan penandatangan (--signatory-position)',
    } as Record<string, string>,
    needId: 'Beri id folder keputusan, misalnya --id dik-2026-01 (huruf kecil, angka, tanda hubung).',
    needDate: 'Tulis tanggal penetapan: --date 2026-01-15, atau --date 2026-01 bila dokumen hanya menyebut bulan.',
    needKind: (kinds: readonly string[]) => `Pilih jenis: --kind ${kinds.join(' | ')}.`,
    needTitle: 'Tulis judul keputusan sebagaimana tercantum: --title "…".',
    needSignatoryName: 'Tulis nama penandatangan sebagaimana tercetak: --signatory-name "…".',
    needSignatoryPosition: 'Tulis jabatan penandatangan: --signatory-position "…".',
    idHint: 'Gunakan huruf kecil, angka dan tanda hubung, misalnya dik-2026-01.',
    exists: (id: string): Said => ({
      message: `Keputusan "${id}" sudah ada di content/decrees/${id}.`,
      hint: 'Versi beku tidak pernah ditimpa; pilih id lain.',
    }),
    dateHint: 'Gunakan TTTT-BB-HH atau TTTT-BB.',
    kindUnknown: (kind: string, kinds: readonly string[]): Said => ({
      message: `Jenis "${kind}" tidak dikenal.`,
      hint: `Pilih salah satu: ${kinds.join(', ')}.`,
    }),
    effectiveBeforeDate: { message: 'Tanggal berlaku mendahului tanggal penetapan.', hint: 'Periksa kedua tanggal.' } satisfies Said,
    workingCopyErrors: (n: number): Said => ({
      message: `Salinan kerja (working copy) masih memiliki ${n} galat; register yang bergalat tidak dapat dibekukan.`,
      hint: 'Jalankan npm run check, perbaiki setiap galat, lalu ulangi.',
    }),
    bodyMissing: { message: 'content/body.json tidak ada.', hint: 'Tambahkan data Badan Publik.' } satisfies Said,
    empty: { message: 'Salinan kerja tidak berisi entri.', hint: 'Register kosong tidak dapat ditetapkan.' } satisfies Said,
    beforeLast: (date: string, id: string, lastDate: string): Said => ({
      message: `Tanggal ${date} mendahului keputusan terakhir "${id}" (${lastDate}).`,
      hint: 'Keputusan baru tidak boleh bertanggal lebih awal dari keputusan yang digantikannya.',
    }),
  },
  importTable: {
    usage:
      'Pemakaian: npm run import -- <berkas tabel .docx/.xlsx/.html/.csv/.tsv/.txt> [--dry-run] [--json] ' +
      '[--out <folder entri>] [--content <folder konten>]',
    unreadable: (file: string, why: string) => `Berkas "${file}" tidak dapat dibaca sebagai tabel: ${why}`,
    accounting: (data: number, entries: number, continuation: number, skipped: number, part: string | undefined) =>
      `${part ? `Lembar "${part}": ` : ''}${data} baris data setelah judul kolom: ${entries} menjadi entri` +
      (continuation ? `, ${continuation} baris lanjutan digabung ke entri di atasnya` : '') +
      `, ${skipped} tidak menjadi entri.`,
    unreadParts: (names: string[]) =>
      `Lembar lain yang juga berisi tabel DIK dan tidak dibaca: ${names.join(', ')}. ` +
      'Simpan setiap lembar sebagai berkas sendiri, lalu impor satu per satu.',
    extraColumns: (names: string[]) => `Kolom yang tidak dibaca (isinya tidak masuk ke entri): ${names.join(', ')}.`,
    skippedRow: (row: number, text: string, reason: string) => `  baris ${row} tidak menjadi entri: "${text}" (${reason})`,
    fileMissing: 'Berkas tabel belum disebut.',
    fileNotFound: (file: string) => `Berkas "${file}" tidak ada.`,
    notAFile: (file: string) => `"${file}" bukan berkas tabel (mungkin sebuah folder); sebutkan berkasnya.`,
    read: (file: string, format: string, n: number) => `Membaca ${file} (${format}): ${n} entri.`,
    unreadCitation: '(tidak terbaca)',
    toCheck: (unread: number, notes: number) => `\nSel yang perlu diperiksa (${unread} tidak terbaca, ${notes} catatan):`,
    issue: (row: number, column: string, unread: boolean, message: string) =>
      `  baris ${row} · ${column} · ${unread ? 'TIDAK TERBACA' : 'catatan'}: ${message}`,
    unknownLaws: (ids: string[]) =>
      `\nPeraturan yang belum ada di content/laws: ${ids.join(', ')}. Tambahkan berkasnya agar rujukannya dapat diperiksa ` +
      '(npm run check mencatatnya sebagai catatan tinjauan, bukan galat).',
    dryRun: '\nUji coba (--dry-run): tidak ada berkas yang ditulis.',
    nothing: '\nTidak ada entri yang dapat diimpor; tidak ada berkas yang ditulis.',
    duplicates: (n: number) => `\n${n} entri sudah ada di salinan kerja dengan judul yang sama:`,
    duplicatesFix: 'Tidak ada berkas yang ditulis. Hapus baris itu dari tabel, atau sunting entri yang ada.',
    clash: (files: string[]) => `\nBerkas sudah ada: ${files.join(', ')}. Tidak ada berkas yang ditulis.`,
    written: (n: number, out: string) =>
      `\n${n} berkas ditulis ke ${out}/. Periksa bagian yang ditandai di atas, lalu jalankan npm run check.`,
  },
  cycle: {
    usage: `Pemakaian:
  npm run cycle                                   status siklus pemutakhiran
  npm run cycle -- start --date <${DATE}>       mulai siklus baru (membuat content/cycle.json)
  npm run cycle -- done <tahap> --date <${DATE}> catat tahap selesai; tahap: ${STAGE_KEYS.join(', ')} atau 1-5
  [--content <folder>] [--today <${DATE}>]`,
    noSop: 'SOP belum ada di content/sop.',
    dateRequired: `Tanggal wajib diisi: --date ${DATE}.`,
    openFile: 'content/cycle.json',
    ofDecree: (id: string) => `keputusan ${id}`,
    status: (where: string, start: string, today: string) => `Siklus pemutakhiran (${where}), mulai ${start}; hari ini ${today}.`,
    took: (n: number) => `, ${n} HK`,
    stage: (done: boolean, n: number, activity: string) => `  [${done ? 'x' : ' '}] ${n}. ${activity}`,
    stageDetail: (standard: number | null, due: string, done: string, took: string, status: string) =>
      `      standar ${standard ?? '?'} HK · jatuh tempo ${due} · selesai ${done}${took} · ${status}`,
    total: (workdays: number | null, standard: number, status: string) => `  Total: ${workdays ?? '?'} dari ${standard} HK (${status}).`,
    missingHolidays: (years: number[]) =>
      `  Catatan: daftar hari libur tahun ${years.join(', ')} belum ada di content/holidays; hanya akhir pekan yang dilewati.`,
    alreadyRunning: 'Siklus sudah berjalan (content/cycle.json ada). Catat tahapnya dengan "done", atau buat keputusannya dulu.',
    started: (date: string) => `Siklus dimulai ${date}; dicatat di content/cycle.json. Daftar periksa dan jatuh tempo (hari kerja):`,
    planned: (n: number, activity: string, standard: number | null, due: string, missingYears: number[]) =>
      `  [ ] ${n}. ${activity}\n      ${standard ?? '?'} HK · jatuh tempo ` +
      `${due}${missingYears.length ? ` (tanpa daftar libur ${missingYears.join(', ')})` : ''}`,
    unknownStage: (stage: string) => `Tahap "${stage}" tidak dikenal.`,
    noneRunning: `Tidak ada siklus yang berjalan. Mulai dengan: npm run cycle -- start --date ${DATE}`,
    beforePrevious: (date: string, prev: string) => `Tanggal ${date} mendahului tahap sebelumnya (${prev}).`,
    noneRecorded: `Belum ada siklus yang dicatat. Mulai dengan: npm run cycle -- start --date ${DATE}`,
    unknownCommand: (command: string) => `Perintah "${command}" tidak dikenal.`,
  },
} as const;

/** One checked signature, line by line, for the CLIs (src/publish/pdf-signature.ts). */
export function signatureLines(
  s: {
    signer: { commonName: string | null; organization: string | null; subject: string } | null;
    signingTime: string | null;
    signingTimeSource: string | null;
    timestamp: { time: string; valid: boolean } | null;
    integrity: string;
    coverage: string;
    bytesAfter: number;
    certificate: string;
    root: string | null;
    revocationEmbedded: boolean;
    verdict: string;
  },
  n: number,
): string[] {
  const I: Record<string, string> = {
    intact: 'bita yang ditandatangani utuh',
    altered: 'bita yang ditandatangani BERUBAH sesudah ditandatangani',
    invalid: 'tanda tangan TIDAK SAH',
    unreadable: 'tanda tangan tidak dapat dibaca',
  };
  const C: Record<string, string> = {
    'whole-file': 'mencakup seluruh berkas',
    appended: 'ada tambahan sesudah ditandatangani',
    'bad-range': 'rentang yang ditandatangani tidak wajar',
  };
  const K: Record<string, string> = {
    trusted: 'sertifikat terhubung ke akar tepercaya',
    untrusted: 'sertifikat TIDAK terhubung ke akar di content/trust/',
    expired: 'sertifikat KEDALUWARSA saat penandatanganan',
    'not-yet-valid': 'sertifikat BELUM berlaku saat penandatanganan',
    failed: 'rantai sertifikat gagal diperiksa',
    unchecked: 'sertifikat tidak diperiksa (waktu penandatanganan tidak diketahui)',
  };
  const stamp = s.timestamp ? `${s.timestamp.time}${s.timestamp.valid ? '' : ' TIDAK SAH'}` : 'tidak ada';
  const revocation = `pencabutan tidak diperiksa${s.revocationEmbedded ? ' (data pencabutan tertanam tidak dinilai)' : ''}`;
  return [
    `#${n} ${s.verdict}: ${s.signer ? s.signer.subject : 'penanda tangan tidak diketahui'}`,
    `   waktu ${s.signingTime ?? 'tidak diketahui'} (${s.signingTimeSource ?? '-'}); stempel waktu: ${stamp}`,
    `   ${I[s.integrity] ?? s.integrity}; ${C[s.coverage] ?? s.coverage}${s.bytesAfter ? ` (${s.bytesAfter} bita)` : ''}`,
    `   ${K[s.certificate] ?? s.certificate}${s.root ? ` (${s.root})` : ''}; ${revocation}`,
  ];
}
