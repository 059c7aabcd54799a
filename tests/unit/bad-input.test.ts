// Each mistake an editor can make gets one clear message naming the file and the field,
// with a rule id and a fix, and the rest of the register still loads.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#content/check.ts';
import type { Problem } from '#domain/rules/registry.ts';
import { contentCopy, fixture, REPO } from '../helpers/content.ts';

let copy: ReturnType<typeof contentCopy> | null = null;
afterEach(() => {
  copy?.cleanup();
  copy = null;
});

function withEntry(name: string) {
  copy = contentCopy();
  copy.write(`exemptions/${name}`, fixture(`bad/${name}`));
  return checkContent(copy.root, { today: '2026-11-21' });
}

const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');

function expectOneError(ps: Problem[], expected: { file: string; field?: string; rule: string; line?: number; message: RegExp }) {
  const errs = errors(ps);
  expect(errs, JSON.stringify(errs, null, 1)).toHaveLength(1);
  const [p] = errs as [Problem];
  expect(p.file.endsWith(expected.file)).toBe(true);
  expect(p.field).toBe(expected.field);
  expect(p.rule).toBe(expected.rule);
  if (expected.line) expect(p.line).toBe(expected.line);
  expect(p.message).toMatch(expected.message);
  expect(p.hint?.length).toBeGreaterThan(10);
  // Plain Indonesian, not a zod or JavaScript message.
  expect(p.message).not.toMatch(/Invalid input|expected|received|ZodError|at .*\.ts:\d+/);
  return p;
}

