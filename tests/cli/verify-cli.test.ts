// npm run verify recomputes every version and published file; each kind of tampering is named.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { REPO } from '../helpers/content.ts';
import { TEST_TODAY } from '../helpers/global-setup.ts';

const FIXTURE = join(REPO, 'tests/fixtures/versions/content');
let work: string | null = null;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = null;
});

/** Copies of the fixture content and its built site, to tamper with. */
function copies() {
  work = mkdtempSync(join(tmpdir(), 'ppid-verify-'));
  const content = join(work, 'content');
  const site = join(work, 'site');
  cpSync(FIXTURE, content, { recursive: true });
  cpSync(inject('versionsSiteDir'), site, { recursive: true });
  return { content, site };
}
function verify(content: string, site: string) {
  // No PPID_TODAY: verify takes the day the site was built for (TEST_TODAY) from its
  // /data/versi.json, which records it; any other day would recompute that file differently.
  const env = { ...process.env };
  delete env.PPID_TODAY;
  const r = spawnSync(process.execPath, ['scripts/verify.ts', '--content', content, '--site', site], { cwd: REPO, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run verify', () => {
  it('everything matches on an untouched build: snapshots, chain, every published file', () => {
    const { content, site } = copies();
    expect(JSON.parse(readFileSync(join(site, 'data/versi.json'), 'utf8')).builtFor).toBe(TEST_TODAY);
    const r = verify(content, site);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).not.toContain('TIDAK COCOK');
    for (const id of ['dik-2025-03', 'fiktif-2025-09', 'fiktif-2026-06', 'fiktif-2099-01'])
      for (const f of ['register.json', 'dik.csv', `arsip-${id}.pdf`, 'manifest.json', 'SHA256SUMS'])
        expect(r.out).toContain(`COCOK        diterbitkan: /versi/${id}/${f}`);
    expect(r.out).toContain('COCOK        diterbitkan: /versi/fiktif-2025-09/sk.pdf');
    expect(r.out).toMatch(
      /COCOK {8}diterbitkan: \/data\/berkas-situs\.sha256 {2}\d+ berkas situs, semuanya sama dengan daftar SHA-256 ini/,
    );
    for (const f of [
      '/data/dik.json',
      '/data/dik.csv',
      '/data/versi.json',
      '/feed.xml',
      '/versi/log.xml',
      '/data/jdihn.json',
      '/data/katalog.jsonld',
    ])
      expect(r.out).toContain(
        `COCOK        diterbitkan: ${f}  isinya sama dengan yang dihitung ulang dari versi yang berlaku (fiktif-2026-06)`,
      );
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^LULUS: \d+ pemeriksaan cocok, 1 catatan\.$/);
    // A copy outside git: the tags are not checked, and the output says so.
    expect(r.out).toContain('CATATAN      tag versi  folder konten tidak berada di repositori git');
  });

  it("an entry's text edited in the open data, the CSV, the version list, the feeds or the JDIHN records is named with its line", () => {
    const edits: [string, string, string][] = [
      ['data/dik.json', 'Melindungi data pribadi', 'Melindungi data pribadi sepenuhnya'],
      ['data/dik.csv', 'Mengungkap data pribadi yang bersifat rahasia', 'Tidak ada akibat'],
      ['data/versi.json', '"status": "future"', '"status": "in-force"'],
      ['feed.xml', '<author><name>', '<author><name>Bukan '],
      // A superseded version's event dated otherwise, and a JDIHN status turned.
      ['versi/log.xml', '<updated>2025-09-15T00:00:00Z</updated>', '<updated>2025-09-16T00:00:00Z</updated>'],
      ['data/jdihn.json', '"status": "Tidak Berlaku"', '"status": "Berlaku"'],
      // A harvester's checkpoint pointed at another version.
      ['data/katalog.jsonld', '"dcat:version": "fiktif-2026-06"', '"dcat:version": "fiktif-2099-01"'],
    ];
    for (const [file, from, to] of edits) {
      const { content, site } = copies();
      const path = join(site, file);
      const text = readFileSync(path, 'utf8');
      expect(text, file).toContain(from);
      writeFileSync(path, text.replace(from, to));
      const r = verify(content, site);
      expect(r.code, file).toBe(1);
      const bad = r.out.split('\n').filter((l) => l.startsWith('TIDAK COCOK'));
      expect(bad, file).toEqual([
        expect.stringMatching(
          new RegExp(`diterbitkan: /${file.replace('.', '\\.')}  baris \\d+ kolom \\d+ berbeda .*terbit «.*${to.split(' ').at(-1)}`),
        ),
        // And the list of every file's SHA-256 names it too.
        `TIDAK COCOK  diterbitkan: /data/berkas-situs.sha256  1 berkas berbeda dari daftar (${file})`,
      ]);
      rmSync(work!, { recursive: true, force: true });
      work = null;
    }
  });

  it('an edited archive PDF is named', () => {
    const { content, site } = copies();
    const pdf = join(site, 'versi/fiktif-2025-09/arsip-fiktif-2025-09.pdf');
    const bytes = readFileSync(pdf);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 1;
    writeFileSync(pdf, bytes);
    const r = verify(content, site);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').filter((l) => l.startsWith('TIDAK COCOK'))).toEqual([
      expect.stringContaining('/versi/fiktif-2025-09/arsip-fiktif-2025-09.pdf  SHA-256'),
      'TIDAK COCOK  diterbitkan: /data/berkas-situs.sha256  1 berkas berbeda dari daftar (versi/fiktif-2025-09/arsip-fiktif-2025-09.pdf)',
    ]);
  });

  it('an edited page, a removed file and an added one are caught by the list of every file', () => {
    const { content, site } = copies();
    const page = join(site, 'dik/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<main', '<main data-x="1"'));
    rmSync(join(site, 'robots.txt'));
    writeFileSync(join(site, 'tambahan.html'), '<p>bukan dari build</p>');
    const r = verify(content, site);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').filter((l) => l.startsWith('TIDAK COCOK'))).toEqual([
      'TIDAK COCOK  diterbitkan: /data/berkas-situs.sha256  1 berkas berbeda dari daftar (dik/index.html); ' +
        '1 berkas dalam daftar tidak ada (robots.txt); 1 berkas tidak tercantum dalam daftar (tambahan.html)',
    ]);
  });

  it('a tampered snapshot in the content is named, with the broken chain', () => {
    const { content, site } = copies();
    const rel = join(content, 'decrees/dik-2025-03/register.json');
    writeFileSync(rel, readFileSync(rel, 'utf8').replace('Melindungi data pribadi', 'Melindungi data pegawai'));
    const r = verify(content, site);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/TIDAK COCOK {2}konten: snapshot-hash/);
    expect(r.out).toMatch(/TIDAK COCOK {2}konten: chain-broken/);
  });

  it('a removed decree is detected in the content and on the site', () => {
    const { content, site } = copies();
    rmSync(join(content, 'decrees/fiktif-2099-01'), { recursive: true });
    const r = verify(content, site);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /TIDAK COCOK {2}diterbitkan: \/versi\/fiktif-2099-01\/ {2}versi ini ada di situs tetapi tidak ada di content\/decrees/,
    );
    rmSync(join(content, 'decrees/dik-2025-03'), { recursive: true });
    expect(verify(content, site).out).toMatch(/TIDAK COCOK {2}konten: chain-broken/);
  });

  it('a missing site folder is a usage error with a hint', () => {
    const r = spawnSync(process.execPath, ['scripts/verify.ts', '--site', '/tidak/ada'], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm run build');
  });
});
