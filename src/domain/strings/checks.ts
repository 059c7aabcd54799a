// What the validator, the content loader and the CLIs tell an editor: messages and hints in
// plain Indonesian, with the English term where it helps.

/** Messages for the validation keys the schemas raise (see `{ error: key }` in src/domain/schema). */
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
  'control-char': {
    message: 'memuat karakter kendali yang tidak terlihat',
    hint: 'Hapus karakter itu (sering terbawa saat menyalin dari PDF atau aplikasi lain); ketik ulang teksnya bila perlu.',
  },
  url: {
    message: 'bukan alamat web yang sah (hanya http:// atau https://)',
    hint: 'Tulis alamat lengkap yang diawali https://, misalnya "https://ppid.contoh.go.id/".',
  },
  sha256: { message: 'bukan SHA-256 (64 karakter heksadesimal)', hint: 'Jangan sunting hash dengan tangan; hash ditulis oleh skrip.' },
  letter: { message: 'bukan huruf pasal yang sah', hint: 'Tulis satu huruf kecil, misalnya h untuk "huruf h".' },
  'region-code': {
    message: 'bukan kode wilayah Kemendagri yang sah',
    hint:
      'Tulis kode seperti tercantum pada Permendagri kode wilayah, misalnya "53" untuk provinsi atau "53.71" untuk kota; ' +
      'kosongkan (null) bila tidak diketahui.',
  },
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

type Said = { message: string; hint: string };

/**
 * The validator's messages, each with its fix. Grouped by where the problem is found: an
 * entry's legal rules, the content tree, the decrees and their hash chain, the syntax of a
 * file, its fields (schema), a citation.
 */
