// Real rows of other bodies (tests/fixtures/corpus, with sources) in each body's own column
// layout, headers as the body printed them (SOURCES.md): the importer finds the columns by
// their words, keeps every row, reads the period and leaves unknown columns reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { importTable as importTableWith } from '#content/import-table.ts';
import { cleanCell } from '#domain/cell-text.ts';
import { FIXTURES, shippedCatalogue } from '../helpers/content.ts';

// The importer as the import CLI runs it: with the shipped catalogue of laws.
const CAT = await shippedCatalogue();
const importTable = (text: string) => importTableWith(text, { catalogue: CAT });

interface CorpusRow {
  no: string;
  informasi: string;
  dasarHukum: string | null;
  konsekuensiDibuka: string | null;
  pertimbanganDitutup: string | null;
  konsekuensi: string | null;
  jangkaWaktu: string | null;
  other?: Record<string, string>;
}
const corpus = JSON.parse(readFileSync(join(FIXTURES, 'corpus/dik-rows.json'), 'utf8')) as { body: string; row: CorpusRow }[];
const rowsOf = (body: string) => corpus.filter((r) => r.body.includes(body)).map((r) => r.row);

/** Each body's layout: its header rows as printed, and where each corpus field goes. */
const LAYOUTS: { body: string; headers: string[][]; cells: (r: CorpusRow) => (string | null)[]; other: string[] }[] = [
  {
    body: 'IAIN) Parepare',
    headers: [
      [
        'No.',
        'Jenis Informasi yang Dikecualikan',
        'Dasar Hukum Pengecualian',
        'Konsekuensi/Pertimbangan bagi Publik',
        'Jangka Waktu Pengecualian',
      ],
    ],
    cells: (r) => [r.no, r.informasi, r.dasarHukum, r.konsekuensi, r.jangkaWaktu],
    other: [],
  },
  {
    body: 'Karanganyar',
    headers: [
      ['NO', 'JUDUL INFORMASI', 'DASAR HUKUM', 'BATAS WAKTU PENGECUALIAN', 'KONSEKUENSI', ''],
      ['', '', '', '', 'AKIBAT BILA INFO DIBUKA', 'AKIBAT BILA INFO DITUTUP'],
    ],
    cells: (r) => [r.no, r.informasi, r.dasarHukum, r.jangkaWaktu, r.konsekuensiDibuka, r.pertimbanganDitutup],
    other: [],
  },
  {
    body: 'Fakultas Kedokteran',
    headers: [
      [
        'No.',
        'Jenis Klasifikasi Informasi yang Dikecualikan',
        'Alasan / Dasar Hukum Pengecualian Informasi',
        'Konsekuensi / Pertimbangan Bagi Publik',
        '',
        'Jangka Waktu',
      ],
      ['', '', '', 'Dibuka', 'Ditutup', ''],
    ],
    cells: (r) => [r.no, r.informasi, r.dasarHukum, r.konsekuensiDibuka, r.pertimbanganDitutup, r.jangkaWaktu],
    other: [],
  },
  {
    body: 'Kabupaten Bantul',
    headers: [
      ['No', 'ESENSI INFORMASI', 'KONTEN INFORMASI', 'DASAR HUKUM', 'KONSEKUENSI', '', 'BATAS WAKTU PENGECUALIAN'],
      ['', '', '', '', 'AKIBAT BILA INFORMASI DIBUKA', 'MANFAAT BILA INFORMASI DITUTUP', ''],
    ],
    cells: (r) => [
      r.no,
      r.other?.['ESENSI INFORMASI'] ?? '',
      r.informasi,
      r.dasarHukum,
      r.konsekuensiDibuka,
      r.pertimbanganDitutup,
      r.jangkaWaktu,
    ],
    other: ['ESENSI INFORMASI'],
  },
];

describe.each(LAYOUTS)('$body', ({ body, headers, cells, other }) => {
  const rows = rowsOf(body);
  const csv = stringify([...headers, ...rows.map((r) => cells(r).map((c) => c ?? ''))], { delimiter: ';' });
  const r = importTable(csv);

  it('finds the columns by the body’s own header words and keeps every row', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(r.columns.title).not.toBeNull();
    expect(r.columns.basis).not.toBeNull();
    expect(r.columns.period).not.toBeNull();
    expect(r.entries.map((e) => e.data.title)).toEqual(rows.map((x) => cleanCell(x.informasi)));
    expect(r.skipped).toEqual([]);
    expect(r.extraColumns).toEqual(other);
  });

  it('keeps the consequence text: Dibuka and Ditutup, or one column put in Dibuka with a note', () => {
    for (const [i, e] of r.entries.entries()) {
      const x = rows[i]!;
      expect(e.data.consequence.opened).toBe(cleanCell(x.konsekuensi ?? x.konsekuensiDibuka ?? ''));
      if (!x.konsekuensi) expect(e.data.consequence.closed).toBe(cleanCell(x.pertimbanganDitutup ?? ''));
    }
    const note = r.issues.find((i) => i.severity === 'note' && /satu kolom/.test(i.message));
    expect(Boolean(note)).toBe(rows.some((x) => x.konsekuensi));
  });

  it('reads every period it has', () => {
    for (const [i, e] of r.entries.entries()) if (rows[i]!.jangkaWaktu) expect(e.data.period.text).toBe(cleanCell(rows[i]!.jangkaWaktu!));
    // "Selama Jangka Waktu Tertentu" (Karanganyar) states no period: unclear is its right reading.
    const unclear = r.entries.filter((e) => e.data.period.kind === 'unclear').map((e) => e.data.period.text);
    expect(unclear.filter((t) => t !== 'Selama Jangka Waktu Tertentu')).toEqual([]);
  });
});
