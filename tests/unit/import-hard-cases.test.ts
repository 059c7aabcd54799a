// Inputs an independent review found the importer and the readers getting wrong: rows lost or
// glued to the wrong entry, citations attached to the wrong law or invented, periods misread,
// cells and sheets that went unmentioned. Each case is the review's input.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile as importFileWith, importTable as importTableWith } from '#content/import-table.ts';
import { cleanCell } from '#domain/cell-text.ts';
import { parseBasis as parseBasisWith } from '#domain/citation-parse.ts';
import { readPeriodText } from '#domain/period.ts';
import { shippedCatalogue } from '../helpers/content.ts';

// The importer as the import CLI runs it: with the shipped catalogue of laws.
const CAT = await shippedCatalogue();
const importFile = (path: string) => importFileWith(path, { catalogue: CAT });
const importTable = (text: string) => importTableWith(text, { catalogue: CAT });
const parseBasis = (text: string) => parseBasisWith(text, CAT);

const tab = (...cells: string[]) => cells.join('\t');
const HEAD = tab('No', 'Informasi', 'Dasar Hukum', 'Dibuka', 'Ditutup', 'Jangka Waktu');
const ROW1 = tab(
  '1',
  'Data pegawai',
  'Pasal 17 huruf h UU 14/2008',
  'Mengungkap data pribadi',
  'Melindungi data pribadi',
  'Tidak terbatas',
);

describe('rows', () => {
  it('a continuation row that mentions "dibuka" and "ditutup" is merged, not taken for the sub-header', () => {
    const r = importTable(
      [
        HEAD,
        ROW1,
        tab('', 'Data keluarga pegawai', 'Pasal 17 huruf j UU 14/2008', 'Bila dibuka, terungkap', 'Bila ditutup, terlindungi', ''),
      ].join('\n'),
    );
    expect([r.dataRows, r.continuationRows, r.entries.length]).toEqual([2, 1, 1]);
    expect(r.entries[0]!.data.legalBasis).toEqual([
      { law: 'uu-14-2008', article: '17', letter: 'h' },
      { law: 'uu-14-2008', article: '17', letter: 'j' },
    ]);
  });

  it('a note under the headers that mentions "dibuka" and "ditutup" does not move the columns', () => {
    const r = importTable([HEAD, tab('', 'Catatan: informasi dibuka atau ditutup untuk umum', '', '', '', ''), ROW1].join('\n'));
    expect(r.entries[0]!.data.consequence).toEqual({ opened: 'Mengungkap data pribadi', closed: 'Melindungi data pribadi' });
  });

  it('a table without a No column keeps its first row', () => {
    const head = tab('Informasi', 'Dasar Hukum', 'Dibuka', 'Ditutup', 'Jangka Waktu');
    const r = importTable(
      [
        head,
        tab('Data pegawai', 'Pasal 17 huruf h UU 14/2008', 'a', 'b', 'Tidak terbatas'),
        tab('Data gaji', 'Pasal 17 huruf h UU 14/2008', 'a', 'b', '5 tahun'),
      ].join('\n'),
    );
    expect(r.entries.map((e) => e.data.title)).toEqual(['Data pegawai', 'Data gaji']);
  });

  it('text in a column without a header is named, never dropped without a word', () => {
    const r = importTable([HEAD, tab(ROW1, 'Hanya berlaku untuk pegawai non-ASN')].join('\n'));
    expect(r.extraColumns).toEqual(['kolom ke-7 tanpa judul']);
  });
});