export const CHECK = {
  entry: {
    basisMissing: (ground: string): Said => ({
      message: `Entri tidak menyebut dasar pengecualian menurut ${ground} (huruf a–j).`,
      hint: 'Tambahkan misalnya `- { law: uu-14-2008, article: "17", letter: h }` di bawah legalBasis.',
    }),
    /** The exemption ground as the law names it, or the UU 14/2008 default. */
    ground: (kip: { exemptionArticle?: string | null; short: string } | undefined) =>
      kip ? `Pasal ${kip.exemptionArticle} ${kip.short}` : 'Pasal 17 UU 14/2008',
    openedMissing: {
      message: 'Konsekuensi jika informasi dibuka (kolom "Dibuka") kosong.',
      hint: 'Tulis akibat yang timbul bila informasi dibuka, sebagaimana hasil uji konsekuensi, di consequence.opened.',
    } satisfies Said,
    closedMissing: {
      message: 'Pertimbangan jika informasi ditutup (kolom "Ditutup") kosong.',
      hint: 'Tulis kepentingan yang lebih besar yang dilindungi dengan menutup informasi, di consequence.closed.',
    } satisfies Said,
    unitUnknown: (unit: string, known: string[]): Said => ({
      message: `Unit kerja "${unit}" tidak ada di content/units.`,
      hint: known.length ? `Gunakan salah satu: ${known.join(', ')}.` : `Tambahkan content/units/${unit}.json, atau hapus field unit.`,
    }),
    permanent: (period: string, letters: string[], others: string[]): Said => ({
      message:
        `Jangka waktu "${period}" dapat berlaku tanpa batas untuk pengecualian berdasarkan Pasal 17 huruf ${letters.join(' dan ')}; ` +
        `menurut Pasal 20 ayat (1) UU 14/2008 pengecualian huruf a–f tidak bersifat permanen.` +
        (others.length ? ` (Temuan ini tentang huruf ${letters.join(' dan ')}, bukan huruf ${others.join(' dan ')}.)` : ''),
      hint:
        'Tetapkan jangka waktu tertentu (misalnya "5 tahun sejak ditetapkan") ' +
        'atau peristiwa yang mengakhirinya, atau tinjau kembali dasar hukumnya.',
    }),
    over30y: (years: number, letters: string[]): Said => ({
      message: `Jangka waktu ${years} tahun untuk pengecualian huruf ${letters.join(' dan ')} melebihi 30 tahun.`,
      hint:
        'PP 61/2010 membatasi pengecualian huruf a paling lama 30 tahun; batas ' +
        'yang sama lazim dipakai untuk huruf b–f. Perpendek jangka waktunya.',
    }),
    vague: (period: string, kinds: string): Said => ({
      message: `Jangka waktu "${period}" tidak dapat dibaca sebagai lama waktu, peristiwa, persetujuan atau keadaan yang jelas.`,
      hint: `Tulis jangka waktu yang jelas dan tegas, lalu pilih jenisnya: ${kinds}.`,
    }),
    hurufJNoLaw: (named: string[]): Said => ({
      message: named.length
        ? `Pasal 17 huruf j dirujuk dengan ${named.join(', ')}, yang bukan Undang-Undang; ` +
          `huruf j memerlukan Undang-Undang yang melarang informasi ini diungkapkan.`
        : 'Pasal 17 huruf j dirujuk tanpa menyebut Undang-Undang lain yang melarang informasi ini diungkapkan.',
      hint: 'Tambahkan Undang-Undang yang dimaksud, misalnya `- { law: uu-43-2009 }`, dan teks dasar hukumnya di legalBasisText.',
    }),
    lawUncatalogued: (law: string): Said => ({
      message:
        `Peraturan "${law}" belum ada di katalog peraturan (content/laws); ` +
        `rujukannya dicatat apa adanya, tetapi tidak dapat diperiksa.`,
      hint: `Tambahkan content/laws/${law}.json (jenis, nomor, tahun, judul, dan jumlah pasal bila diketahui).`,
    }),
    citationImpossible: (d: { law: string; reason: 'year' | 'article' | 'title'; detail: string; known: string }, short?: string): Said =>
      d.reason === 'year'
        ? {
            message: `Dasar hukum menyebut UUD tahun ${d.detail}; Undang-Undang Dasar yang berlaku adalah UUD ${d.known}.`,
            hint: `Perbaiki tahunnya menjadi ${d.known} (law: uud-${d.known}).`,
          }
        : d.reason === 'article'
          ? {
              message: `Dasar hukum menyebut Pasal ${d.detail} ${short ?? d.law}, padahal peraturan itu hanya memiliki ${d.known} pasal.`,
              hint: 'Periksa nomor pasal dan peraturannya pada naskah keputusan (mungkin yang dimaksud peraturan lain).',
            }
          : {
              message: `Dasar hukum menyebut ${short ?? d.law} "tentang ${d.detail}", padahal ${short ?? d.law} berjudul "${d.known}".`,
              hint: 'Periksa nomor, tahun dan judul peraturan pada naskah keputusan; salah satunya keliru.',
            },
    invisible: (codes: string[]): Said => ({
      message: `Teks memuat karakter yang tidak terlihat (${codes.join(', ')}): pembalik arah tulisan atau karakter tanpa lebar.`,
      hint: 'Hapus karakter itu; biasanya terbawa saat menyalin dari aplikasi lain. Teks yang tampak sama dapat berbeda isinya.',
    }),
    byRule: (period: string): Said => ({
      message: `Jangka waktu "${period}" merujuk peraturan perundang-undangan tanpa menyebut peraturan dan lamanya.`,
      hint: 'Sebut peraturan yang menentukan jangka waktunya dan lamanya (misalnya "5 tahun sesuai Jadwal Retensi Arsip").',
    }),
    unread: (period: string): Said => ({
      message: `Jangka waktu "${period}" belum diberi bacaan (jenis unclear); dicatat apa adanya dan tidak dinilai.`,
      hint:
        'Pilih jenis jangka waktu yang sesuai dengan rumusannya (lama waktu, peristiwa, ' +
        'persetujuan, keadaan, sesuai peraturan, atau vague bila memang tidak jelas).',
    }),
    mustBePublic: (word: string): Said => ({
      message:
        `Judul informasi menyebut "${word}"; UU 14/2008 (Pasal 9–11, Pasal 18 ayat 1) menyebut jenis ` +
        `informasi ini sebagai informasi yang wajib tersedia atau diumumkan. Ini pemeriksaan heuristik.`,
      hint: 'Pastikan hanya bagian tertentu yang dikecualikan (misalnya data pribadi di dalamnya), dan jelaskan dalam uji konsekuensi.',
    }),
    consequenceSame: {
      message:
        'Alasan jika dibuka dan jika ditutup berbunyi sama; uji konsekuensi menimbang dua hal yang berbeda. Ini pemeriksaan heuristik.',
      hint: 'Tulis akibat bila dibuka di consequence.opened dan kepentingan yang dilindungi bila ditutup di consequence.closed.',
    } satisfies Said,
    consentOtherParty: (party: string): Said => ({
      message:
        `Jangka waktu berakhir dengan persetujuan ${party}; menurut Pasal 18 ayat (2) UU 14/2008, pengecualian ` +
        `huruf g dan h gugur dengan persetujuan pihak yang rahasianya diungkap. Ini pemeriksaan heuristik.`,
      hint: 'Periksa siapa yang berhak memberi persetujuan; bila yang dimaksud pemilik data, tuliskan demikian.',
    }),

    letterMismatch: (letter: string, short: string): Said => ({
      message:
        `Alasan dibuka/ditutup tidak menyebut hal yang dilindungi Pasal 17 huruf ` +
        `${letter} (${short}). Ini pemeriksaan heuristik berdasarkan kata kunci.`,
      hint:
        `Periksa apakah huruf ${letter} memang dasar yang tepat, atau jelaskan ` +
        `dalam uji konsekuensi bagaimana pembukaan informasi menyentuh ${short}.`,
    }),
    approximate: ' (perkiraan: tanggal keputusan hanya tercatat sampai bulan)',
    expired: (end: string, approx: string): Said => ({
      message: `Jangka waktu pengecualian berakhir pada ${end}${approx}, tetapi entri masih tercantum.`,
      hint: 'Informasi ini sudah menjadi terbuka. Keluarkan dari daftar dengan keputusan perubahan klasifikasi dan umumkan.',
    }),
    expiring: (end: string, approx: string, days: number, missingYears: number[]): Said => ({
      message:
        `Jangka waktu pengecualian berakhir pada ${end}${approx}, ${days} hari kerja lagi.` +
        (missingYears.length ? ` Daftar hari libur tahun ${missingYears.join(', ')} belum ada, jadi hanya akhir pekan yang dilewati.` : ''),
      hint:
        'Umumkan pembukaan informasi ini paling lambat 30 hari kerja sebelum ' +
        'berakhir, atau tetapkan perpanjangan dengan uji konsekuensi baru.',
    }),
  },
  tree: {
    idDuplicate: (id: string, files: string[]): Said => ({
      message: `Id "${id}" dipakai oleh ${files.length} berkas: ${files.join(', ')}.`,
      hint:
        'Id berasal dari nama berkas dan harus unik di seluruh content/exemptions; ' +
        'ganti nama salah satu berkas dengan id baru yang belum pernah dipakai.',
    }),
    idReused: (id: string, versionId: string, title: string): Said => ({
      message: `Id "${id}" pernah dipakai untuk informasi lain: versi ${versionId} terakhir memuatnya dengan judul "${title}".`,
      hint:
        'Id adalah pengenal tetap dan tidak dipakai ulang. Beri berkas ini nama (id) baru; bila memang informasi ' +
        'yang sama kembali dikecualikan, pakai judul yang sama seperti dahulu.',
    }),
    orderDuplicate: (order: number, others: string[]): Said => ({
      message: `Nomor urut ${order} dipakai juga oleh ${others.join(', ')}.`,
      hint: 'Beri setiap entri nomor urut yang berbeda; nomor di register diberikan menurut urutan ini.',
    }),
    holidaysFile: (id: string, year: number): Said => ({
      message: `Berkas ${id}.json menyatakan tahun ${year}.`,
      hint: `Ganti nama berkas menjadi ${year}.json atau perbaiki field year.`,
    }),
    holidayDate: (date: string, year: number): Said => ({
      message: `Tanggal ${date} bukan tahun ${year}.`,
      hint: 'Pindahkan tanggal ini ke berkas tahunnya sendiri.',
    }),
    sopActor: (actor: string, actors: string[]): Said => ({
      message: `Pelaksana "${actor}" tidak ada dalam daftar actors.`,
      hint: `Gunakan salah satu: ${actors.join(', ')}.`,
    }),
    sopLaw: (law: string): Said => ({
      message: `Peraturan "${law}" tidak ada di content/laws.`,
      hint: 'Perbaiki id atau tambahkan berkas peraturannya.',
    }),
    idInvalid: (name: string, suggestion: string): Said => ({
      message: `Nama berkas "${name}" tidak dapat menjadi id: id dipakai di alamat halaman dan tidak boleh berubah.`,
      hint: `Ganti nama berkas menjadi huruf kecil, angka dan tanda hubung, misalnya "${suggestion}".`,
    }),
    unexpected: (name: string) => `Berkas "${name}" tidak dikenal di tempat ini dan tidak akan dibaca.`,
    cycleLeftover: (decree: string): Said => ({
      message: `content/cycle.json sama dengan siklus yang sudah tercatat di keputusan ${decree}: sisa penetapan yang terhenti.`,
      hint: 'Hapus content/cycle.json; siklus itu sudah tercatat. Mulai siklus baru dengan npm run cycle -- start.',
    }),
    hiddenFolder: (name: string): Said => ({
      message: `Folder tersembunyi "${name}" tidak dibaca (mungkin sisa perintah yang terhenti).`,
      hint: 'Periksa isinya; pindahkan berkas entri yang masih diperlukan ke content/exemptions/, lalu hapus foldernya.',
    }),
    symlink: (name: string): Said => ({
      message: `"${name}" adalah tautan simbolik; tautan tidak dibaca dan tidak diikuti.`,
      hint: 'Salin berkas yang sebenarnya ke tempat ini (git menyimpan tautan sebagai tautan), lalu hapus tautannya.',
    }),
    onlyJson: (folder: string) => `Folder ${folder}/ hanya berisi berkas .json.`,
    onlyMdx: 'Entri ditulis sebagai berkas .mdx; ganti ekstensi berkas atau pindahkan berkas ini keluar dari content/exemptions/.',
    onlyDecreeFiles: 'Folder keputusan hanya berisi decree.json, register.json dan (bila ada) sk.pdf.',
    decreeFolder: 'Setiap keputusan berada dalam foldernya sendiri: content/decrees/<id>/decree.json.',
    bodyMissing: {
      message: 'Data Badan Publik (content/body.json) tidak ada.',
      hint: 'Buat content/body.json berisi paling sedikit "name" (nama Badan Publik).',
    } satisfies Said,
    decreeJsonMissing: (folder: string): Said => ({
      message: `Folder keputusan "${folder}" tidak berisi decree.json.`,
      hint: 'Buat keputusan dengan skrip (npm run decree) agar decree.json dan register.json ditulis bersama.',
    }),
  },
  decree: {
    stale: (date: string, months: number): Said => ({
      message:
        `Keputusan terbaru yang tercatat bertanggal ${date}, lebih dari ${months} bulan lalu; ` +
        'penetapan daftar untuk tahun berjalan belum tercatat.',
      hint: 'Jalankan siklus pemutakhiran sesuai SOP dan tetapkan keputusan baru (npm run decree), walaupun isinya tidak berubah.',
    }),
    elements: {
      place: 'tempat penetapan',
      day: (printed: string) => `tanggal penetapan lengkap (tercetak hanya "${printed}")`,
    },
    elementsMissing: (missing: string[]): Said => ({
      message: `Keputusan sebagaimana tercatat tidak memuat: ${missing.join('; ')}.`,
      hint:
        'Bila unsur itu tercetak di dokumen, catat di decree.json atau isi unit pada entri; bila memang tidak ada, ' +
        'lengkapi pada penetapan berikutnya. Keputusan yang sudah ditetapkan tidak diubah.',
    }),
    supersedesUnknown: (id: string, known: string[]): Said => ({
      message: `Keputusan yang digantikan, "${id}", tidak ada di content/decrees.`,
      hint: `Gunakan id folder keputusan yang ada: ${known.join(', ') || '(belum ada)'}.`,
    }),
    skChanged: (actual: string, recorded: string): Said => ({
      message: `SHA-256 sk.pdf (${actual.slice(0, 12)}…) tidak sama dengan yang tercatat di decree.json (${recorded.slice(0, 12)}…).`,
      hint: 'Pindaian SK yang sudah diterbitkan tidak boleh diganti atau disimpan ulang. Kembalikan berkas aslinya.',
    }),
    skNotPdf: {
      message: 'sk.pdf bukan berkas PDF (tidak diawali penanda %PDF-).',
      hint: 'Letakkan pindaian SK yang ditandatangani dalam bentuk PDF, atau hapus sk.pdf dan isian sk di decree.json.',
    } satisfies Said,
    skMissing: {
      message: 'decree.json mencatat sk.pdf, tetapi berkasnya tidak ada.',
      hint: 'Kembalikan berkas sk.pdf yang asli ke folder keputusan ini.',
    } satisfies Said,
    skUnrecorded: (sha256: string): Said => ({
      message: 'sk.pdf ada tetapi hash-nya belum dicatat di decree.json.',
      hint: `Tambahkan "sk": { "file": "sk.pdf", "sha256": "${sha256}" } ke decree.json.`,
    }),
    snapshotMissing: (id: string): Said => ({
      message: `Keputusan "${id}" tidak memiliki register.json (versi beku).`,
      hint: 'Versi beku ditulis oleh npm run decree dan tidak boleh dihapus; kembalikan berkasnya dari riwayat git.',
    }),
    snapshotChanged: (actual: string, recorded: string): Said => ({
      message:
        `SHA-256 register.json adalah ${actual}, tetapi decree.json mencatat ${recorded}. ` + 'Versi beku telah diubah setelah ditetapkan.',
      hint:
        'Versi beku tidak boleh disunting. Kembalikan register.json dari riwayat git (git ' +
        'checkout -- <berkas>); perubahan isi register dilakukan lewat keputusan baru.',
    }),
    noncanonical: {
      message: 'register.json tidak dalam bentuk JSON kanonik (urutan kunci, spasi atau akhir baris berubah).',
      hint: 'Jangan memformat ulang versi beku; kembalikan berkas aslinya dari riwayat git.',
    } satisfies Said,
    snapshotMoved: (owner: string, folder: string): Said => ({
      message: `register.json milik keputusan "${owner}", bukan "${folder}".`,
      hint: 'Versi beku tidak boleh dipindah antarfolder.',
    }),
    fieldChanged: (key: string, now: string, frozen: string): Said => ({
      message: `Field "${key}" di decree.json (${now}) berbeda dari yang dibekukan di register.json (${frozen}).`,
      hint: 'Unsur keputusan yang sudah ditetapkan tidak boleh diubah. Catat koreksi atau keterangan di field notes.',
    }),
    chainReasons: {
      'no-root': () => 'tidak ada keputusan pertama (semua keputusan menggantikan keputusan lain)',
      'several-roots': (ids: string[]) => `lebih dari satu keputusan tanpa "supersedes": ${ids.join(', ')}`,
      fork: (ids: string[]) => `beberapa keputusan menggantikan keputusan yang sama: ${ids.join(', ')}`,
      cycle: (ids: string[]) => `rujukan "supersedes" berputar di ${ids.join(', ')}`,
      unreachable: (ids: string[]) => `keputusan tidak tersambung ke rantai: ${ids.join(', ')}`,
    },
    notAChain: (why: string): Said => ({
      message: `Riwayat keputusan tidak membentuk satu rantai: ${why}.`,
      hint:
        'Setiap keputusan (kecuali yang pertama) menyebut tepat satu keputusan ' +
        'sebelumnya di "supersedes", dan tidak ada keputusan yang digantikan dua kali.',
    }),
    chainBroken: (recorded: string, previous: { id: string; sha256: string } | null): Said => ({
      message: previous
        ? `previousSha256 (${recorded}) tidak sama dengan SHA-256 register.json keputusan sebelumnya "${previous.id}" (${previous.sha256}).`
        : `Keputusan pertama tidak boleh merujuk hash versi sebelumnya (tercatat ${recorded}).`,
      hint:
        'Rantai hash membuktikan urutan versi. Bila versi sebelumnya diubah, kembalikan ' +
        'dari riwayat git; bila sebuah keputusan dihapus, kembalikan foldernya.',
    }),
  },
  /** A field that does not fit the schema; `named` is the field as `path` (label). */
  schema: {
    root: '(akar berkas)',
    periodUnclear: (wording: string) =>
      `Teks "${wording}" tidak terbaca sebagai jenis mana pun; bila memang begitu ` +
      `bunyi keputusannya, pakai kind: unclear (akan menjadi temuan period-vague).`,
    periodReadAs: (wording: string, kind: string, label: string) => `Teks "${wording}" terbaca sebagai kind: ${kind} (${label}).`,
    periodAsText: (named: string, shown: string, hint: string, wording: string): Said => ({
      message: `Field ${named} ditulis sebagai teks saja (${shown}); jangka waktu harus menyebut jenisnya (kind) dan teksnya (text).`,
      hint: `${hint} Tulis di bawah \`period:\` dua baris berindentasi: \`kind: …\` dan \`text: ${wording}\`.`,
    }),
    required: (named: string) => `Field ${named} wajib diisi.`,
    requiredHint: (key: string, type: string) => `Tambahkan baris \`${key}: …\` dengan isi ${type}.`,
    wrongType: (named: string, expected: string, actual: string, shown: string) =>
      `Field ${named} harus berupa ${expected}, bukan ${actual} (${shown}).`,
    numberHint: 'Tulis angka tanpa tanda kutip, misalnya 3.',
    textHint: 'Tulis teks; beri tanda kutip bila teks berisi titik dua.',
    exampleHint: 'Lihat contoh pada entri lain.',
    oneOf: (list: string) => `Gunakan salah satu: ${list}.`,
    unknownValue: (named: string, shown: string) => `Nilai ${named} ${shown} tidak dikenal.`,
    noShape: (named: string): Said => ({
      message: `Isi ${named} tidak cocok dengan bentuk mana pun yang dikenal.`,
      hint: 'Bandingkan dengan contoh di CONTRIBUTING.md.',
    }),
    empty: (named: string): Said => ({
      message: `Field ${named} tidak boleh kosong.`,
      hint: 'Isi dengan teks sebagaimana tercantum dalam keputusan.',
    }),
    tooFewItems: (named: string, min: string): Said => ({
      message: `Field ${named} harus berisi paling sedikit ${min} butir.`,
      hint: 'Tambahkan butir yang kurang.',
    }),
    tooSmall: (named: string, shown: string, min: string, inclusive: boolean): Said => ({
      message: `Nilai ${named} ${shown} terlalu kecil (${inclusive ? `paling kecil ${min}` : `harus lebih besar dari ${min}`}).`,
      hint: 'Periksa angkanya.',
    }),
    tooLong: (named: string, max: string, length: number): Said => ({
      message: `Teks ${named} terlalu panjang: ${length} karakter, paling banyak ${max}.`,
      hint: 'Ringkas teksnya; uraian yang panjang ditulis di bawah baris --- kedua (uraian uji konsekuensi).',
    }),
    tooBig: (named: string, shown: string, max: string, inclusive: boolean): Said => ({
      message: `Nilai ${named} ${shown} terlalu besar (${inclusive ? `paling besar ${max}` : `harus lebih kecil dari ${max}`}).`,
      hint: 'Periksa angkanya.',
    }),
    unknownFields: (keys: string[], parent: string) =>
      `Field tidak dikenal: ${keys.map((k) => `\`${k}\``).join(', ')}${parent ? ` di dalam \`${parent}\`` : ''}.`,
    typo: (pairs: (readonly [string, string])[]) => `Mungkin salah ketik: ${pairs.map(([k, c]) => `\`${k}\` → \`${c}\``).join(', ')}.`,
    knownFields: (known: string[]) => `Field yang dikenal di sini: ${known.join(', ')}.`,
    keyed: (named: string, shown: string | null, message: string) => `Field ${named}${shown !== null ? ` ${shown}` : ''}: ${message}.`,
    invalid: (named: string): Said => ({
      message: `Field ${named}: isian tidak sah.`,
      hint: 'Bandingkan dengan contoh di CONTRIBUTING.md.',
    }),
  },
  citation: {
    lawUnknown: (law: string, known: string): Said => ({
      message: `Peraturan "${law}" tidak ada di content/laws.`,
      hint: `Gunakan id peraturan yang ada (${known}), atau tambahkan berkas content/laws/${law}.json.`,
    }),
    paragraphUnknown: (short: string, article: string, paragraph: string, known: string[]): Said => ({
      message: `${short} Pasal ${article} ayat (${paragraph}) tidak tercatat.`,
      hint: known.length
        ? `Ayat yang tercatat: ${known.join(', ')}.`
        : `Pasal ${article} tidak memiliki ayat yang tercatat; hapus paragraph.`,
    }),
    letterUnknown: (short: string, article: string, letter: string, letters: string[]): Said => ({
      message: `${short} Pasal ${article} tidak memiliki huruf ${letter}.`,
      hint: letters.length
        ? `Pasal ${article} memiliki huruf ${letters[0]}–${letters.at(-1)}; periksa huruf yang dimaksud dalam keputusan.`
        : `Pasal ${article} tidak memiliki huruf; hapus letter.`,
    }),
    itemUnknown: (short: string, article: string, letter: string, n: number, items: number): Said => ({
      message: `${short} Pasal ${article} huruf ${letter} tidak memiliki angka ${n}.`,
      hint: items ? `Huruf ${letter} memiliki angka 1–${items}.` : `Huruf ${letter} tidak memiliki angka; hapus items.`,
    }),
  },
  /** Dates that cannot be true (src/content/check.ts, impossibleDates). */
  dates: {
    signedFuture: (id: string, date: string, today: string): Said => ({
      message: `Keputusan ${id} bertanggal ${date}, sesudah hari ini (${today}): tanggal penetapan tidak mungkin di masa depan.`,
      hint:
        'Isi date dengan tanggal penandatanganan. Keputusan yang baru berlaku kemudian tetap bertanggal ' +
        'hari ditandatangani; isi tanggal berlakunya di effective.',
    }),
    effectiveBefore: (effective: string, date: string): Said => ({
      message: `Tanggal berlaku ${effective} mendahului tanggal penetapan ${date}.`,
      hint: 'Keputusan tidak dapat berlaku sebelum ditandatangani; periksa kedua tanggal pada dokumen.',
    }),
    eventFuture: (date: string, today: string): Said => ({
      message: `Tanggal ${date} sesudah hari ini (${today}): ralat atau penarikan dicatat setelah terjadi.`,
      hint: 'Isi tanggal ralat atau penarikan dengan hari terjadinya, paling lambat hari ini.',
    }),
    eventBeforeSigned: (date: string, signed: string): Said => ({
      message: `Tanggal ${date} mendahului tanggal penetapan keputusan (${signed}).`,
      hint: 'Keputusan tidak dapat diralat atau ditarik sebelum ditandatangani; periksa tanggalnya.',
    }),
    withdrawnInForce: (id: string, date: string, inForce: string): Said => ({
      message: `Versi ${id} dicatat ditarik pada ${date}, padahal sudah berlaku sejak ${inForce}.`,
      hint:
        'Daftar yang sudah berlaku tidak ditarik: tetapkan keputusan baru yang menggantikannya (npm run decree). ' +
        'withdrawn hanya untuk keputusan yang dicabut sebelum hari berlakunya.',
    }),
    stageFuture: (stage: string, date: string, today: string): Said => ({
      message: `Tahap ${stage} tercatat selesai ${date}, sesudah hari ini (${today}).`,
      hint: 'Catat tahap SOP setelah tahap itu selesai, dengan tanggal selesainya (npm run cycle -- done <tahap> --date …).',
    }),
  },
  trust: {
    onlyPem: 'Folder trust hanya memuat sertifikat akar (.pem), allowed_signers dan README.md; pindahkan berkas lain.',
    notCertificate: (name: string): Said => ({
      message: `${name} tidak memuat sertifikat yang dapat dibaca.`,
      hint: 'Simpan sertifikat akar dalam format PEM (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----), apa adanya dari sumbernya.',
    }),
    noSource: (name: string): Said => ({
      message: `${name} tidak menyebut sumbernya.`,
      hint:
        'Tambahkan baris "Sumber: <alamat atau instansi asal>, diambil <tanggal>" sebelum -----BEGIN CERTIFICATE-----, ' +
        'agar siapa pun dapat memeriksa bahwa akar ini memang yang dipercaya.',
    }),
  },
  /** The narrative under an entry's frontmatter: a safe subset of MDX (src/domain/narrative.ts). */
  narrative: {
    esm: (word: string): Said => ({
      message: `Uraian memuat pernyataan \`${word}\`; kode program tidak diizinkan di dalam entri.`,
      hint: 'Hapus baris itu. Untuk mengutip pasal, tulis <Pasal ref="uu-14-2008/17/h" /> tanpa import.',
    }),
    expression: {
      message: 'Uraian memuat ekspresi JavaScript dalam kurung kurawal { … }; kode program tidak diizinkan di dalam entri.',
      hint: 'Hapus kurung kurawal itu, atau tulis \\{ dan \\} bila yang dimaksud memang tanda kurung kurawal.',
    } satisfies Said,
    component: (name: string): Said => ({
      message: name
        ? /^[a-z]/.test(name)
          ? `Uraian memuat tag HTML <${name}>; hanya Markdown yang diizinkan.`
          : `Komponen <${name}> tidak dikenal.`
        : 'Uraian memuat fragmen <>…</>; hanya Markdown yang diizinkan.',
      hint:
        'Komponen yang tersedia hanya <Pasal ref="uu-14-2008/17/h" />; selebihnya gunakan Markdown. ' +
        'Tulis \\< bila yang dimaksud tanda "kurang dari".',
    }),
    attribute: (name: string): Said => ({
      message: `Atribut ${name} tidak dikenal pada <Pasal>.`,
      hint: '<Pasal> hanya menerima ref, misalnya <Pasal ref="uu-14-2008/17/h/2" />.',
    }),
    frozen: (entry: string, line: number, message: string) => `Uraian entri ${entry}, baris ${line} uraiannya: ${message}`,
    frozenHint:
      'Versi beku tidak dapat diubah tanpa merusak rantai hash. Bila versi ini ditambahkan dalam perubahan ini, hapus foldernya, ' +
      'perbaiki uraian di salinan kerja (content/exemptions), lalu buat ulang keputusannya dengan npm run decree.',
    attributeTwice: (name: string): Said => ({
      message: `Atribut ${name} ditulis dua kali pada <Pasal>.`,
      hint: 'Tulis satu <Pasal ref="…" /> untuk setiap ketentuan yang dikutip.',
    }),
    pasalChildren: {
      message: '<Pasal> tidak boleh berisi teks; teks pasalnya diambil dari content/laws.',
      hint: 'Tulis <Pasal ref="…" /> dengan garis miring sebelum tanda >.',
    } satisfies Said,
    pasalRef: (ref: string): Said => ({
      message: ref ? `Rujukan <Pasal ref="${ref}"> tidak dapat dibaca.` : '<Pasal> tanpa atribut ref.',
      hint:
        'Tulis id peraturan, pasal, lalu bila perlu ayat-N, huruf dan angka, dipisah garis miring: ' +
        '"uu-14-2008/17/h/2", "uu-14-2008/20/ayat-1".',
    }),
    pasalUnknown: (ref: string, why: string): Said => ({
      message: `Rujukan <Pasal ref="${ref}">: ${why}`,
      hint: 'Perbaiki rujukannya agar sesuai dengan content/laws, atau tambahkan pasal itu ke berkas peraturannya.',
    }),
    image: {
      message: 'Uraian memuat gambar; gambar tidak ditampilkan di daftar.',
      hint: 'Hapus gambarnya, atau ganti dengan tautan [teks](https://…) ke dokumen yang memuatnya.',
    } satisfies Said,
    footnote: {
      message: 'Uraian memuat catatan kaki ([^…]); catatan kaki tidak didukung.',
      hint: 'Tulis keterangannya sebagai kalimat atau daftar di dalam uraian.',
    } satisfies Said,
    url: (url: string): Said => ({
      message: `Tautan ke "${url}" tidak diizinkan: hanya alamat web (https://…), surel (mailto:…) atau telepon (tel:…).`,
      hint: 'Tulis alamat lengkapnya, diawali https://.',
    }),
    syntax: (reason: string): Said => ({
      message: `Uraian tidak dapat dibaca sebagai MDX (keterangan pembaca MDX: ${reason})`,
      hint: 'Tanda { } < > memiliki arti khusus di MDX; tulis \\{ \\} \\< bila yang dimaksud tanda itu sendiri.',
    }),
  },
  /** What can only happen when the build runs without the check (a bug): still said plainly. */
  internal: {
    notAChain: (reason: string) => `Riwayat keputusan tidak membentuk satu rantai (${reason}); jalankan npm run check.`,
    snapshotMissing: (id: string) => `register.json keputusan ${id} tidak ada; jalankan npm run check.`,
    versionIncomplete: (id: string) => `Versi ${id} tidak lengkap; jalankan npm run check.`,
    bodyMissing: 'content/body.json tidak ada; jalankan npm run check.',
    chainInvalid: 'Riwayat keputusan tidak valid; jalankan npm run check.',
    searchEmpty: 'Pagefind gagal: tidak ada halaman yang diindeks.',
  },
  syntax: {
    notUtf8: (line: number, byte: number): Said => ({
      message: `Berkas bukan UTF-8 mulai baris ${line} (bita ke-${byte}); teksnya tidak dibaca agar tidak berubah diam-diam.`,
      hint: 'Simpan ulang berkas dengan penyandian UTF-8 (di editor teks: Save with Encoding → UTF-8).',
    }),
    unreadable: (kind: 'YAML' | 'JSON', what: string) => `${kind} tidak dapat dibaca: ${what}`,
    tooManyAliases: 'alias YAML (&nama / *nama) dipakai terlalu banyak; konten tidak memerlukan alias',
    yamlHint: 'Periksa titik dua setelah nama field, indentasi (spasi, bukan tab), dan tanda kutip yang berpasangan.',
    jsonHint: 'Periksa koma di antara isian, tanda kutip ganda, dan kurung kurawal/siku yang berpasangan.',
    duplicateKey: 'ada nama field yang ditulis dua kali (duplicate key).',
    badLayout: (code: string) => `susunan baris tidak sah (${code}).`,
    tabIndent: 'indentasi memakai tab; gunakan spasi.',
    jsonUnreadable: (what: string): Said => ({
      message: `JSON tidak dapat dibaca: ${what}`,
      hint: 'Periksa koma di antara isian (tanpa koma setelah isian terakhir), tanda kutip ganda, dan kurung yang berpasangan.',
    }),
    noFrontmatter: {
      message: 'Frontmatter tidak ditemukan: berkas harus diawali baris "---", isian, lalu baris "---".',
      hint: 'Salin bagian atas dari entri lain (misalnya content/exemptions/berkas-kepegawaian.mdx) dan sesuaikan isinya.',
    } satisfies Said,
  },
} as const;

