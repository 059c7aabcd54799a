// The same five fictional rows as a body keeps them: an Excel workbook, a Word document,
// Excel's tab-delimited export (quoted cells with line breaks, tabs and quotes) and a table
// copied from a PPID web page (tests/fixtures/import/make-office-fixtures.ts wrote the first
// three). Each is read whole: every row becomes an entry or is listed with the reason.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile as importFileWith, importTable as importTableWith } from '#content/import-table.ts';
import { contentCopy, FIXTURES, REPO, shippedCatalogue } from '../helpers/content.ts';

// The importer as the import CLI runs it: with the shipped catalogue of laws.
const CAT = await shippedCatalogue();
const importFile = (path: string) => importFileWith(path, { catalogue: CAT });
const importTable = (text: string) => importTableWith(text, { catalogue: CAT });

const file = (name: string) => join(FIXTURES, 'import', name);
const tab = (...cells: string[]) => cells.join('\t');

describe.each([
  ['tabel-fiktif.xlsx', 'xlsx', 'DIK'],
  ['tabel-fiktif.docx', 'docx', undefined],
  ['tabel-excel-kutip.tsv', 'tsv', undefined],
  ['tabel-halaman-ppid.html', 'html', undefined],
])('%s', (name, format, part) => {
  it('reads all five entries with their lists, citations and periods', async () => {
    const r = await importFile(file(name));
    expect(r.format).toBe(format);
    expect(r.part).toBe(part);
    expect(r.issues).toEqual([]);
    expect(r.entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5]);
    const [a, b, c, d, e] = r.entries.map((x) => x.data);
    expect(a!.legalBasisText).toEqual([
      'Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008',
      'UU No. 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik',
    ]);
    expect(a!.legalBasis).toEqual([{ law: 'uu-14-2008', article: '17', letter: 'h', items: [2] }, { law: 'uu-11-2008' }]);
    expect(a!.period).toEqual({ kind: 'indefinite', text: 'Permanen' });
    expect(b!.title).toBe('Notulen rapat "pimpinan" (fiktif)');
    expect(b!.period).toMatchObject({ kind: 'duration', years: 5 });
    expect(c!.title).toBe('Berkas pengaduan masyarakat (fiktif)');
    expect(c!.period).toMatchObject({ kind: 'until-consent' });
    expect(d!.period).toMatchObject({ kind: 'until-event', event: 'pengumuman pemenang' });
    expect(d!.consequence).toEqual({ opened: 'Persaingan usaha menjadi tidak sehat', closed: 'Menjaga persaingan usaha yang sehat' });
    expect(e!.legalBasis).toEqual([{ law: 'uu-14-2008', article: '17', letter: 'j' }, { law: 'uu-11-2008' }]);
    expect(e!.consequence.closed).toBe('Menjaga keamanan data');
  });

  it('accounts for every row after the column headers: entries, continuation lines, rows left out with the reason', async () => {
    const r = await importFile(file(name));
    expect(r.dataRows).toBe(r.entries.length + r.continuationRows + r.skipped.length);
    // The place and date under the table (a paragraph outside the table in the Word document)
    // are listed, never added to the last entry.
    expect(r.skipped.map((s) => s.text)).toEqual(name.endsWith('.docx') ? [] : ['Kota Fiktif, 2 Januari 2026']);
    for (const s of r.skipped) expect(s.reason).toMatch(/kolom No/);
  });
});

