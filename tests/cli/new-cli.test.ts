// npm run new: a valid entry file from an editor's words, or a clear refusal and no file.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#content/check.ts';
import { loadContent } from '#content/load.ts';
import { contentCopy, REPO } from '../helpers/content.ts';

let copy: ReturnType<typeof contentCopy> | null = null;
afterEach(() => {
  copy?.cleanup();
  copy = null;
});
const run = (root: string, args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', '--content', root, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const good = [
  '--title',
  'Data kesehatan pegawai (fiktif)',
  '--basis',
  'Pasal 17 huruf h angka 2 UU No. 14 Tahun 2008',
  '--opened',
  'Mengungkap riwayat kesehatan pegawai',
  '--closed',
  'Melindungi data pribadi',
  '--period',
  '5 tahun',
];
const withArg = (name: string, value: string) => {
  const a = [...good];
  a[a.indexOf(name) + 1] = value;
  return a;
};

describe('npm run new', () => {
  it('writes an entry that passes npm run check, echoing the citation and the period in plain words', () => {
    copy = contentCopy();
    const r = run(copy.root, good);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Entri baru: data-kesehatan-pegawai (nomor urut 15)');
    expect(r.stdout).toContain('Dasar hukum: Pasal 17 huruf h angka 2 UU 14/2008');
    expect(r.stdout).toContain('"5 tahun" dibaca sebagai duration: Dikecualikan selama 5 tahun sejak keputusan ditetapkan.');
    const e = loadContent(copy.root).exemptions.find((x) => x.id === 'data-kesehatan-pegawai')!;
    expect(e.data).toMatchObject({
      order: 15,
      legalBasis: [{ law: 'uu-14-2008', article: '17', letter: 'h', items: [2] }],
      period: { kind: 'duration', years: 5 },
    });
    expect(checkContent(copy.root, { today: '2026-11-21' }).counts.error).toBe(0);
  });

  it('keeps a law the catalogue does not have, and names the file to add', () => {
    copy = contentCopy();
    const r = run(copy.root, [...withArg('--basis', 'Pasal 17 huruf j UU No. 14 Tahun 2008; UU No. 99 Tahun 2030'), '--dry-run']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /Catatan tinjauan \[law-uncatalogued\]: Peraturan "uu-99-2030" belum ada di katalog peraturan \(content\/laws\)/,
    );
  });

  it('shows the findings a new entry would bring', () => {
    copy = contentCopy();
    const args = withArg('--basis', 'Pasal 17 huruf b UU No. 14 Tahun 2008');
    args[args.indexOf('--period') + 1] = 'Tidak terbatas';
    const r = run(copy.root, [...args, '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Temuan \[pasal20-permanent\]/);
  });

  const refusals: [string, string[], RegExp][] = [
    ['a missing field', good.slice(0, -2), /Jangka waktu \(--period\) wajib diisi/],
    ['a letter Pasal 17 does not have', withArg('--basis', 'Pasal 17 huruf k UU No. 14 Tahun 2008'), /tidak memiliki huruf k/],
    [
      'a citation that cannot be right',
      withArg('--basis', 'Pasal 17 huruf h UU No. 14 Tahun 2008; Pasal 322 UU No. 8 Tahun 1981'),
      /hanya memiliki 286 pasal/,
    ],
    [
      'a basis without a Pasal 17 ground',
      withArg('--basis', 'UU No. 43 Tahun 2009 tentang Kearsipan'),
      /Tidak ada alasan pengecualian Pasal 17/,
    ],
    ['an unreadable basis', withArg('--basis', 'Peraturan internal kantor'), /tidak terbaca sebagai rujukan peraturan/],
    ['a vague period', withArg('--period', 'Selama jangka waktu tertentu'), /tidak dapat dibaca sebagai lama waktu/],
    ['an id in use', [...good, '--id', 'berkas-kepegawaian'], /sudah dipakai/],
    ['an order in use', [...good, '--order', '3'], /Nomor urut 3 sudah dipakai/],
  ];
  for (const [name, args, message] of refusals) {
    it(`refuses ${name} and writes nothing`, () => {
      copy = contentCopy();
      const before = readdirSync(join(copy.root, 'exemptions'));
      const r = run(copy.root, args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('tidak ada berkas yang ditulis');
      expect(readdirSync(join(copy.root, 'exemptions'))).toEqual(before);
    });
  }

  it('never reuses the id of an entry that a decree froze, even after it left the working copy', () => {
    copy = contentCopy();
    rmSync(join(copy.root, 'exemptions/berkas-kepegawaian.mdx'));
    const r = run(copy.root, [...good, '--id', 'berkas-kepegawaian']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/versi yang pernah ditetapkan/);
  });
});