/**
 * What each rule checks (title), what it rests on (source) and, for the public compliance
 * page, what it means in plain words (explain). The rule ids are src/domain/rules/registry.ts's.
 */
export const RULE_TEXTS = {
  syntax: { title: 'Berkas tidak dapat dibaca', source: 'Format berkas konten (YAML/JSON)' },
  schema: { title: 'Isian tidak sesuai skema', source: 'Skema konten (src/domain/schema)' },
  'file-unexpected': { title: 'Berkas di tempat yang tidak dikenal', source: 'Susunan folder content/' },
  'body-missing': { title: 'Data Badan Publik tidak ada', source: 'content/body.json' },
  'id-invalid': { title: 'Nama berkas bukan id yang sah', source: 'Id stabil (design)' },
  'id-duplicate': { title: 'Id dipakai lebih dari sekali', source: 'Id stabil (design)' },
  'id-reused': { title: 'Id lama dipakai untuk informasi lain', source: 'Pengenal tidak pernah dipakai ulang (README, Pengenal)' },
  'order-duplicate': { title: 'Nomor urut dipakai lebih dari sekali', source: 'Urutan register' },
  'ref-unit': { title: 'Unit kerja tidak dikenal', source: 'content/units' },
  'ref-decree': { title: 'Keputusan yang dirujuk tidak ada', source: 'content/decrees' },
  'holidays-year': { title: 'Tanggal libur di luar tahunnya', source: 'content/holidays' },
  'snapshot-missing': { title: 'register.json tidak ada', source: 'Versi beku (design)' },
  'snapshot-hash': { title: 'Hash register.json tidak cocok', source: 'Integritas versi (SHA-256)' },
  'snapshot-noncanonical': { title: 'register.json bukan JSON kanonik', source: 'Integritas versi (JSON kanonik)' },
  'snapshot-decree-mismatch': { title: 'Metadata keputusan berbeda dari versi beku', source: 'Integritas versi' },
  'chain-broken': { title: 'Rantai hash antarversi terputus', source: 'Integritas versi (rantai hash)' },
  'sk-hash': { title: 'Pindaian SK tidak cocok dengan hash-nya', source: 'Integritas versi (sk.pdf)' },
  'basis-missing': {
    title: 'Tidak ada dasar pengecualian Pasal 17',
    source: 'UU 14/2008 Pasal 17; Perki 1/2021',
    explain: 'Informasi hanya boleh dikecualikan berdasarkan salah satu alasan Pasal 17 UU 14/2008.',
  },
  'basis-unknown': { title: 'Rujukan hukum tidak dikenal', source: 'content/laws' },
  'law-uncatalogued': { title: 'Peraturan belum ada di katalog', source: 'content/laws' },
  'citation-impossible': {
    title: 'Rujukan hukum yang tidak mungkin benar',
    source: 'Katalog peraturan (nomor, tahun, judul, jumlah pasal)',
    explain:
      'Dasar hukum menyebut pasal di luar jumlah pasal peraturannya, atau tahun yang tidak dimiliki peraturannya. ' +
      'Kemungkinan besar salah tulis di dokumen; dasar hukum yang benar perlu dipastikan.',
  },
  'citation-title-doubt': {
    title: 'Judul peraturan tidak cocok dengan nomornya',
    source: 'Katalog peraturan (judul dan nama umum)',
    explain:
      'Pemeriksaan otomatis: judul yang tertulis di dasar hukum tidak memiliki satu kata pun yang sama dengan judul ' +
      'peraturan bernomor itu. Bisa salah tulis nomor, bisa pula singkatan yang tidak dikenali.',
  },
  'period-by-rule': {
    title: 'Jangka waktu merujuk peraturan tanpa menyebutnya',
    source: 'Indikator Monev KIP: jangka waktu jelas dan tegas',
  },
  'text-invisible': { title: 'Karakter tak terlihat di dalam teks', source: 'Masukan yang bersih (design)' },
  'date-impossible': {
    title: 'Tanggal yang tidak mungkin',
    source: 'Keputusan tidak bertanggal di masa depan dan tidak berlaku sebelum ditetapkan (design)',
  },
  'withdrawn-in-force': {
    title: 'Versi yang sudah berlaku dicatat ditarik',
    source: 'Versi yang berlaku hanya diganti keputusan baru (design)',
  },
  'trust-source': { title: 'Sertifikat akar tanpa sumber', source: 'content/trust (README.md di folder itu)' },
  'narrative-code': {
    title: 'Uraian memuat kode program',
    source: 'Keamanan: konten dari pull request tidak boleh menjalankan kode (design)',
  },
  'narrative-markup': {
    title: 'Uraian memuat markah di luar yang diizinkan',
    source: 'Uraian entri: Markdown dan <Pasal> (CONTRIBUTING.md)',
  },
  'period-unread': { title: 'Jangka waktu belum diberi bacaan', source: 'Pencatatan jangka waktu (design)' },
  'register-stale': {
    title: 'Daftar belum dimutakhirkan',
    source: 'Monev KIP (Perki 1/2022): DIK tahun berjalan; SOP pemutakhiran',
    explain:
      'Komisi Informasi menilai ada atau tidaknya Daftar Informasi yang Dikecualikan ' +
      'tahun berjalan. Keputusan terbaru yang tercatat di sini sudah lebih dari 12 bulan lalu.',
  },
  'decree-elements': {
    title: 'Keputusan tidak memuat unsur yang diminta',
    source: 'PP 61/2010; Perki 1/2017 (kini Perki 1/2021): penetapan klasifikasi informasi',
    explain:
      'Keputusan penetapan memuat tempat dan tanggal penetapannya. ' + 'Unsur berikut tidak tercetak pada keputusan sebagaimana tercatat.',
  },
  'must-be-public': {
    title: 'Informasi yang menurut Undang-Undang wajib terbuka',
    source: 'UU 14/2008 Pasal 9–11 dan Pasal 18 ayat (1)',
    explain: 'Pemeriksaan otomatis berdasarkan kata pada judul informasi; bukan penilaian hukum, melainkan tanda agar ditinjau.',
  },
  'consequence-same': {
    title: 'Alasan dibuka dan ditutup sama',
    source: 'UU 14/2008 Pasal 2 ayat (4) dan Pasal 19',
    explain:
      'Pemeriksaan otomatis: uji konsekuensi menimbang akibat bila dibuka terhadap kepentingan bila ditutup; keduanya tertulis sama.',
  },
  'consent-other-party': {
    title: 'Persetujuan dari pihak selain yang bersangkutan',
    source: 'UU 14/2008 Pasal 18 ayat (2)',
    explain: 'Pemeriksaan otomatis: pengecualian huruf g dan h gugur dengan persetujuan pihak yang rahasianya diungkap, bukan pihak lain.',
  },
  'consequence-missing': {
    title: 'Uji konsekuensi tidak lengkap',
    source: 'UU 14/2008 Pasal 2 ayat (4) dan Pasal 19; Perki 1/2021 Pasal 49',
    explain: 'Setiap pengecualian harus didasarkan pada uji konsekuensi: akibat bila dibuka dan kepentingan yang dilindungi bila ditutup.',
  },
  'pasal20-permanent': {
    title: 'Pengecualian huruf a–f ditetapkan tanpa batas waktu',
    source: 'UU 14/2008 Pasal 20 ayat (1)',
    explain:
      'Undang-Undang menyatakan bahwa pengecualian dengan alasan Pasal 17 huruf a sampai f tidak bersifat ' +
      'permanen. Entri berikut memakai salah satu alasan itu, tetapi jangka waktunya dapat berlaku tanpa batas ' +
      '("Tidak terbatas", atau salah satu bagian jangka waktunya demikian).',
  },
  'period-over-30y': {
    title: 'Jangka waktu huruf a–f lebih dari 30 tahun',
    source: 'PP 61/2010 (batas 30 tahun; untuk huruf b–f belum terverifikasi)',
    explain:
      'Pengecualian karena alasan penegakan hukum paling lama 30 tahun; batas yang sama lazim dipakai untuk alasan huruf b sampai f.',
  },
  'period-vague': {
    title: 'Jangka waktu tidak jelas dan tegas',
    source: 'Indikator Monev KIP: "Pencantuman Jangka Waktu harus jelas dan tegas"',
    explain:
      'Publik harus dapat mengetahui sampai kapan informasi ditutup. Jangka waktu ' +
      'berikut tidak menyebut lama waktu, peristiwa, persetujuan atau keadaan yang jelas.',
  },
  'huruf-j-no-law': {
    title: 'Huruf j tanpa menyebut Undang-Undang lain',
    source: 'UU 14/2008 Pasal 17 huruf j',
    explain:
      'Pasal 17 huruf j mengecualikan informasi yang tidak boleh diungkapkan berdasarkan ' +
      'Undang-Undang lain. Undang-Undang itu harus disebut; entri berikut tidak menyebutnya.',
  },
  'letter-mismatch': {
    title: 'Alasan tidak sesuai dengan huruf yang dirujuk',
    source: 'UU 14/2008 Pasal 17',
    explain:
      'Pemeriksaan otomatis berdasarkan kata dalam pasal dan kata yang lazim: alasan yang tertulis tidak menyebut hal yang dilindungi ' +
      'oleh huruf Pasal 17 yang dirujuk. Ini bukan penilaian hukum, melainkan tanda agar ditinjau.',
  },
  expiring: {
    title: 'Jangka waktu berakhir dalam 30 hari kerja',
    source: 'PP 61/2010; pengumuman paling lambat 30 hari kerja sebelum berakhir',
    explain: 'PPID wajib mengumumkan pembukaan informasi paling lambat 30 hari kerja sebelum jangka waktu pengecualian berakhir.',
  },
  expired: {
    title: 'Jangka waktu telah berakhir tetapi masih tercantum',
    source: 'PP 61/2010; informasi menjadi terbuka saat jangka waktu berakhir',
    explain: 'Informasi menjadi terbuka ketika jangka waktu pengecualiannya berakhir, walaupun masih tercantum di daftar.',
  },
} as const;
