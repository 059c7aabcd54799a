/**
 * Words that the harm or the reason for closing usually contains when it fits a Pasal 17
 * letter. This is a heuristic for the letter-mismatch finding: it only asks a reviewer to
 * look, and every place that shows the finding says it is a heuristic. Huruf j (another
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

export function matchesLetter(letter: string, text: string): boolean | null {
  const words = LETTER_KEYWORDS[letter];
  if (!words) return null;
  const t = text.toLowerCase();
  return words.some((w) => t.includes(w));
}
