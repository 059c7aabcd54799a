// The importer on the seed register and on variant tables as public bodies export them.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { slugFor } from '#content/entry-file.ts';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#content/check.ts';
import { parseBasis as parseBasisWith } from '#domain/citation-parse.ts';
import { loadContent } from '#content/load.ts';
import { importTable as importTableWith } from '#content/import-table.ts';
import { exemptionSchema } from '#domain/schema/index.ts';
import { contentCopy, fixture, REPO, SHIPPED, shippedCatalogue } from '../helpers/content.ts';

// The importer as the import CLI runs it: with the shipped catalogue of laws.
const CAT = await shippedCatalogue();
const parseBasis = (text: string) => parseBasisWith(text, CAT);
const importTable = (text: string) => importTableWith(text, { catalogue: CAT });

describe('importing the seed register', () => {
  it('reproduces the data of all 14 shipped entries', () => {
    const r = importTable(fixture('seeds/dik-disperindag-ntt-2025-03.txt'));
    expect(r.issues).toEqual([]);
    const shipped = [...loadContent(SHIPPED).exemptions].sort((a, b) => a.data.order - b.data.order);
    expect(r.entries.map((e) => exemptionSchema.parse(e.data))).toEqual(shipped.map((e) => e.data));
  });
});

describe('variant tables', () => {
  it('a spreadsheet exported as TSV: header repeated on every page, list cells spilling over lines, text after the table', () => {
    const r = importTable(fixture('import/tabel-ekspor-spreadsheet.tsv'));
    expect(r.format).toBe('tsv');
    expect(r.entries.map((e) => e.number)).toEqual([1, 2, 3, 4]);
    const [a, b, c, d] = r.entries.map((e) => e.data);
    expect(a!.legalBasis).toEqual([{ law: 'uu-14-2008', article: '17', letter: 'h', items: [2] }]);
    expect(a!.period).toEqual({ kind: 'indefinite', text: 'Permanen' });
    expect(b!.legalBasis).toEqual([{ law: 'uu-14-2008', article: '17', letter: 'i' }, { law: 'uu-43-2009' }]);
    expect(b!.legalBasisText).toEqual(['Pasal 17 huruf i UU KIP', 'UU No. 43 Tahun 2009 tentang Kearsipan']);
    expect(b!.period).toMatchObject({ kind: 'duration', years: 5 });
    expect(c!.legalBasis).toEqual([
      { law: 'uu-14-2008', article: '17', letter: 'g' },
      { law: 'uu-14-2008', article: '17', letter: 'h', items: [3] },
    ]);
    expect(c!.period).toMatchObject({ kind: 'until-consent', party: 'yang bersangkutan' });
    expect(d!.legalBasis).toEqual([{ law: 'uu-14-2008', article: '17', letter: 'a', items: [1, 2] }]);
    expect(d!.period).toMatchObject({
      kind: 'mixed',
      parts: [
        { kind: 'duration', years: 3 },
        { kind: 'until-event', event: 'selesainya penyelidikan' },
      ],
    });
    // The assumption about "Pasal 17 (g), (h)" naming no law is reported, not hidden.
    expect(r.issues).toEqual([expect.objectContaining({ row: 11, column: 'Dasar Hukum', severity: 'note' })]);
  });

  it('an Excel CSV: semicolons, quoted cells with separators and line breaks, several laws', () => {
    const r = importTable(fixture('import/tabel-excel.csv'));
    expect(r.format).toBe('csv');
    expect(r.issues).toEqual([]);
    expect(r.entries[0]!.data.title).toBe('Data pelaku usaha; nama dan alamat (fiktif)');
    expect(r.entries[0]!.data.period).toMatchObject({ kind: 'while', condition: 'masih dalam proses perizinan' });
    expect(r.entries[1]!.data.legalBasis).toEqual([{ law: 'uu-14-2008', article: '17', letter: 'j' }, { law: 'uu-15-2004' }]);
    expect(r.entries[1]!.data.period).toMatchObject({ kind: 'until-event', event: 'terbitnya laporan hasil pemeriksaan' });
  });

  it('reports every cell it cannot read, with row and column, instead of guessing', () => {
    const r = importTable(fixture('import/tabel-tak-terbaca.csv'));
    expect(r.issues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [2, 'Dasar Hukum', 'unread'],
      [2, 'Ditutup', 'unread'],
      // "-" and "Selama jangka waktu tertentu" are read: as vague periods, which the check
      // reports as a finding; the importer only notes it.
      [2, 'Jangka Waktu', 'note'],
      [3, 'Informasi', 'unread'],
      [3, 'Jangka Waktu', 'note'],
    ]);
    expect(r.entries[0]!.data.legalBasis).toEqual([]);
    expect(r.entries[1]!.data.period.kind).toBe('vague');
  });

  it('a table without the expected header says so', () => {
    const r = importTable('a,b,c\n1,2,3\n');
    expect(r.entries).toEqual([]);
    expect(r.issues[0]!.message).toMatch(/Informasi.*Dasar Hukum/);
  });
});

