// npm run sk records a version's signed decree: the file byte for byte, its hash, and its
// signatures checked against content/trust, frozen in decree.json; it refuses, writing
// nothing, what would change a recorded scan or a frozen result; verify then re-checks it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '#domain/canonical.ts';
import { checkContent } from '#content/check.ts';
import { contentCopy, REPO } from '../helpers/content.ts';
import { makePki, signPdf, tampered, unsignedPdf, type Pki } from '../helpers/signed-pdf.ts';

let work: string;
let pki: Pki & ReturnType<typeof makePki>;
let signed: string;
let copy: ReturnType<typeof contentCopy> | null = null;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ppid-sk-'));
  pki = makePki(join(work, 'pki'));
  signed = join(work, 'sk-bertanda-tangan.pdf');
  writeFileSync(signed, signPdf(unsignedPdf(), pki.signer, join(work, 'kerja')));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  copy?.cleanup();
  copy = null;
});

const sk = (root: string, args: string[]) =>
  spawnSync(process.execPath, ['scripts/sk.ts', '--content', root, ...args], { cwd: REPO, encoding: 'utf8' });
const verify = (root: string) =>
  spawnSync(process.execPath, ['scripts/verify.ts', '--content', root, '--no-site'], { cwd: REPO, encoding: 'utf8' });
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(root, { recursive: true, withFileTypes: true }))
    if (f.isFile()) out[join(f.parentPath, f.name).slice(root.length)] = sha256Hex(readFileSync(join(f.parentPath, f.name)));
  return out;
}
/** The shipped content with the fictional root trusted, as an editor would add BSrE's. */
function withRoot() {
  copy = contentCopy();
  copy.write('trust/akar-fiktif.pem', `Sumber: dibuat oleh pengujian, 2026-11-30\n${readFileSync(pki.root, 'utf8')}`);
  return copy;
}

