import type { LawLetter } from '#domain/schema/index.ts';

/**
 * Words registers use for what a Pasal 17 letter protects, beside the provision's own words
 * (read from content/laws). A heuristic for the letter-mismatch review note: it only asks a
 * reviewer to look, and every place that shows it says it is a heuristic. Huruf j (another
 * Undang-Undang) has no words: any harm can rest on another law.
 */
export const LETTER_KEYWORDS: Record<string, readonly string[]> = {
  a: ['hukum', 'penyelidikan', 'penyidikan', 'pidana', 'informan', 'pelapor', 'saksi', 'korban', 'intelijen', 'kejahatan', 'penegak'],
  b: ['hki', 'kekayaan intelektual', 'hak cipta', 'paten', 'merek', 'desain', 'persaingan', 'rahasia dagang', 'iklim usaha'],
  c: ['pertahanan', 'keamanan negara', 'militer', 'intelijen', 'persandian', 'strategi'],
  d: ['kekayaan alam', 'sumber daya alam', 'tambang', 'mineral'],
  e: ['ekonomi', 'moneter', 'keuangan negara', 'perbankan', 'pasar', 'harga'],
  f: ['luar negeri', 'diplomatik', 'diplomasi', 'perundingan', 'negara lain', 'internasional'],
  g: ['akta', 'wasiat', 'kemauan terakhir'],
  h: ['pribadi', 'privasi', 'keluarga', 'kesehatan', 'rekening', 'pendapatan', 'aset', 'yang bersangkutan', 'kepegawaian'],
  i: [
    'memorandum',
    'surat',
    'rapat',
    'kebijakan',
    'internal',
    'penyusunan',
    'kerahasiaan dokumen',
    'pertimbangan',
    'pertentangan kepentingan',
  ],
};

/** Words of a provision that say nothing about what it protects. */
const PROVISION_FILLER = new Set(
  (
    'informasi publik yang apabila dibuka dan diberikan kepada pemohon dapat yaitu atau dengan dalam untuk ' +
    'suatu segala bentuk berhubungan berkaitan sehubungan menyangkut seseorang badan adanya mengetahui ' +
    'mengungkapkan mengungkap membahayakan merugikan mengganggu menghambat kepentingan perlindungan ' +
    'tidak boleh diungkapkan berdasarkan undang-undang'
  ).split(' '),
);

function provisionWords(p: LawLetter): string[] {
  const text = [p.text ?? '', ...p.items.map((i) => i.text ?? '')].join(' ').toLowerCase();
  return [...new Set(text.split(/[^a-z]+/).filter((w) => w.length >= 5 && !PROVISION_FILLER.has(w)))];
}

/** null: no words to judge by (huruf j). */
export function matchesLetter(letter: string, text: string, provision?: LawLetter): boolean | null {
  const words = [...(LETTER_KEYWORDS[letter] ?? []), ...(provision && letter !== 'j' ? provisionWords(provision) : [])];
  if (!words.length) return null;
  const t = text.toLowerCase();
  return words.some((w) => t.includes(w));
}

/**
 * Kinds of information UU 14/2008 names as public: financial reports (Pasal 9 ayat 2),
 * decisions, policies, work plans with their spending, agreements with third parties and
 * working procedures (Pasal 11 ayat 1), court rulings and decrees (Pasal 18 ayat 1), and
 * procurement results. A title naming one is worth a second look; exempting part of such a
 * document can still be right, so this is a review note.
 */
const PUBLIC_BY_LAW = [
  /\blaporan keuangan\b/i,
  /\b(?:rencana|realisasi) anggaran\b|\bDPA\b|\bRKA\b|\bAPB[DN]\b/,
  /\b(?:hasil )?pengadaan barang(?:\/| dan )jasa\b|\bhasil pengadaan\b|\bhasil lelang\b/i,
  /\bkebijakan\b/i,
  /\bkeputusan\b|\bputusan\b|\bsurat edaran\b/i,
  /\bperjanjian\b|\bkontrak\b/i,
  /\brencana kerja\b|\brenja\b|\brenstra\b/i,
  /\bprosedur kerja\b|\bstandar operasional prosedur\b|\bSOP\b/,
];

/** The words of a title that name information the law says is public, or null. */
export function mustBePublic(title: string): string | null {
  for (const re of PUBLIC_BY_LAW) {
    const m = re.exec(title);
    if (m) return m[0];
  }
  return null;
}