describe('citations', () => {
  const kip = (letter: string) => ({ law: 'uu-14-2008', article: '17', letter });
  it.each([
    [
      'UU 14/2008 Pasal 17 huruf h dan Pasal 44 ayat (1) huruf h UU 43/2009',
      [kip('h'), { law: 'uu-43-2009', article: '44', paragraph: '1', letter: 'h' }],
    ],
    ['UU No. 14 Tahun 2008 Pasal 17 huruf h dan Pasal 18 UU 43/2009', [kip('h'), { law: 'uu-43-2009', article: '18' }]],
    ['Pasal 17 huruf h UU 14/2008 dan UU 43/2009 Pasal 17 huruf c', [kip('h'), { law: 'uu-43-2009', article: '17', letter: 'c' }]],
    ['PP 61 Tahun 2010 tentang Pelaksanaan UU No. 14 Tahun 2008', [{ law: 'pp-61-2010' }]],
    ['Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2020', [{ law: 'perppu-1-2020' }]],
    ['Pasal 17 huruf h dan e-KTP UU 14/2008', [kip('h')]],
    ['UU KIP Pasal 17 huruf a dan b.', [kip('a'), kip('b')]],
    ['UU KIP Pasal 17 huruf h s.d. j', [kip('h'), kip('i'), kip('j')]],
    ['Pasal 17 huruf a - c UU 14/2008', [kip('a'), kip('b'), kip('c')]],
    ['Pasal 17 huruf h angka 1 dan angka 2 UU 14/2008', [{ ...kip('h'), items: [1, 2] }]],
  ])('%s', (text, expected) => expect(parseBasis(text).citations).toEqual(expected));

  it.each(['Pasal 17 huruf h Permenkes 24/2022', 'Pasal 17 huruf a Peraturan Daerah Provinsi Jawa Barat Nomor 11 Tahun 2011'])(
    '%s: another instrument named, so no UU 14/2008 is assumed; the item is reported',
    (text) => {
      const b = parseBasis(text);
      expect(b.citations).toEqual([]);
      expect(b.unread).toEqual([text]);
    },
  );
});