describe('rows that are not entries', () => {
  it('a section heading inside the table is listed with its row, and the entries under it are read', () => {
    const tsv = [
      tab('No', 'Informasi', 'Dasar Hukum', 'Dibuka', 'Ditutup', 'Jangka Waktu'),
      tab('A.', 'Bidang Umum', '', '', '', ''),
      tab(
        '1',
        'Data pegawai (fiktif)',
        'Pasal 17 huruf h UU No. 14 Tahun 2008',
        'Mengungkap data pribadi',
        'Melindungi data pribadi',
        'Tidak terbatas',
      ),
      tab('B.', 'Bidang Keuangan', '', '', '', ''),
      tab(
        '2',
        'Laporan keuangan belum diaudit (fiktif)',
        'Pasal 17 huruf j UU No. 14 Tahun 2008',
        'Belum pasti benar',
        'Mencegah salah tafsir',
        'Sampai dengan selesainya proses audit',
      ),
    ].join('\n');
    const r = importTable(tsv);
    expect(r.entries.map((e) => e.data.title)).toEqual(['Data pegawai (fiktif)', 'Laporan keuangan belum diaudit (fiktif)']);
    expect(r.skipped.map((s) => [s.row, s.text])).toEqual([
      [2, 'A. · Bidang Umum'],
      [4, 'B. · Bidang Keuangan'],
    ]);
    expect(r.dataRows).toBe(4);
  });

  it('a row of column numbers is no entry; a group heading above sub-numbered entries (1.a, 1.b) is listed, the entries read', () => {
    const tsv = [
      tab('NO', 'INFORMASI', 'DASAR HUKUM', 'JANGKA WAKTU', 'KONSEKUENSI', ''),
      tab('', '', '', '', 'DIBUKA', 'DITUTUP'),
      tab('1', '2', '3', '4', '5', '6'),
      tab('1', 'Informasi kepegawaian (fiktif)', '', '', '', ''),
      tab(
        '1.a',
        'Data gaji pegawai (fiktif)',
        'Pasal 17 huruf h UU No. 14 Tahun 2008',
        'Tidak terbatas',
        'Mengungkap data pribadi',
        'Melindungi data pribadi',
      ),
      tab(
        '1.b',
        'Riwayat penyakit pegawai (fiktif)',
        'Pasal 17 huruf h UU No. 14 Tahun 2008',
        'Tidak terbatas',
        'Mengungkap rahasia medis',
        'Melindungi data pribadi',
      ),
    ].join('\n');
    const r = importTable(tsv);
    expect(r.entries.map((e) => [e.number, e.data.title, e.data.period.kind])).toEqual([
      [1, 'Data gaji pegawai (fiktif)', 'indefinite'],
      [2, 'Riwayat penyakit pegawai (fiktif)', 'indefinite'],
    ]);
    expect(r.entries[0]!.data.consequence).toEqual({ opened: 'Mengungkap data pribadi', closed: 'Melindungi data pribadi' });
    expect(r.skipped).toEqual([
      expect.objectContaining({ row: 4, text: '1 · Informasi kepegawaian (fiktif)', reason: expect.stringMatching(/judul kelompok/) }),
    ]);
    expect(r.dataRows).toBe(3);
  });

  it('a numbered list written on one line is split into its items', () => {
    const basis = '1. Pasal 17 huruf h UU No. 14 Tahun 2008 2. UU No. 11 Tahun 2008';
    const csv = [
      'No;Informasi;Dasar Hukum;Dibuka;Ditutup;Jangka Waktu',
      `1;Rekaman CCTV (fiktif);${basis};Privasi terganggu;Melindungi privasi;5 tahun`,
    ].join('\n');
    const r = importTable(csv);
    expect(r.entries[0]!.data.legalBasisText).toEqual(['Pasal 17 huruf h UU No. 14 Tahun 2008', 'UU No. 11 Tahun 2008']);
    expect(r.entries[0]!.data.legalBasis).toEqual([{ law: 'uu-14-2008', article: '17', letter: 'h' }, { law: 'uu-11-2008' }]);
  });
});

describe('npm run import on an office file', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: REPO, encoding: 'utf8' });

  it('--json gives every source row: the entry it became (id, citations, period) or why it did not; nothing is written', () => {
    const c = contentCopy();
    try {
      const before = readdirSync(join(c.root, 'exemptions'));
      const r = run([file('tabel-fiktif.xlsx'), '--json', '--content', c.root]);
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as {
        format: string;
        part: string;
        dataRows: number;
        entries: number;
        skipped: number;
        rows: { row: number; id?: string; skipped?: string }[];
      };
      expect([out.format, out.part, out.dataRows, out.entries, out.skipped]).toEqual(['xlsx', 'DIK', 6, 5, 1]);
      expect(out.rows.map((x) => x.row)).toEqual([5, 6, 7, 8, 9, 11]);
      expect(out.rows[0]!.id).toBe('data-kesehatan-pegawai');
      expect(out.rows[5]!.skipped).toMatch(/kolom No/);
      expect(readdirSync(join(c.root, 'exemptions'))).toEqual(before);
    } finally {
      c.cleanup();
    }
  });

  it('says how many rows the source has, how many became entries, and lists the others', () => {
    const r = run([file('tabel-fiktif.docx'), '--dry-run']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('5 baris data setelah judul kolom: 5 menjadi entri, 0 tidak menjadi entri.');
  });

  it('a file that is no table is refused with its name and the reason, no stack trace', () => {
    const c = contentCopy();
    try {
      c.write('rusak.docx', 'PK\u0003\u0004 bukan dokumen');
      const r = run([join(c.root, 'rusak.docx'), '--dry-run']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/rusak\.docx" tidak dapat dibaca sebagai tabel/);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    } finally {
      c.cleanup();
    }
  });
});
