// Periods as other public bodies wrote them (tests/fixtures/corpus: verbatim rows of their
// published registers, with sources), each with the reading a careful examiner gives it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCell } from '#domain/cell-text.ts';
import { readPeriodText } from '#domain/period.ts';
import { FIXTURES } from '../helpers/content.ts';

// The first 44 rows, whose periods are read here in detail (event, party, years); every row's
// period kind is also scored against the examiner in corpus-score.test.ts.
const corpus = (
  JSON.parse(readFileSync(join(FIXTURES, 'corpus/dik-rows.json'), 'utf8')) as {
    body: string;
    row: { jangkaWaktu: string | null };
  }[]
).slice(0, 44);

/** Kabupaten Bantul's three numbered periods in one cell, as the importer sees the cell (one line). */
const BANTUL = [
  '1. Tidak terbatas, kecuali dengan tujuan tertentu dengan ijin Bupati',
  '2. Atas persetujuan yang bersangkutan',
  '3. Sampai proses pengaduan selesai',
].join(' ');

/** The examiner's reading of every distinct period in the corpus, keyed by its text as printed. */
const READINGS: Record<string, object> = {
  // The end is named after "hingga": the event, not the state before it.
  'Selama proses pemeriksaan hingga putusan final': { kind: 'until-event', event: 'putusan final' },
  '5 tahun setelah keputusan disiplin': { kind: 'duration', years: 5, from: { kind: 'event', event: 'keputusan disiplin' } },
  'Selama data tersebut berlaku/menyertai individu': { kind: 'while' },
  '2 tahun setelah proses seleksi berakhir': { kind: 'duration', years: 2, from: { kind: 'event', event: 'proses seleksi berakhir' } },
  'Permanen (kecuali kepada pemilik data)': { kind: 'indefinite' },
  '5 tahun, sesuai masa simpan arsip keuangan': { kind: 'duration', years: 5, from: { kind: 'decree' } },
  'Selama sistem/aplikasi digunakan': { kind: 'while', condition: 'sistem/aplikasi digunakan' },
  'Permanen (hanya rekap total boleh diumumkan)': { kind: 'indefinite' },
  'Tidak Terbatas': { kind: 'indefinite' },
  // "a certain period", no period at all: legally vague (a finding), and read as such.
  'Selama Jangka Waktu Tertentu': { kind: 'vague' },
  'Permanen atau terbuka apabila mendapat persetujuan tertulis dari yang bersangkutan': {
    kind: 'mixed',
    parts: [{ kind: 'indefinite' }, { kind: 'until-consent', party: 'yang bersangkutan' }],
  },
  'Terbatas sampai ditetapkannya renja SKPD': { kind: 'until-event', event: 'ditetapkannya renja SKPD' },
  'Tidak terbatas .': { kind: 'indefinite' },
  [BANTUL]: {
    kind: 'mixed',
    parts: [
      { kind: 'indefinite' },
      { kind: 'until-consent', party: 'yang bersangkutan' },
      { kind: 'until-event', event: 'proses pengaduan selesai' },
    ],
  },
  'Dibuka setelah mendapatkan persetujuan tertulis dari yang bersangkutan': { kind: 'until-consent', party: 'yang bersangkutan' },
  'Dibuka setelah yang bersangkutan tidak menjadi pegawai ISBI Tanah Papua': {
    kind: 'until-event',
    event: 'yang bersangkutan tidak menjadi pegawai ISBI Tanah Papua',
  },
  'Dibuka setelah yang bersangkutan tidak menjadi pegawai ISBI Bandung': { kind: 'until-event' },
  'Sampai dengan diperlukan untuk keperluan proses hukum oleh aparat hukum dan pengadilan': { kind: 'until-event' },
  '20 Tahun': { kind: 'duration', years: 20, from: { kind: 'decree' } },
  '1 tahun': { kind: 'duration', years: 1, from: { kind: 'decree' } },
  'Dibuka setelah masa jabatan selesai': { kind: 'until-event', event: 'masa jabatan selesai' },
  // Universitas Terbuka.
  'Tidak terbatas': { kind: 'indefinite' },
  'Sampai mahasiswa menyelesaikan studinya': { kind: 'until-event', event: 'mahasiswa menyelesaikan studinya' },
  'Sampai pembayaran dilakukan': { kind: 'until-event', event: 'pembayaran dilakukan' },
  'Sampai dengan laporan hasil audit diterbitkan': { kind: 'until-event', event: 'laporan hasil audit diterbitkan' },
  'Sampai memperoleh persetujuan dari yang bersangkutan': { kind: 'until-consent', party: 'yang bersangkutan' },
};

describe('periods of other bodies’ registers', () => {
  const periods = [
    ...new Set(
      corpus
        .map((r) => r.row.jangkaWaktu)
        .filter((p): p is string => Boolean(p))
        .map(cleanCell),
    ),
  ];

  it('the corpus has the periods this test reads', () => {
    expect(periods.length).toBeGreaterThanOrEqual(20);
  });

  for (const text of periods) {
    const expected = READINGS[text];
    // One period is a whole decree sentence (KPU Kabupaten Kudus): a consent and an office
    // held, in one clause. It is not read yet, so the importer reports it as unreadable
    // rather than guessing; a reading for it belongs in READINGS.
    it(text, () => expect(readPeriodText(text)).toMatchObject(expected ?? { kind: 'unclear', text }));
  }

  it('the ones it reads: every period but the decree sentence', () => {
    const read = periods.filter((p) => readPeriodText(p).kind !== 'unclear' || READINGS[p]);
    expect(periods.length - read.length).toBe(1);
  });
});
