// Mistakes and hostile input on the command line: one line in plain Indonesian, exit 2, no
// stack trace, nothing written (issue 13).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#content/check.ts';
import { contentCopy, REPO } from '../helpers/content.ts';

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(REPO, 'scripts', script), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env } });

let copy: ReturnType<typeof contentCopy> | null = null;
afterEach(() => {
  copy?.cleanup();
  copy = null;
});

describe('command-line mistakes', () => {
  it.each([
    [
      'new.ts',
      [
        '--title',
        'X',
        '--basis',
        'Pasal 17 huruf h UU 14/2008',
        '--opened',
        'a',
        '--closed',
        'b',
        '--period',
        '5 tahun',
        '--order',
        '99999999999999999999',
        '--dry-run',
      ],
      /bukan nomor urut/,
    ],
    ['import.ts', ['/tmp'], /bukan berkas tabel/],
    ['summary.ts', ['HEAD', '--out', '/tidak-ada/ringkasan.md'], /tidak dapat ditulis/],
    ['summary.ts', ['/etc'], /bukan folder konten/],
    ['check.ts', ['--today', '2025-13-45'], /bukan tanggal/],
  ])('%s %j', (script, args, message) => {
    const r = run(script, args);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|Error:|ZodError/);
  });

  it('a YAML alias bomb in a frontmatter is a syntax error of that file, not a hang or a crash', () => {
    copy = contentCopy();
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ];
    copy.write('exemptions/bom.mdx', `---\n${bomb.join('\n')}\ntitle: Bom\n---\n`);
    const r = checkContent(copy.root, { today: '2026-11-21' });
    const p = r.problems.filter((x) => x.file.endsWith('exemptions/bom.mdx') && x.severity === 'error');
    expect(p.map((x) => x.rule)).toContain('syntax');
  });

  it('a frontmatter line ending in --- does not end the frontmatter', () => {
    copy = contentCopy();
    const rel = 'exemptions/berkas-kepegawaian.mdx';
    copy.write(rel, copy.read(rel).replace(/^title: (.*)$/m, 'title: $1 ---'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const e = r.tree.exemptions.find((x) => x.id === 'berkas-kepegawaian')!;
    expect(e.data.title).toMatch(/ ---$/);
    expect(e.data.period.kind).toBe('indefinite');
  });

  it('a symbolic link in the content is reported, never followed (outside the tree, or a loop)', () => {
    copy = contentCopy();
    symlinkSync('/etc/passwd', join(copy.root, 'exemptions/bocor.mdx'));
    symlinkSync(join(copy.root, 'exemptions'), join(copy.root, 'exemptions/putaran'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    const links = r.problems.filter((p) => /tautan simbolik/.test(p.message)).map((p) => p.file.split('/').pop());
    expect(links.sort()).toEqual(['bocor.mdx', 'putaran']);
    expect(r.tree.exemptions.map((e) => e.id)).not.toContain('bocor');
  });

  it('a content file that is not UTF-8 is refused with its line, not read with replacement characters', () => {
    copy = contentCopy();
    const rel = 'exemptions/berkas-kepegawaian.mdx';
    const bytes = Buffer.from(copy.read(rel), 'utf8');
    const at = bytes.indexOf(Buffer.from('title:'));
    writeFileSync(join(copy.root, rel), Buffer.concat([bytes.subarray(0, at + 7), Buffer.from([0xe9]), bytes.subarray(at + 7)]));
    const [p] = checkContent(copy.root, { today: '2026-11-21' }).problems.filter((x) => x.file.endsWith(rel));
    expect(p).toMatchObject({ rule: 'syntax', line: 3 });
    expect(p!.message).toMatch(/bukan UTF-8 mulai baris 3/);
  });

  it('an imported CSV that is not UTF-8 is refused with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppid-csv-'));
    try {
      const csv = join(dir, 'tabel.csv');
      writeFileSync(
        csv,
        Buffer.concat([
          Buffer.from('No,Informasi,Dasar Hukum,Dibuka,Ditutup,Jangka Waktu\n1,Data pegawai '),
          Buffer.from([0xe9]),
          Buffer.from(',Pasal 17 huruf h UU 14/2008,a,b,5 tahun\n'),
        ]),
      );
      const r = run('import.ts', [csv, '--dry-run']);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/bukan UTF-8 mulai baris 2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an sk.pdf that is no PDF is reported', () => {
    copy = contentCopy();
    copy.write('decrees/dik-2025-03/sk.pdf', '<html>bukan pdf</html>');
    const r = checkContent(copy.root, { today: '2026-11-21' });
    expect(r.problems.some((p) => p.file.endsWith('sk.pdf') && /bukan berkas PDF/.test(p.message))).toBe(true);
  });

  it('a text over its bound is refused with its length, not printed whole', () => {
    copy = contentCopy();
    const rel = 'exemptions/berkas-kepegawaian.mdx';
    copy.write(rel, copy.read(rel).replace(/^title: .*$/m, `title: ${'Dokumen '.repeat(700)}`));
    const [p] = checkContent(copy.root, { today: '2026-11-21' }).problems.filter((x) => x.file.endsWith(rel) && x.severity === 'error');
    expect(p).toMatchObject({ field: 'title' });
    expect(p!.message).toMatch(/terlalu panjang: 5599 karakter, paling banyak 5000/);
    expect(p!.message.length).toBeLessThan(200);
  });

  it('bidirectional and zero-width characters are pointed out', () => {
    copy = contentCopy();
    const rel = 'exemptions/berkas-kepegawaian.mdx';
    copy.write(rel, copy.read(rel).replace('closed: Melindungi data pribadi', 'closed: Melindungi data\u202E pribadi\u200B'));
    const [p] = checkContent(copy.root, { today: '2026-11-21' }).problems.filter((x) => x.rule === 'text-invisible');
    expect(p).toMatchObject({ severity: 'note', field: 'consequence.closed' });
    expect(p!.message).toMatch(/U\+202E, U\+200B/);
  });

  it('a hidden folder left in the entries (an interrupted import) is reported, and its files are no entries', () => {
    copy = contentCopy();
    copy.write('exemptions/.impor-abc123/entri-sisa.mdx', copy.read('exemptions/berkas-kepegawaian.mdx').replace('order: 1', 'order: 99'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    expect(r.tree.exemptions.map((e) => e.id)).not.toContain('entri-sisa');
    expect(r.problems.some((p) => /Folder tersembunyi ".impor-abc123"/.test(p.message))).toBe(true);
  });

  it('a cycle file equal to the one the latest decree records (an interrupted decree) is refused, not recorded twice', () => {
    copy = contentCopy();
    const cycle = { start: '2026-01-05', request: '2026-01-08', validation: null, decree: null, update: null, documentation: null };
    const rel = 'decrees/dik-2025-03/decree.json';
    copy.write(rel, JSON.stringify({ ...JSON.parse(copy.read(rel)), cycle }, null, 2));
    copy.write('cycle.json', JSON.stringify(cycle, null, 2));
    const errors = checkContent(copy.root, { today: '2026-11-21' }).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.message)).toEqual([expect.stringMatching(/sudah tercatat di keputusan dik-2025-03/)]);
  });

  it('a content folder that is itself a symbolic link is reported, not followed', () => {
    copy = contentCopy();
    const elsewhere = mkdtempSync(join(tmpdir(), 'ppid-laws-'));
    try {
      renameSync(join(copy.root, 'laws'), join(elsewhere, 'laws'));
      symlinkSync(join(elsewhere, 'laws'), join(copy.root, 'laws'));
      const r = checkContent(copy.root, { today: '2026-11-21' });
      expect(r.tree.laws).toEqual([]);
      expect(r.problems.some((p) => p.file.endsWith('laws') && /tautan simbolik/.test(p.message))).toBe(true);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('a frozen register.json that is not UTF-8 is refused, whatever hash decree.json records', () => {
    copy = contentCopy();
    const rel = 'decrees/dik-2025-03/register.json';
    const bytes = Buffer.from(copy.read(rel), 'utf8');
    const at = bytes.indexOf(Buffer.from('Dokumen'));
    const bad = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at + 1)]);
    writeFileSync(join(copy.root, rel), bad);
    const decree = JSON.parse(copy.read('decrees/dik-2025-03/decree.json'));
    decree.register.sha256 = createHash('sha256').update(bad).digest('hex');
    copy.write('decrees/dik-2025-03/decree.json', JSON.stringify(decree, null, 2));
    const errors = checkContent(copy.root, { today: '2026-11-21' }).problems.filter((p) => p.severity === 'error');
    expect(errors.some((p) => p.file.endsWith('register.json') && /bukan UTF-8/.test(p.message))).toBe(true);
  });
});