describe('npm run sk', () => {
  it('records the signed decree byte for byte, its hash and its checked signatures; the content stays valid', () => {
    const c = withRoot();
    const r = sk(c.root, ['--id', 'dik-2025-03', '--file', signed]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 tanda tangan elektronik diperiksa');
    expect(r.stdout).toContain('#1 valid: C=ID, O=Pemerintah Provinsi Fiktif, CN=Kepala Dinas Fiktif');
    const bytes = readFileSync(join(c.root, 'decrees/dik-2025-03/sk.pdf'));
    expect(bytes.equals(readFileSync(signed))).toBe(true);
    const decree = JSON.parse(c.read('decrees/dik-2025-03/decree.json'));
    expect(decree.sk).toMatchObject({ file: 'sk.pdf', sha256: sha256Hex(bytes) });
    expect(decree.sk.signatures).toHaveLength(1);
    expect(decree.sk.signatures[0]).toMatchObject({ verdict: 'valid', root: 'C=ID, O=Otoritas Sertifikat Fiktif, CN=Akar Fiktif G1' });
    expect(checkContent(c.root, { today: '2026-11-30' }).counts.error).toBe(0);
    const v = verify(c.root);
    expect(v.stdout).toContain('COCOK        versi dik-2025-03: tanda tangan elektronik sk.pdf  hasil sama dengan yang dibekukan: valid');
  });

  it('refuses, writing nothing: another scan for a recorded one, a file that is not a PDF, an unknown version', () => {
    const c = withRoot();
    expect(sk(c.root, ['--id', 'dik-2025-03', '--file', signed]).status).toBe(0);
    const before = tree(c.root);
    const other = join(work, 'lain.pdf');
    writeFileSync(other, tampered(readFileSync(signed)));
    const text = join(work, 'bukan.pdf');
    writeFileSync(text, 'bukan PDF');
    const cases: [string[], RegExp][] = [
      [['--id', 'dik-2025-03', '--file', other], /sudah memiliki sk\.pdf lain; SK yang sudah tercatat tidak pernah diganti/],
      [['--id', 'dik-2025-03', '--file', text], /bukan berkas PDF/],
      [['--id', 'tidak-ada', '--file', signed], /Versi "tidak-ada" tidak ada di content\/decrees/],
    ];
    for (const [args, message] of cases) {
      const r = sk(c.root, args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('→ Perbaikan:');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(tree(c.root)).toEqual(before);
  });

  it('a frozen result stays: with its root gone, sk refuses to rewrite it and verify fails, saying how to go on', () => {
    const c = withRoot();
    expect(sk(c.root, ['--id', 'dik-2025-03', '--file', signed]).status).toBe(0);
    rmSync(join(c.root, 'trust/akar-fiktif.pem'));
    const before = tree(c.root);
    const r = sk(c.root, ['--id', 'dik-2025-03']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sudah dibekukan dan hasil hari ini berbeda');
    expect(tree(c.root)).toEqual(before);
    // Without the root it was frozen with, the result cannot be re-checked: that fails, and says how to go on.
    const v = verify(c.root);
    expect(v.status).toBe(1);
    expect(v.stdout).toContain(
      'TIDAK COCOK  versi dik-2025-03: tanda tangan elektronik sk.pdf  sertifikat akar yang dipakai saat dibekukan tidak ada',
    );
    expect(v.stdout).toContain('npm run sk -- --id dik-2025-03 --recheck');
    // A result edited by hand is caught: the same file and roots give another result.
    c.write('trust/akar-fiktif.pem', `Sumber: dibuat oleh pengujian, 2026-11-30\n${readFileSync(pki.root, 'utf8')}`);
    const decree = JSON.parse(c.read('decrees/dik-2025-03/decree.json'));
    decree.sk.signatures[0].integrity = 'altered';
    c.write('decrees/dik-2025-03/decree.json', JSON.stringify(decree, null, 2));
    const edited = verify(c.root);
    expect(edited.status).toBe(1);
    expect(edited.stdout).toContain('TIDAK COCOK  versi dik-2025-03: tanda tangan elektronik sk.pdf  hasil hari ini (valid)');
  });

  it('a root added later: verify keeps to the roots frozen with the result; --recheck records the new trust', () => {
    copy = contentCopy();
    expect(sk(copy.root, ['--id', 'dik-2025-03', '--file', signed]).status).toBe(0);
    const frozen = JSON.parse(copy.read('decrees/dik-2025-03/decree.json')).sk;
    expect([frozen.signatures[0].verdict, frozen.trust]).toEqual(['untrusted', []]);
    copy.write('trust/akar-fiktif.pem', `Sumber: dibuat oleh pengujian, 2026-11-30\n${readFileSync(pki.root, 'utf8')}`);
    expect(verify(copy.root).stdout).toContain('hasil sama dengan yang dibekukan: untrusted');
    expect(sk(copy.root, ['--id', 'dik-2025-03']).status).toBe(1);
    const r = sk(copy.root, ['--id', 'dik-2025-03', '--recheck']);
    expect(r.status, r.stderr).toBe(0);
    const now = JSON.parse(copy.read('decrees/dik-2025-03/decree.json')).sk;
    expect(now.signatures[0].verdict).toBe('valid');
    expect(now.trust).toEqual([{ name: 'akar-fiktif.pem', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(verify(copy.root).stdout).toContain('hasil sama dengan yang dibekukan: valid');
  });

  it('a root whose source line is edited or whose PEM is re-wrapped is the same root', () => {
    const c = withRoot();
    expect(sk(c.root, ['--id', 'dik-2025-03', '--file', signed]).status).toBe(0);
    const pem = c.read('trust/akar-fiktif.pem');
    c.write(
      'trust/akar-fiktif.pem',
      pem.replace('Sumber: dibuat oleh pengujian', 'Sumber: dibuat oleh pengujian (diperbarui)').replace(/\n/g, '\r\n'),
    );
    const v = verify(c.root);
    expect(v.status, v.stdout).toBe(0);
    expect(v.stdout).toContain('hasil sama dengan yang dibekukan: valid');
  });

  it('a scan without a signature is recorded as such', () => {
    copy = contentCopy();
    const plain = join(work, 'pindaian.pdf');
    writeFileSync(plain, readFileSync(join(REPO, 'tests/fixtures/versions/content/decrees/fiktif-2025-09/sk.pdf')));
    const r = sk(copy.root, ['--id', 'dik-2025-03', '--file', plain]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('tidak ada tanda tangan elektronik di dalamnya');
    expect(JSON.parse(copy.read('decrees/dik-2025-03/decree.json')).sk.signatures).toEqual([]);
  });
});

describe('content/trust', () => {
  it('a root certificate must say where it came from; only certificates, allowed_signers and README.md belong there', () => {
    copy = contentCopy();
    mkdirSync(join(copy.root, 'trust'), { recursive: true });
    copy.write('trust/tanpa-sumber.pem', readFileSync(pki.root, 'utf8'));
    copy.write('trust/rusak.pem', 'Sumber: entah\n-----BEGIN CERTIFICATE-----\nbukan sertifikat\n-----END CERTIFICATE-----\n');
    copy.write('trust/catatan.txt', 'lain');
    const ps = checkContent(copy.root, { today: '2026-11-30' }).problems.filter((p) => p.file.includes('trust/'));
    expect(ps.map((p) => [p.rule, p.file.split('/').pop(), p.message])).toEqual([
      ['file-unexpected', 'catatan.txt', expect.stringContaining('catatan.txt')],
      ['trust-source', 'rusak.pem', 'rusak.pem tidak memuat sertifikat yang dapat dibaca.'],
      ['trust-source', 'tanpa-sumber.pem', 'tanpa-sumber.pem tidak menyebut sumbernya.'],
    ]);
    expect(ps.every((p) => p.severity === 'error' && p.hint)).toBe(true);
  });
});