describe('the catalogue of laws: common names and citations that cannot be right', () => {
  const kip = (letter: string) => ({ law: 'uu-14-2008', article: '17', letter });
  it.each([
    ['Pasal 17 huruf h UU KIP; UU PDP', [kip('h'), { law: 'uu-27-2022' }]],
    ['Pasal 17 huruf j UU 14/2008 jo. Pasal 32 UU ITE', [kip('j'), { law: 'uu-11-2008', article: '32' }]],
    ['Pasal 17 huruf a Undang-Undang Keterbukaan Informasi Publik, KUHAP', [kip('a'), { law: 'uu-8-1981' }]],
    ['UU Nomor 19 Tahun 2016 tentang Perubahan atas UU ITE', [{ law: 'uu-19-2016' }]],
    ['UUD NRI 1945 Pasal 28 F s/d 28 H', ['28F', '28G', '28H'].map((article) => ({ law: 'uud-1945', article }))],
  ])('%s', (text, expected) => expect(parseBasis(text).citations).toEqual(expected));

  it('a common name two laws share is asked about, not guessed', () => {
    const b = parseBasis('Pasal 17 huruf h UU 14/2008; KUHP Pasal 322');
    expect(b.citations).toEqual([kip('h')]);
    expect(b.unread).toEqual(['KUHP Pasal 322']);
    expect(b.notes.join(' ')).toMatch(/"KUHP" dapat berarti uu-1-1946 atau uu-1-2023/);
  });

  it.each([
    ['UUD Negara RI Tahun 1946 Pasal 28 A', 'year'],
    ['Pasal 322 ayat (1) huruf i Undang-Undang No. 8 Tahun 1981 tentang Hukum Acara Pidana', 'article'],
    ['Peraturan Pemerintah No. 61 Tahun 2010 tentang Piutang Pegawai', 'title'],
  ])('impossible: %s', (text, reason) => expect(parseBasis(text).doubts.map((d) => d.reason)).toEqual([reason]));

  it.each([
    'UU No 14 Tahun 2008 tentang KIP Pasal 17 huruf H',
    'UU No 43 Tahun 1999 tentang Pokok-Pokok Kepegawaian',
    'UU Nomor 27 Tahun 2022 tentang Perlindungan Data Pribadi',
    'Pasal 44 ayat (1) huruf h Undang-Undang No. 43 Tahun 2009 tentang Kearsipan',
  ])('possible, though written short or spelled otherwise: %s', (text) => expect(parseBasis(text).doubts).toEqual([]));

  // An independent review's inputs: an article after an instrument that was not read is that
  // instrument's, never UU 14/2008's (whose Pasal 1365 would then be published as impossible).
  it.each([
    ['Pasal 17 huruf h UU KIP jo. Pasal 1365 KUHPerdata', [kip('h')], 1],
    [
      'Pasal 17 huruf j UU 14/2008 dan Pasal 79 Permendagri No. 108/2019 tentang Perencanaan',
      [kip('j'), { law: 'permendagri-108-2019', article: '79' }],
      0,
    ],
    ['Pasal 17 huruf j UU 14/2008 dan Pasal 8 Peraturan Menteri Pariwisata Nomor 3 Tahun 2018', [kip('j')], 1],
    ['Pasal 17 huruf j UU KIP jo. Pasal 322 KUHP', [kip('j')], 1],
    ['UU No. 14 Tahun 2008 Pasal 17 huruf h, Permenkes 269/2008 Pasal 10', [kip('h')], 1],
    ['UU KIP Pasal 17 huruf h dan Pasal 26 Permenkes No. 269 Tahun 2008', [kip('h'), { law: 'permenkes-269-2008', article: '26' }], 0],
    // A common name inside the title of an instrument not read is not cited in its place.
    ['Peraturan Menteri Keuangan tentang Petunjuk Teknis UU Keuangan Negara', [], 1],
    // The number decides, not the subject written before it.
    ['UU Pemerintahan Daerah No. 32 Tahun 2004', [{ law: 'uu-32-2004' }], 0],
    ['UU Kesehatan No. 36 Tahun 2009 Pasal 57', [{ law: 'uu-36-2009', article: '57' }], 0],
    // Quoted statute text after the article names "Undang-Undang": it claims nothing.
    [
      'UU Nomor 14 Tahun 2008 pasal 17 huruf j yang berbunyi : informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang',
      [kip('j')],
      0,
    ],
  ] as [string, object[], number][])('%s', (text, citations, unread) => {
    const b = parseBasis(text);
    expect(b.citations).toEqual(citations);
    expect(b.unread).toHaveLength(unread);
    expect(b.doubts).toEqual([]);
  });

  it.each([
    ['uu-19-2016', 'UU No. 11 Tahun 2008 sebagaimana diubah dengan UU No. 19 Tahun 2016 tentang ITE'],
    ['perki-1-2021', 'Perki No. 1 Tahun 2021 tentang SLIP'],
    ['uu-43-2009', 'UU No. 43 Tahun 2009 tentang Arsip'],
    ['uu-13-2006', 'UU No. 13 Tahun 2006 tentang LPSK'],
    ['uu-28-2014', 'UU No. 28 Tahun 2014 tentang HAKI'],
  ])('a title written short is no doubt (%s)', (_, text) => expect(parseBasis(text).doubts).toEqual([]));

  it.each([
    ['Peraturan Menteri Kesehatan Nomor 269 Tahun 2008 tentang Rekam Medis', 'permenkes-269-2008'],
    ['Permenkes No. 269 Tahun 2008', 'permenkes-269-2008'],
    ['PMK Nomor 190 Tahun 2012', 'permenkeu-190-2012'],
    ['Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019', 'permendagri-108-2019'],
  ])('a ministerial regulation with a plain number: %s', (text, law) => expect(parseBasis(text).citations).toEqual([{ law }]));

  it('a ministerial regulation numbered otherwise is reported, not guessed', () => {
    const b = parseBasis('Permenpan No. PER/04/M.PAN/03/2008 tentang Kode Etik Aparat Pengawasan Intern Pemerintah');
    expect(b.citations).toEqual([]);
    expect(b.unread).toHaveLength(1);
  });

  it('a law the catalogue does not have is cited and named for the editor to add', () => {
    const b = parseBasis('Pasal 17 huruf j UU 14/2008 dan UU Nomor 7 Tahun 1992 tentang Perbankan');
    expect(b.citations).toEqual([kip('j'), { law: 'uu-7-1992' }]);
    expect(b.uncatalogued).toEqual(['uu-7-1992']);
  });
});

