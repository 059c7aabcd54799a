/**
 * Every problem the validator reports carries one of these stable rule ids, so that
 * messages can change without breaking the pull-request summary, the compliance page or an
 * editor's search for "what does basis-unknown mean".
 */
export type Severity = 'error' | 'finding';

export interface RuleInfo {
  severity: Severity;
  /** What the rule checks, in Indonesian. */
  title: string;
  /** The provision or design decision the rule rests on. */
  source: string;
  /** Heuristic rules say so wherever they are shown. */
  heuristic?: boolean;
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
  'basis-missing': { severity: 'error', title: 'Tidak ada dasar pengecualian Pasal 17', source: 'UU 14/2008 Pasal 17; Perki 1/2021' },
  'basis-unknown': { severity: 'error', title: 'Rujukan hukum tidak dikenal', source: 'content/laws' },
  'consequence-missing': { severity: 'error', title: 'Uji konsekuensi tidak lengkap', source: 'UU 14/2008 Pasal 2 ayat (4) dan Pasal 19; Perki 1/2021 Pasal 49' },
  'pasal20-permanent': { severity: 'finding', title: 'Pengecualian huruf a–f ditetapkan tanpa batas waktu', source: 'UU 14/2008 Pasal 20 ayat (1)' },
  'period-over-30y': { severity: 'finding', title: 'Jangka waktu huruf a–f lebih dari 30 tahun', source: 'PP 61/2010 (batas 30 tahun; untuk huruf b–f belum terverifikasi)' },
  'period-vague': { severity: 'finding', title: 'Jangka waktu tidak jelas dan tegas', source: 'Indikator Monev KIP: "Pencantuman Jangka Waktu harus jelas dan tegas"' },
  'huruf-j-no-law': { severity: 'finding', title: 'Huruf j tanpa menyebut Undang-Undang lain', source: 'UU 14/2008 Pasal 17 huruf j' },
  'letter-mismatch': { severity: 'finding', title: 'Alasan tidak sesuai dengan huruf yang dirujuk', source: 'UU 14/2008 Pasal 17', heuristic: true },
  expiring: { severity: 'finding', title: 'Jangka waktu berakhir dalam 30 hari kerja', source: 'PP 61/2010; pengumuman paling lambat 30 hari kerja sebelum berakhir' },
  expired: { severity: 'finding', title: 'Jangka waktu telah berakhir tetapi masih tercantum', source: 'PP 61/2010; informasi menjadi terbuka saat jangka waktu berakhir' },
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