describe('citation forms', () => {
  for (const [text, expected] of [
    ['Pasal 17 huruf h UU No. 14 Tahun 2008', [{ law: 'uu-14-2008', article: '17', letter: 'h' }]],
    [
      'Pasal 17 huruf b dan huruf h Undang-Undang Nomor 14 Tahun 2008',
      [
        { law: 'uu-14-2008', article: '17', letter: 'b' },
        { law: 'uu-14-2008', article: '17', letter: 'h' },
      ],
    ],
    ['Pasal 20 ayat (1) UU 14/2008', [{ law: 'uu-14-2008', article: '20', paragraph: '1' }]],
    ['PP No. 61 Tahun 2010', [{ law: 'pp-61-2010' }]],
    ['Pasal 17 huruf c angka 7 UU KIP', [{ law: 'uu-14-2008', article: '17', letter: 'c', items: [7] }]],
  ] as const) {
    it(text, () => expect(parseBasis(text).citations).toEqual(expected));
  }
});

describe('npm run import', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: REPO, encoding: 'utf8' });

  it('--dry-run writes nothing', () => {
    const c = contentCopy();
    try {
      const before = readdirSync(join(c.root, 'exemptions'));
      const r = run([join(REPO, 'tests/fixtures/import/tabel-ekspor-spreadsheet.tsv'), '--content', c.root, '--dry-run']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('tidak ada berkas yang ditulis');
      expect(readdirSync(join(c.root, 'exemptions'))).toEqual(before);
    } finally {
      c.cleanup();
    }
  });

  it('imports the seed into an empty register that then passes npm run check, with new ids', () => {
    const c = contentCopy();
    try {
      rmSync(join(c.root, 'exemptions'), { recursive: true });
      const r = run([join(REPO, 'tests/fixtures/seeds/dik-disperindag-ntt-2025-03.txt'), '--content', c.root]);
      expect(r.status, r.stderr).toBe(0);
      const files = readdirSync(join(c.root, 'exemptions'));
      expect(files).toHaveLength(14);
      // Ids of the frozen version are never reused.
      expect(files).toContain('data-hukum-disiplin-pegawai-2.mdx');
      expect(checkContent(c.root, { today: '2026-11-21' }).counts.error).toBe(0);
      // Importing again would duplicate every entry: refused, nothing written.
      const again = run([join(REPO, 'tests/fixtures/seeds/dik-disperindag-ntt-2025-03.txt'), '--content', c.root]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('14 entri sudah ada di salinan kerja');
      expect(readdirSync(join(c.root, 'exemptions'))).toHaveLength(14);
    } finally {
      c.cleanup();
    }
  });
});

describe('ids for many rows of one title', () => {
  it('are the title, then -2, -3 … in order, each once, whatever else is taken', () => {
    const taken = new Set(['data-pegawai', 'data-pegawai-3']);
    const ids: string[] = [];
    for (let i = 0; i < 48_000; i++) {
      const id = slugFor('Data pegawai', taken);
      taken.add(id);
      ids.push(id);
    }
    expect(ids.slice(0, 3)).toEqual(['data-pegawai-2', 'data-pegawai-4', 'data-pegawai-5']);
    expect(new Set(ids).size).toBe(48_000);
    expect(ids.at(-1)).toBe('data-pegawai-48002');
  });
});