describe('bad input', () => {
  it('a typo in a letter (huruf k): the letter named, and the entry left without a ground', () => {
    const ps = withEntry('huruf-k.mdx').problems;
    // basis-missing is never hidden by another rule: with huruf k the entry has no ground at all.
    expect(errors(ps).map((p) => p.rule)).toEqual(['basis-missing', 'basis-unknown']);
    const p = expectOneError(
      ps.filter((x) => x.rule === 'basis-unknown'),
      { file: 'exemptions/huruf-k.mdx', field: 'legalBasis[0].letter', rule: 'basis-unknown', line: 5, message: /tidak memiliki huruf k/ },
    );
    expect(p.hint).toMatch(/huruf a–j/);
  });

  it('a missing Dibuka text', () => {
    expectOneError(withEntry('dibuka-kosong.mdx').problems, {
      file: 'exemptions/dibuka-kosong.mdx',
      field: 'consequence.opened',
      rule: 'consequence-missing',
      message: /Dibuka/,
    });
  });

  it('a period kind that does not exist, with the kind its wording reads as', () => {
    const p = expectOneError(withEntry('jangka-waktu-tak-dikenal.mdx').problems, {
      file: 'exemptions/jangka-waktu-tak-dikenal.mdx',
      field: 'period.kind',
      rule: 'schema',
      line: 10,
      message: /"selamanya" tidak dikenal/,
    });
    expect(p.hint).toMatch(/kind: indefinite/);
  });

  it('a period written as bare text', () => {
    const p = expectOneError(withEntry('jangka-waktu-teks.mdx').problems, {
      file: 'exemptions/jangka-waktu-teks.mdx',
      field: 'period',
      rule: 'schema',
      line: 9,
      message: /kind.*text/,
    });
    expect(p.hint).toMatch(/kind: vague/);
  });

  it('a period that cannot be read as clear is a finding, not an error', () => {
    const r = withEntry('jangka-waktu-samar.mdx');
    expect(errors(r.problems)).toEqual([]);
    const vague = r.problems.filter((p) => p.rule === 'period-vague');
    expect(vague).toHaveLength(1);
    expect(vague[0]!.field).toBe('period');
    expect(r.counts.error).toBe(0);
  });

  it('a law not in the catalogue is a note naming the file to add, not an error', () => {
    const r = withEntry('uu-tak-dikenal.mdx');
    expect(errors(r.problems)).toEqual([]);
    const notes = r.problems.filter((p) => p.rule === 'law-uncatalogued');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'note', field: 'legalBasis[1].law', line: 6 });
    expect(notes[0]!.file.endsWith('exemptions/uu-tak-dikenal.mdx')).toBe(true);
    expect(notes[0]!.message).toMatch(/"uu-99-2099" belum ada di katalog/);
    expect(notes[0]!.hint).toMatch(/content\/laws\/uu-99-2099\.json/);
    // Huruf j with an Undang-Undang not yet catalogued: its level is read from the id.
    expect(r.problems.filter((p) => p.rule === 'huruf-j-no-law' && p.subject?.id === 'uu-tak-dikenal')).toEqual([]);
  });

  it('no Pasal 17 ground at all', () => {
    expectOneError(withEntry('tanpa-dasar.mdx').problems, {
      file: 'exemptions/tanpa-dasar.mdx',
      field: 'legalBasis',
      rule: 'basis-missing',
      message: /Pasal 17/,
    });
  });

  it('malformed frontmatter, at its line; the other 14 entries still load', () => {
    const r = withEntry('frontmatter-rusak.mdx');
    expectOneError(r.problems, {
      file: 'exemptions/frontmatter-rusak.mdx',
      field: undefined,
      rule: 'syntax',
      line: 4,
      message: /YAML tidak dapat dibaca/,
    });
    expect(r.tree.exemptions).toHaveLength(14);
  });

  it('a misspelt field name is one error with the correction', () => {
    const p = expectOneError(withEntry('salah-ketik-field.mdx').problems, {
      file: 'exemptions/salah-ketik-field.mdx',
      field: 'titel',
      rule: 'schema',
      line: 3,
      message: /tidak dikenal: `titel`/,
    });
    expect(p.hint).toContain('`titel` → `title`');
  });

  it('a duplicated id (same file name in a sub-folder)', () => {
    copy = contentCopy();
    copy.write('exemptions/unit-a/berkas-kepegawaian.mdx', copy.read('exemptions/berkas-kepegawaian.mdx').replace('order: 1', 'order: 15'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    const dup = errors(r.problems);
    expect(dup.map((p) => p.rule)).toEqual(['id-duplicate', 'id-duplicate']);
    expect(dup.map((p) => p.file).every((f) => f.endsWith('berkas-kepegawaian.mdx'))).toBe(true);
    expect(dup[0]!.message).toMatch(/dipakai oleh 2 berkas/);
  });

  it('a duplicated order number', () => {
    copy = contentCopy();
    copy.write('exemptions/kode-akses-aplikasi.mdx', copy.read('exemptions/kode-akses-aplikasi.mdx').replace('order: 4', 'order: 3'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    expect(errors(r.problems).map((p) => [p.rule, p.field])).toEqual([
      ['order-duplicate', 'order'],
      ['order-duplicate', 'order'],
    ]);
  });

  it('a tampered snapshot: one word changed in register.json', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/register.json';
    copy.write(rel, copy.read(rel).replace('Melindungi data pribadi', 'Melindungi data pegawai'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    const p = expectOneError(r.problems, {
      file: rel,
      field: undefined,
      rule: 'snapshot-hash',
      message: /telah diubah setelah ditetapkan/,
    });
    expect(p.hint).toMatch(/git/);
  });

  it('a reformatted snapshot (same data, other bytes)', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/register.json';
    copy.write(rel, JSON.stringify(JSON.parse(copy.read(rel))));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    expect(
      errors(r.problems)
        .map((p) => p.rule)
        .sort(),
    ).toEqual(['snapshot-hash', 'snapshot-noncanonical']);
  });

  it('a snapshot with a key written twice (read without the YAML parser) is not canonical', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/register.json';
    copy.write(rel, copy.read(rel).replace('{\n  "body": {', '{\n  "body": {"name": "x"},\n  "body": {'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    expect(errors(r.problems).map((p) => p.rule)).toContain('snapshot-noncanonical');
  });

  it('a decree element edited after freezing', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/decree.json';
    copy.write(rel, copy.read(rel).replace('"number": null', '"number": "188/KEP/2025"'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    expectOneError(r.problems, { file: rel, field: 'number', rule: 'snapshot-decree-mismatch', message: /berbeda dari yang dibekukan/ });
  });

  it('a removed snapshot', () => {
    copy = contentCopy();
    rmSync(join(copy.root, 'decrees/dik-2025-03/register.json'));
    expectOneError(checkContent(copy.root).problems, {
      file: 'decrees/dik-2025-03/register.json',
      field: undefined,
      rule: 'snapshot-missing',
      message: /tidak memiliki register.json/,
    });
  });

  it('malformed JSON in a law, at its line', () => {
    copy = contentCopy();
    copy.write(
      'laws/uu-43-2009.json',
      readFileSync(join(copy.root, 'laws/uu-43-2009.json'), 'utf8').replace('"Kearsipan",', '"Kearsipan"'),
    );
    const r = checkContent(copy.root);
    const syntax = errors(r.problems).filter((p) => p.rule === 'syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]!.file.endsWith('laws/uu-43-2009.json')).toBe(true);
    expect(syntax[0]!.line).toBe(6);
    // Entry 5 cites UU 43/2009, which could not be read: that is noted too, at the entry.
    expect(r.problems.filter((p) => p.rule === 'law-uncatalogued').map((p) => p.subject?.id)).toEqual(['hasil-rapat-pemerintahan']);
  });

  // Hostile or careless input (issue 13): refused with the file, the field and a fix.
  it('a website that is not http(s) (javascript: would run in every footer)', () => {
    copy = contentCopy();
    copy.write('body.json', copy.read('body.json').replace('"https://disperindag.nttprov.go.id/"', '"javascript:alert(1)"'));
    const p = expectOneError(checkContent(copy.root, { today: '2026-11-21' }).problems, {
      file: 'body.json',
      field: 'website',
      rule: 'schema',
      message: /hanya http:\/\/ atau https:\/\//,
    });
    expect(p.hint).toMatch(/https:\/\//);
  });

  it('a control character in a title', () => {
    copy = contentCopy();
    copy.write(
      'exemptions/berkas-kepegawaian.mdx',
      copy.read('exemptions/berkas-kepegawaian.mdx').replace('title: ', 'title: Dokumen\u0007 '),
    );
    expectOneError(checkContent(copy.root, { today: '2026-11-21' }).problems, {
      file: 'exemptions/berkas-kepegawaian.mdx',
      field: 'title',
      rule: 'schema',
      message: /karakter kendali/,
    });
  });

  it('a day the month does not have, as a decree date', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/decree.json';
    copy.write(rel, copy.read(rel).replace('"date": "2025-03"', '"date": "2025-04-31"'));
    const ps = errors(checkContent(copy.root, { today: '2026-11-21' }).problems).filter((p) => p.field === 'date');
    expect(ps.map((p) => p.message)).toEqual([expect.stringMatching(/bukan tanggal yang sah/)]);
  });

  it('dates that cannot be true: signed after today, in force before signing, a stage done after today', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/decree.json';
    const decree = JSON.parse(copy.read(rel));
    copy.write(rel, JSON.stringify({ ...decree, date: '2027-01-05', effective: '2026-12-01' }, null, 2));
    copy.write('cycle.json', JSON.stringify({ start: '2026-11-02', request: '2026-11-30' }, null, 2));
    const ps = checkContent(copy.root, { today: '2026-11-21' }).problems.filter((p) => p.rule === 'date-impossible');
    // Reported by file, as the check orders everything it says.
    expect(ps.map((p) => [p.file.split('/').slice(-2).join('/'), p.field, p.line, p.message])).toEqual([
      ['content/cycle.json', 'request', 3, 'Tahap request tercatat selesai 30 November 2026, sesudah hari ini (21 November 2026).'],
      [
        'dik-2025-03/decree.json',
        'date',
        6,
        'Keputusan dik-2025-03 bertanggal 5 Januari 2027, sesudah hari ini (21 November 2026): tanggal penetapan tidak mungkin di masa depan.',
      ],
      ['dik-2025-03/decree.json', 'effective', 7, 'Tanggal berlaku 1 Desember 2026 mendahului tanggal penetapan 5 Januari 2027.'],
    ]);
    expect(ps.every((p) => p.severity === 'error' && p.hint)).toBe(true);
  });

  it('an entry id that left the register is not reused for other information; the same entry may return', () => {
    const base = mkdtempSync(join(tmpdir(), 'ppid-dik-id-'));
    try {
      const root = join(base, 'content');
      cpSync(join(REPO, 'tests/fixtures/versions/content'), root, { recursive: true });
      const entry = (title: string) =>
        readFileSync(join(root, 'exemptions/kode-akses-aplikasi.mdx'), 'utf8')
          .replace(/^order: \d+$/m, 'order: 40')
          .replace(/^title: .*$/m, `title: ${title}`);
      const file = join(root, 'exemptions/laporan-keuangan-belum-diaudit.mdx');
      writeFileSync(file, entry('Daftar hadir rapat koordinasi'));
      const ps = checkContent(root, { today: '2026-11-21' }).problems.filter((p) => p.rule === 'id-reused');
      expect(ps.map((p) => [p.file.split('/').slice(-2).join('/'), p.field, p.line, p.severity, p.message])).toEqual([
        [
          'exemptions/laporan-keuangan-belum-diaudit.mdx',
          'title',
          3,
          'error',
          'Id "laporan-keuangan-belum-diaudit" pernah dipakai untuk informasi lain: versi fiktif-2025-09 terakhir memuatnya dengan judul "Laporan keuangan yang belum diaudit".',
        ],
      ]);
      // The same information returning keeps its id.
      writeFileSync(file, entry('Laporan keuangan  yang belum diaudit'));
      expect(checkContent(root, { today: '2026-11-21' }).problems.filter((p) => p.rule === 'id-reused')).toEqual([]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('corrections and a withdrawal: dated no later than today, not before signing, and no withdrawal once in force', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/decree.json';
    const decree = JSON.parse(copy.read(rel));
    copy.write(
      rel,
      JSON.stringify(
        {
          ...decree,
          corrections: [
            { date: '2026-12-01', note: 'Ralat dari masa depan.' },
            { date: '2025-02-27', note: 'Ralat sebelum ditandatangani.' },
          ],
          withdrawn: { date: '2026-01-05', reason: 'Dicabut.' },
        },
        null,
        2,
      ),
    );
    const ps = checkContent(copy.root, { today: '2026-11-21' }).problems.filter((p) =>
      ['date-impossible', 'withdrawn-in-force'].includes(p.rule),
    );
    expect(ps.map((p) => [p.rule, p.field, p.message])).toEqual([
      [
        'date-impossible',
        'corrections[0].date',
        'Tanggal 1 Desember 2026 sesudah hari ini (21 November 2026): ralat atau penarikan dicatat setelah terjadi.',
      ],
      ['date-impossible', 'corrections[1].date', 'Tanggal 27 Februari 2025 mendahului tanggal penetapan keputusan (Maret 2025).'],
      [
        'withdrawn-in-force',
        'withdrawn.date',
        'Versi dik-2025-03 dicatat ditarik pada 5 Januari 2026, padahal sudah berlaku sejak 31 Maret 2025.',
      ],
    ]);
    expect(ps.every((p) => p.severity === 'error' && p.hint && p.line)).toBe(true);
  });
});
