/**
 * Every problem the validator reports carries one of these stable rule ids, so that
 * messages can change without breaking the pull-request summary, the compliance page or an
 * editor's search for "what does basis-unknown mean".
 */
/** Where a field is in a content file: keys and array indexes, outermost first. */
export type DataPath = ReadonlyArray<string | number>;

export type Severity = 'error' | 'finding';

export interface RuleInfo {
  severity: Severity;
  /** What the rule checks, in Indonesian. */
  title: string;
  /** The provision or design decision the rule rests on. */
  source: string;
  /** Heuristic rules say so wherever they are shown. */
  heuristic?: boolean;
  /** For the public compliance page: what the rule means, in plain Indonesian. */
  explain?: string;
  /** The provision the rule rests on, where it is in content/laws, for links. */
  provision?: { law: string; article?: string; paragraph?: string; letter?: string };
}

export const RULES = {
  syntax: { severity: 'error', title: 'Berkas tidak dapat dibaca', source: 'Format berkas konten (YAML/JSON)' },
  schema: { severity: 'error', title: 'Isian tidak sesuai skema', source: 'Skema konten (src/lib/schema)' },
  'file-unexpected': { severity: 'error', title: 'Berkas di tempat yang tidak dikenal', source: 'Susunan folder content/' },
  'body-missing': { severity: 'error', title: 'Data Badan Publik tidak ada', source: 'content/body.json' },
  'id-invalid': { severity: 'error', title: 'Nama berkas bukan id yang sah', source: 'Id stabil (design)' },
  'id-duplicate': { severity: 'error', title: 'Id dipakai lebih dari sekali', source: 'Id stabil (design)' },
  'order-duplicate': { severity: 'error', title: 'Nomor urut dipakai lebih dari sekali', source: 'Urutan register' },
  'ref-unit': { severity: 'error', title: 'Unit kerja tidak dikenal', source: 'content/units' },
  'ref-decree': { severity: 'error', title: 'Keputusan yang dirujuk tidak ada', source: 'content/decrees' },
  'holidays-year': { severity: 'error', title: 'Tanggal libur di luar tahunnya', source: 'content/holidays' },
  'snapshot-missing': { severity: 'error', title: 'register.json tidak ada', source: 'Versi beku (design)' },
  'snapshot-hash': { severity: 'error', title: 'Hash register.json tidak cocok', source: 'Integritas versi (SHA-256)' },
  'snapshot-noncanonical': { severity: 'error', title: 'register.json bukan JSON kanonik', source: 'Integritas versi (JSON kanonik)' },
  'snapshot-decree-mismatch': { severity: 'error', title: 'Metadata keputusan berbeda dari versi beku', source: 'Integritas versi' },
  'chain-broken': { severity: 'error', title: 'Rantai hash antarversi terputus', source: 'Integritas versi (rantai hash)' },
  'sk-hash': { severity: 'error', title: 'Pindaian SK tidak cocok dengan hash-nya', source: 'Integritas versi (sk.pdf)' },
  'basis-missing': { severity: 'error', title: 'Tidak ada dasar pengecualian Pasal 17', source: 'UU 14/2008 Pasal 17; Perki 1/2021', explain: 'Informasi hanya boleh dikecualikan berdasarkan salah satu alasan Pasal 17 UU 14/2008.', provision: { law: 'uu-14-2008', article: '17' } },
  'basis-unknown': { severity: 'error', title: 'Rujukan hukum tidak dikenal', source: 'content/laws' },
  'consequence-missing': { severity: 'error', title: 'Uji konsekuensi tidak lengkap', source: 'UU 14/2008 Pasal 2 ayat (4) dan Pasal 19; Perki 1/2021 Pasal 49', explain: 'Setiap pengecualian harus didasarkan pada uji konsekuensi: akibat bila dibuka dan kepentingan yang dilindungi bila ditutup.', provision: { law: 'uu-14-2008', article: '19' } },
  'pasal20-permanent': { severity: 'finding', title: 'Pengecualian huruf a–f ditetapkan tanpa batas waktu', source: 'UU 14/2008 Pasal 20 ayat (1)', explain: 'Undang-Undang menyatakan bahwa pengecualian dengan alasan Pasal 17 huruf a sampai f tidak bersifat permanen. Entri berikut memakai salah satu alasan itu, tetapi jangka waktunya "Tidak terbatas".', provision: { law: 'uu-14-2008', article: '20', paragraph: '1' } },
  'period-over-30y': { severity: 'finding', title: 'Jangka waktu huruf a–f lebih dari 30 tahun', source: 'PP 61/2010 (batas 30 tahun; untuk huruf b–f belum terverifikasi)', explain: 'Pengecualian karena alasan penegakan hukum paling lama 30 tahun; batas yang sama lazim dipakai untuk alasan huruf b sampai f.', provision: { law: 'pp-61-2010' } },
  'period-vague': { severity: 'finding', title: 'Jangka waktu tidak jelas dan tegas', source: 'Indikator Monev KIP: "Pencantuman Jangka Waktu harus jelas dan tegas"', explain: 'Publik harus dapat mengetahui sampai kapan informasi ditutup. Jangka waktu berikut tidak menyebut lama waktu, peristiwa, persetujuan atau keadaan yang jelas.' },
  'huruf-j-no-law': { severity: 'finding', title: 'Huruf j tanpa menyebut Undang-Undang lain', source: 'UU 14/2008 Pasal 17 huruf j', explain: 'Pasal 17 huruf j mengecualikan informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang lain. Undang-Undang itu harus disebut; entri berikut tidak menyebutnya.', provision: { law: 'uu-14-2008', article: '17', letter: 'j' } },
  'letter-mismatch': { severity: 'finding', title: 'Alasan tidak sesuai dengan huruf yang dirujuk', source: 'UU 14/2008 Pasal 17', heuristic: true, explain: 'Pemeriksaan otomatis berdasarkan kata kunci: alasan yang tertulis tidak menyebut hal yang dilindungi oleh huruf Pasal 17 yang dirujuk. Ini bukan penilaian hukum, melainkan tanda agar ditinjau.', provision: { law: 'uu-14-2008', article: '17' } },
  expiring: { severity: 'finding', title: 'Jangka waktu berakhir dalam 30 hari kerja', source: 'PP 61/2010; pengumuman paling lambat 30 hari kerja sebelum berakhir', explain: 'PPID wajib mengumumkan pembukaan informasi paling lambat 30 hari kerja sebelum jangka waktu pengecualian berakhir.', provision: { law: 'pp-61-2010' } },
  expired: { severity: 'finding', title: 'Jangka waktu telah berakhir tetapi masih tercantum', source: 'PP 61/2010; informasi menjadi terbuka saat jangka waktu berakhir', explain: 'Informasi menjadi terbuka ketika jangka waktu pengecualiannya berakhir, walaupun masih tercantum di daftar.', provision: { law: 'pp-61-2010' } },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export interface Problem {
  /** Path of the file, relative to the working directory, with forward slashes. */
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. `period.kind` or `legalBasis[0].letter`. */
  field?: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  hint?: string;
  /** The entry or decree the problem concerns, for grouping on pages. */
  subject?: { kind: 'exemption' | 'decree' | 'law' | 'unit' | 'sop' | 'holidays' | 'body'; id: string };
}

export function problem(rule: RuleId, p: Omit<Problem, 'rule' | 'severity'>): Problem {
  return { rule, severity: RULES[rule].severity, ...p };
}

export function formatPath(path: ReadonlyArray<string | number | symbol>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
