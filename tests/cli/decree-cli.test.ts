// npm run decree on a copy of the shipped content: a second decree from an edited working
// copy, and every refusal leaves the content exactly as it was.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '#domain/canonical.ts';
import { checkContent } from '#content/check.ts';
import { contentCopy, fixture, REPO } from '../helpers/content.ts';

let copy: ReturnType<typeof contentCopy> | null = null;
afterEach(() => {
  copy?.cleanup();
  copy = null;
});

const required = [
  '--kind',
  'pemutakhiran',
  '--title',
  'Pemutakhiran (fiktif)',
  '--signatory-name',
  'Pejabat Fiktif',
  '--signatory-position',
  'Kepala Dinas (fiktif)',
];
function decree(root: string, args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/decree.ts', '--content', root, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
/** Every file under the content root with its hash: "nothing written" means this is unchanged. */
function snapshotTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) out[join(f.parentPath, f.name).slice(root.length)] = sha256Hex(readFileSync(join(f.parentPath, f.name)));
  }
  return out;
}

describe('npm run decree', () => {
  it('freezes an edited working copy as a second decree chained to the first', () => {
    copy = contentCopy();
    const rel = 'exemptions/dokumen-karya-intelektual.mdx';
    copy.write(
      rel,
      copy
        .read(rel)
        .replace('kind: indefinite\n  text: Tidak terbatas', 'kind: duration\n  text: 5 tahun\n  years: 5\n  from: { kind: decree }'),
    );
    const r = decree(copy.root, ['--id', 'fiktif-2026-01', '--date', '2026-01-15', '--number', 'FIKTIF/1/2026', ...required]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Keputusan fiktif-2026-01: 14 entri; 0 ditambah, 0 dihapus, 1 diubah, 0 berpindah nomor.');
    const first = JSON.parse(copy.read('decrees/dik-2025-03/decree.json'));
    const reg = JSON.parse(copy.read('decrees/fiktif-2026-01/register.json'));
    const dec = JSON.parse(copy.read('decrees/fiktif-2026-01/decree.json'));
    expect(reg.previousSha256).toBe(first.register.sha256);
    expect(dec.supersedes).toBe('dik-2025-03');
    // The letterhead in body.json is recorded on the decree its archive is printed from.
    expect(dec.letterhead).toEqual(JSON.parse(copy.read('body.json')).letterhead);
    expect(dec.register.sha256).toBe(sha256Hex(copy.read('decrees/fiktif-2026-01/register.json')));
    expect(reg.entries.find((e: { id: string }) => e.id === 'dokumen-karya-intelektual').period.years).toBe(5);
    const check = checkContent(copy.root, { today: '2026-11-21' });
    expect(check.counts.error).toBe(0);
    expect(check.chain!.map((d) => d.id)).toEqual(['dik-2025-03', 'fiktif-2026-01']);
  });

  it('--dry-run reports and writes nothing', () => {
    copy = contentCopy();
    const before = snapshotTree(copy.root);
    const r = decree(copy.root, ['--id', 'fiktif-2026-01', '--date', '2026-01', '--dry-run', ...required]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\(uji coba, tidak ditulis\)/);
    expect(r.out).toContain('penetapan ulang');
    expect(snapshotTree(copy.root)).toEqual(before);
  });

  for (const [name, args, message] of [
    ['a missing date', ['--id', 'fiktif-2026-01', ...required], /Tanggal penetapan \(--date\) wajib diisi/],
    ['an invalid date', ['--id', 'fiktif-2026-01', '--date', '15/01/2026', ...required], /"15\/01\/2026" bukan tanggal yang sah/],
    ['an id already used', ['--id', 'dik-2025-03', '--date', '2026-01-15', ...required], /sudah ada di content\/decrees\/dik-2025-03/],
    // A decree that applies later is signed now, with --effective later.
    ['a date after today', ['--id', 'fiktif-2099', '--date', '2099-01-02', ...required], /bertanggal 2 Januari 2099, sesudah hari ini/],
    [
      'a date before the previous decree',
      ['--id', 'fiktif-2024', '--date', '2024-12-31', ...required],
      /mendahului keputusan terakhir "dik-2025-03"/,
    ],
  ] as const) {
    it(`refuses ${name}, writing nothing`, () => {
      copy = contentCopy();
      const before = snapshotTree(copy.root);
      const r = decree(copy.root, [...args]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err).toContain('tidak ada berkas yang ditulis');
      expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(snapshotTree(copy.root)).toEqual(before);
    });
  }

  it('refuses when the working copy has errors, writing nothing', () => {
    copy = contentCopy();
    copy.write('exemptions/huruf-k.mdx', fixture('bad/huruf-k.mdx'));
    const before = snapshotTree(copy.root);
    const r = decree(copy.root, ['--id', 'fiktif-2026-01', '--date', '2026-01-15', ...required]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/masih memiliki 2 galat/);
    expect(snapshotTree(copy.root)).toEqual(before);
  });

  it('bad usage exits 2', () => {
    copy = contentCopy();
    expect(decree(copy.root, ['--tanggal', '2026-01-01']).code).toBe(2);
  });
});
