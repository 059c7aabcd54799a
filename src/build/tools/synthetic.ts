// Synthetic registers for benchmarks and layout tests: deterministic (seeded), clearly
// fictional, with the mix of citations, periods and text lengths that real registers have.
import type { Period, SnapshotEntry } from '#domain/schema/index.ts';

/** Mulberry32: a small seeded PRNG, so the same seed gives the same register. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['Dokumen', 'Data', 'Laporan', 'Arsip', 'Surat', 'Rekaman', 'Catatan', 'Daftar', 'Berkas', 'Rekapitulasi'];
const OBJECTS = [
  'kepegawaian',
  'perizinan usaha',
  'pengaduan konsumen',
  'hasil pengawasan barang beredar',
  'pengujian mutu',
  'kalibrasi alat ukur',
  'rapat koordinasi',
  'pengadaan barang',
  'bantuan sarana produksi',
  'ekspor komoditas',
  'data pelaku usaha mikro',
  'audit internal',
];
const REASONS = [
  'Mengungkap data pribadi yang bersifat rahasia',
  'Persaingan usaha menjadi tidak sehat',
  'Menghambat proses penegakan hukum',
  'Mengganggu proses penyusunan kebijakan',
  'Tidak ada perlindungan HKI',
  'Membahayakan keamanan sistem informasi',
];
const PROTECTS = [
  'Melindungi data pribadi',
  'Menjaga iklim usaha yang kondusif',
  'Melindungi proses hukum yang sedang berjalan',
  'Melindungi kerahasiaan dokumen',
  'Memberi perlindungan HKI',
];
const LETTERS: [string, string][] = [
  ['h', 'rahasia pribadi'],
  ['b', 'HKI dan persaingan usaha'],
  ['i', 'memorandum'],
  ['j', 'Undang-Undang lain'],
  ['a', 'penegakan hukum'],
];
const WORDS = [
  'informasi yang dikecualikan berdasarkan hasil uji konsekuensi dengan mempertimbangkan kepentingan publik yang',
  'lebih besar serta perlindungan terhadap pihak yang bersangkutan sesuai ketentuan peraturan perundang-undangan',
]
  .join(' ')
  .split(' ');

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}
function sentence(r: () => number, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  return Array.from({ length: n }, () => pick(r, WORDS)).join(' ');
}

export function syntheticPeriod(r: () => number): Period {
  const x = r();
  if (x < 0.35) return { kind: 'indefinite', text: 'Tidak terbatas' };
  if (x < 0.6) {
    const years = 1 + Math.floor(r() * 10);
    return { kind: 'duration', text: `${years} tahun sejak ditetapkan`, years, from: { kind: 'decree' } };
  }
  if (x < 0.75) return { kind: 'until-event', text: 'Sampai dengan selesainya proses audit', event: 'selesainya proses audit' };
  if (x < 0.88)
    return { kind: 'until-consent', text: 'Apabila mendapat persetujuan pihak yang bersangkutan', party: 'pihak yang bersangkutan' };
  if (x < 0.97) return { kind: 'while', text: 'Selama masih dalam pelaksanaan', condition: 'masih dalam pelaksanaan' };
  return { kind: 'unclear', text: 'Selama jangka waktu tertentu' };
}

/** `count` fictional entries. Ids are stable for a given index, so versions can share them. */
export function syntheticEntries(count: number, seed = 1): SnapshotEntry[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const [letter, ground] = pick(r, LETTERS);
    const second = r() < 0.3 ? pick(r, LETTERS)[0] : null;
    const letters = [...new Set([letter, ...(second ? [second] : [])])].sort();
    const long = r() < 0.1;
    return {
      number: i + 1,
      id: `entri-fiktif-${String(i + 1).padStart(5, '0')}`,
      title: `${pick(r, SUBJECTS)} ${pick(r, OBJECTS)} (fiktif ${i + 1})${long ? ` ${sentence(r, 10, 30)}` : ''}`,
      legalBasis: [
        ...letters.map((l) => ({ law: 'uu-14-2008', article: '17', letter: l })),
        ...(letters.includes('j') ? [{ law: 'uu-43-2009' }] : []),
      ],
      legalBasisText: [
        `Pasal 17 huruf ${letters.join(' dan huruf ')} UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik (${ground})`,
      ],
      consequence: { opened: `${pick(r, REASONS)}${long ? ` ${sentence(r, 20, 60)}` : ''}`, closed: pick(r, PROTECTS) },
      period: syntheticPeriod(r),
      unit: null,
      partial: r() < 0.05,
      partialNote: null,
      narrative: r() < 0.2 ? sentence(r, 30, 120) : '',
    };
  });
}