describe('periods', () => {
  it.each([
    ['5 tahun, sejak selesainya proyek', { kind: 'duration', years: 5, from: { kind: 'event', event: 'selesainya proyek' } }],
    ['5 tahun (sejak lulus)', { kind: 'duration', years: 5, from: { kind: 'event', event: 'lulus' } }],
    ['Dibuka setelah 5 tahun', { kind: 'duration', years: 5, from: { kind: 'decree' } }],
    ['Selama 5 tahun', { kind: 'duration', years: 5 }],
    [
      'Permanen, kecuali atas persetujuan pemilik',
      { kind: 'mixed', parts: [{ kind: 'indefinite' }, { kind: 'until-consent', party: 'pemilik' }] },
    ],
    ['Tidak terbatas, sampai ada putusan pengadilan', { kind: 'mixed', parts: [{ kind: 'indefinite' }, { kind: 'until-event' }] }],
    // Read, and legally vague: the check's finding, not the importer's failure.
    ['Sampai waktu yang tidak ditentukan', { kind: 'vague' }],
    ['Sampai batas waktu tertentu', { kind: 'vague' }],
    ['Hingga batas waktu yang ditetapkan', { kind: 'vague' }],
    ['Sampai dengan persetujuan pemilik data', { kind: 'until-consent', party: 'pemilik data' }],
    ['Dapat dibuka setelah mendapat persetujuan pemilik data', { kind: 'until-consent', party: 'pemilik data' }],
    // A consent that names nobody: a consent all the same, with no party invented.
    ['Atas persetujuan tertulis', { kind: 'until-consent', text: 'Atas persetujuan tertulis' }, 'exact'],
    ['Sampai ada persetujuan', { kind: 'until-consent', text: 'Sampai ada persetujuan' }, 'exact'],
    ['Sesuai ketentuan peraturan perundang-undangan', { kind: 'by-rule', text: 'Sesuai ketentuan peraturan perundang-undangan' }, 'exact'],
    ['Berdasarkan peraturan perundang-undangan, tidak terbatas', { kind: 'indefinite' }],
    ['Sesuai dengan Jadwal Retensi Arsip', { kind: 'by-rule', rule: 'Jadwal Retensi Arsip' }],
    ['5 (lima) tahun', { kind: 'duration', years: 5, from: { kind: 'decree' } }],
    ['lima tahun sejak dokumen dibuat', { kind: 'duration', years: 5, from: { kind: 'event', event: 'dokumen dibuat' } }],
    ['Sewaktu-waktu', { kind: 'vague' }],
    ['Menunggu arahan pimpinan', { kind: 'unclear' }],
    ['1. Tidak terbatas', { kind: 'indefinite', text: '1. Tidak terbatas' }],
    ['Sampai dengan 31 Desember 2025', { kind: 'until-date', date: '2025-12-31' }],
    ['Sampai dengan 31 Februari 2025', { kind: 'until-event' }],
  ] as [string, object, string?][])('%s', (text, expected, exact) =>
    exact ? expect(readPeriodText(text)).toEqual(expected) : expect(readPeriodText(text)).toMatchObject(expected),
  );
});

describe('cells and sheets', () => {
  it('a "<" in text is text', () => expect(cleanCell('nilai < 5 juta dan > 1 juta')).toBe('nilai < 5 juta dan > 1 juta'));

  it('an Excel date is read as a date, an error as its code; another sheet with a DIK table is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppid-xlsx-'));
    try {
      const wb = new ExcelJS.Workbook();
      for (const name of ['Sekretariat', 'Bidang Keuangan']) {
        const ws = wb.addWorksheet(name);
        ws.addRow(['No', 'Informasi', 'Dasar Hukum', 'Dibuka', 'Ditutup', 'Jangka Waktu']);
        ws.addRow([1, 'Data pegawai', 'Pasal 17 huruf h UU 14/2008', 'a', { error: '#N/A' }, new Date(Date.UTC(2025, 11, 31))]);
      }
      await wb.xlsx.writeFile(join(dir, 'dua-lembar.xlsx'));
      const r = await importFile(join(dir, 'dua-lembar.xlsx'));
      expect(r.part).toBe('Sekretariat');
      expect(r.unreadParts).toEqual(['Bidang Keuangan']);
      expect(r.entries[0]!.data.period.text).toBe('2025-12-31');
      expect(r.entries[0]!.data.consequence.closed).toBe('#N/A');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('empty input', () => {
  it.each(['', ' ', '-'])('period %j is an empty period (vague), not a crash', (text) => expect(readPeriodText(text).kind).toBe('vague'));
});
